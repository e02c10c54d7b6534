package ru.praktika.linkage.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.praktika.linkage.domain.LinkageModels;
import ru.praktika.linkage.domain.LinkageService;
import ru.praktika.nationalproject.Period;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.Role;

/** htmx fragments: suggestions while the card form is typed, findings and similar practices on the card. */
@Controller
class LinkageFragmentsController {

    private final LinkageModels models;
    private final LinkageService linkage;

    LinkageFragmentsController(LinkageModels models, LinkageService linkage) {
        this.models = models;
        this.linkage = linkage;
    }

    @PostMapping("/linkage/suggestions")
    String suggestions(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String problem,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String year,
            Model model) {
        String text = (problem == null ? "" : problem) + "\n" + (description == null ? "" : description);
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            y = 2024;
        }
        boolean empty = (title == null || title.isBlank()) && text.isBlank();
        model.addAttribute("empty", empty);
        if (!empty) {
            model.addAttribute(
                    "result",
                    models.suggest(title, text.length() > 50_000 ? text.substring(0, 50_000) : text, Period.ofYear(y)));
        }
        return "linkage/fragments :: suggestions";
    }

    @GetMapping("/linkage/practices/{id}/panel")
    String panel(@PathVariable long id, Model model) {
        var actor = CurrentActor.get();
        model.addAttribute("practiceId", id);
        boolean reviewer = linkage.canSeeReview(actor, id);
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("findings", reviewer ? linkage.findings(actor, id) : java.util.List.of());
        model.addAttribute("similar", linkage.similar(actor, id, 8));
        model.addAttribute("canReview", actor.isAdmin() || actor.has(Role.EXPERT));
        return "linkage/fragments :: panel";
    }

    @PostMapping("/linkage/findings/{id}/review")
    String review(@PathVariable long id, @RequestParam long practiceId, Model model) {
        linkage.review(CurrentActor.get(), id);
        return panel(practiceId, model);
    }
}
