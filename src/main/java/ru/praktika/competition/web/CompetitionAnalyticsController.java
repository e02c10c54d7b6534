package ru.praktika.competition.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.praktika.competition.domain.CompetitionAnalytics;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.web.FileResponses;

/**
 * The participation analytics of a competition year: the page (map, tables, charts) and the same tables as XLSX.
 * Signed-in users of any role; the public for years whose results are published (others are sent to sign in).
 */
@Controller
class CompetitionAnalyticsController {

    private final CompetitionAnalytics analytics;
    private final ru.praktika.competition.domain.Competitions competitionsForNames;

    CompetitionAnalyticsController(
            CompetitionAnalytics analytics, ru.praktika.competition.domain.Competitions competitionsForNames) {
        this.analytics = analytics;
        this.competitionsForNames = competitionsForNames;
    }

    @GetMapping("/competitions/{year}/analytics")
    String page(@PathVariable int year, Model model) {
        Actor actor = CurrentActor.get();
        CompetitionAnalytics.Analytics a;
        try {
            a = analytics.analytics(actor, year);
        } catch (AccessDeniedException e) {
            if (!actor.isAuthenticated()) {
                return "redirect:/login";
            }
            throw e;
        }
        model.addAttribute("a", a);
        model.addAttribute("npNames", competitionsForNames.nationalProjectNames());
        model.addAttribute("map", analytics.map(a));
        model.addAttribute("charts", analytics.charts(a));
        model.addAttribute("rule", CompetitionAnalytics.RULE);
        model.addAttribute("housing", CompetitionAnalytics.HOUSING);
        return "competition/analytics";
    }

    @GetMapping("/competitions/{year}/analytics.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable int year) {
        CompetitionAnalytics.Analytics a = analytics.analytics(CurrentActor.get(), year);
        return FileResponses.attachment(analytics.workbook(a), FileTypes.XLSX, "konkurs-" + year + "-analitika.xlsx");
    }
}
