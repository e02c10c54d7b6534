package ru.praktika.linkage.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import ru.praktika.linkage.domain.LinkageModels;
import ru.praktika.shared.CurrentActor;

/**
 * The admin page «Модель подсказок»: each refit of the suggestion models — when, from how many accepted practices, the
 * validation figures before and after, adopted or rejected and why — and a button to refit now. Secretariat only
 * (checked in {@link LinkageModels}).
 */
@Controller
class LinkageModelPageController {

    private final LinkageModels models;

    LinkageModelPageController(LinkageModels models) {
        this.models = models;
    }

    @GetMapping("/admin/linkage-model")
    String page(Model model) {
        model.addAttribute("reports", models.history(CurrentActor.get()));
        model.addAttribute("learned", models.learnedCounts(CurrentActor.get()));
        model.addAttribute("readers", models.readers(CurrentActor.get()));
        return "linkage/model";
    }

    @PostMapping("/admin/linkage-model/refit")
    String refit() {
        models.refit(CurrentActor.get());
        return "redirect:/admin/linkage-model";
    }
}
