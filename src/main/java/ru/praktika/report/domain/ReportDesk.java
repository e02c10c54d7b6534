package ru.praktika.report.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.praktika.shared.Actor;
import ru.praktika.shared.DeskPanel;

/** The desk's reports in work (queued or being written) of this person, or of everyone for the secretariat. */
@Component
class ReportDesk implements DeskPanel.Source {

    private final Reports reports;

    ReportDesk(Reports reports) {
        this.reports = reports;
    }

    @Override
    public List<DeskPanel> panels(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        List<DeskPanel.Item> working = reports.list(actor).stream()
                .filter(r -> !"DONE".equals(r.status()) && !"FAILED".equals(r.status()))
                .limit(6)
                .map(r -> new DeskPanel.Item(r.scope(), "/reports", "готовится", false))
                .toList();
        return List.of(new DeskPanel(15, "Доклады в работе", null, working, null, "/reports", "Доклады и сборники"));
    }
}
