package ru.praktika.meeting.domain;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.meeting.InstructionView;
import ru.praktika.shared.Actor;
import ru.praktika.shared.DeskPanel;
import ru.praktika.shared.Role;

/** The desk's overdue instructions: all of them for the secretariat, those addressed to its council for a region. */
@Component
class MeetingDesk implements DeskPanel.Source {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MeetingQueries queries;

    MeetingDesk(MeetingQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeskPanel> panels(Actor actor) {
        boolean council = actor.has(Role.REGIONAL_OPERATOR) && actor.regionCode() != null;
        if (!actor.isAdmin() && !council) {
            return List.of();
        }
        List<DeskPanel.Item> items = queries.instructions(actor, null, null, true).stream()
                .filter(i -> MeetingPermissions.answersFor(actor, i))
                .limit(8)
                .map(MeetingDesk::item)
                .toList();
        return List.of(new DeskPanel(
                8,
                actor.isAdmin() ? "Просроченные поручения" : "Просроченные поручения совету",
                null,
                items,
                "Просроченных поручений нет.",
                "/instructions?overdue=true",
                "Реестр поручений"));
    }

    private static DeskPanel.Item item(InstructionView i) {
        return new DeskPanel.Item(
                i.text(),
                i.originLink(),
                (i.assigneeName() == null ? "" : i.assigneeName() + " · ") + "срок " + DATE.format(i.deadline()),
                true);
    }
}
