package ru.praktika.report.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.practice.PracticeApi;
import ru.praktika.report.ReportFormat;
import ru.praktika.report.ReportKind;
import ru.praktika.report.ReportRequest;
import ru.praktika.report.domain.Reports;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.territory.TerritoryApi;

/** The reports page: the request form, the list with progress bars for running jobs, and the HTML preview. */
@Controller
@Tag(name = "Доклады и сборники")
class ReportPageController {

    private final Reports reports;
    private final PracticeApi practices;
    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;

    ReportPageController(Reports reports, PracticeApi practices, TerritoryApi territory, NationalProjectApi catalogue) {
        this.reports = reports;
        this.practices = practices;
        this.territory = territory;
        this.catalogue = catalogue;
    }

    @GetMapping("/reports")
    String page(@RequestParam(required = false) Long started, Model model) {
        if (started != null) {
            model.addAttribute("started", reports.view(CurrentActor.get(), started));
        }
        Integer year = practices.campaigns().isEmpty()
                ? null
                : practices.campaigns().get(0).year();
        String region = CurrentActor.get().isAdmin() ? null : CurrentActor.get().regionCode();
        return page(
                model,
                new ReportRequest(year, ReportKind.CONSOLIDATED, ReportFormat.DOCX, region, null, null, null),
                Map.of());
    }

    @PostMapping("/reports")
    String request(@ModelAttribute("form") ReportRequest form, BindingResult binding, Model model) {
        try {
            return "redirect:/reports?started="
                    + reports.request(CurrentActor.get(), form).id();
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
            return page(model, form, e.errors());
        } catch (ru.praktika.shared.ConflictException | ru.praktika.shared.AccessDeniedException e) {
            model.addAttribute("problem", e.getMessage());
            return page(model, form, Map.of());
        }
    }

    @GetMapping("/reports/preview")
    String preview(@ModelAttribute("form") ReportRequest form, BindingResult binding, Model model) {
        try {
            model.addAttribute("html", reports.preview(CurrentActor.get(), form));
            model.addAttribute("form", form);
            return "report/preview";
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
            return page(model, form, e.errors());
        } catch (ru.praktika.shared.AccessDeniedException e) {
            model.addAttribute("problem", e.getMessage());
            return page(model, form, Map.of());
        }
    }

    private String page(Model model, ReportRequest form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reports", reports.list(CurrentActor.get()));
        model.addAttribute("campaigns", practices.campaigns());
        model.addAttribute("regions", territory.regions());
        model.addAttribute(
                "districts",
                territory.federalDistricts().stream().map(d -> d.name()).toList());
        model.addAttribute("projects", catalogue.nationalProjects("2019-2024"));
        model.addAttribute("projectsNew", catalogue.nationalProjects("2025-2030"));
        model.addAttribute("admin", CurrentActor.get().isAdmin());
        return "report/reports";
    }
}
