package ru.praktika.site.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.DeskPanel;
import ru.praktika.shared.Role;

/**
 * The desk: where a signed-in person lands, with what waits for them. Each module contributes its panels
 * ({@link DeskPanel.Source}); the desk only puts them in order.
 */
@Controller
class DeskController {

    private final List<DeskPanel.Source> sources;

    DeskController(List<DeskPanel.Source> sources) {
        this.sources = sources;
    }

    @GetMapping("/desk")
    String desk(Model model) {
        Actor actor = CurrentActor.get();
        if (!actor.isAuthenticated()) {
            return "redirect:/login";
        }
        model.addAttribute(
                "panels",
                sources.stream()
                        .flatMap(s -> s.panels(actor).stream())
                        .filter(p -> !p.items().isEmpty() || p.empty() != null)
                        .sorted(Comparator.comparingInt(DeskPanel::order))
                        .toList());
        model.addAttribute("roleKey", roleKey(actor));
        return "site/desk";
    }

    private static String roleKey(Actor actor) {
        if (actor.isAdmin()) {
            return "ADMIN";
        }
        for (Role r : List.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_OPERATOR, Role.EXPERT)) {
            if (actor.has(r)) {
                return r.name();
            }
        }
        return "NONE";
    }
}
