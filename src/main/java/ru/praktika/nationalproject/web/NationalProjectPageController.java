package ru.praktika.nationalproject.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.nationalproject.IndicatorView;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.NewIndicator;
import ru.praktika.nationalproject.NewRegionalProject;
import ru.praktika.nationalproject.Period;
import ru.praktika.nationalproject.domain.Catalogue;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.territory.TerritoryApi;

@Controller
class NationalProjectPageController {

    private final NationalProjectApi catalogue;
    private final Catalogue changes;
    private final TerritoryApi territory;

    NationalProjectPageController(NationalProjectApi catalogue, Catalogue changes, TerritoryApi territory) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.territory = territory;
    }

    @GetMapping("/national-projects")
    String list(@RequestParam(defaultValue = "2019-2024") String period, Model model) {
        String label = Period.parse(period).orElse(Period.P2019_2024).label();
        model.addAttribute("period", label);
        model.addAttribute("periods", Period.values());
        model.addAttribute("projects", catalogue.nationalProjects(label));
        return "nationalproject/list";
    }

    @GetMapping("/national-projects/{code}")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("project", catalogue.nationalProject(code));
        model.addAttribute("admin", CurrentActor.get().isAdmin());
        return "nationalproject/detail";
    }

    @PostMapping("/national-projects/{code}/rename")
    String rename(
            @PathVariable String code,
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") long version,
            RedirectAttributes redirect) {
        try {
            changes.renameNationalProject(CurrentActor.get(), code, name, version);
            redirect.addFlashAttribute("notice", "catalogue.saved");
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/national-projects/" + code;
    }

    @PostMapping("/national-projects/{code}/federal-projects")
    String addFederalProject(
            @PathVariable String code, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            changes.addFederalProject(CurrentActor.get(), code, name);
            redirect.addFlashAttribute("notice", "catalogue.saved");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/national-projects/" + code;
    }

    @GetMapping("/regions/{code}/regional-projects")
    String regional(@PathVariable String code, Model model) {
        model.addAttribute("region", territory.requireRegion(code));
        model.addAttribute("projects", catalogue.regionalProjects(code));
        model.addAttribute("canManage", Catalogue.canManageRegion(CurrentActor.get(), code));
        model.addAttribute("catalogue", catalogue.nationalProjects(null));
        return "nationalproject/regional";
    }

    @PostMapping("/regions/{code}/regional-projects")
    String createRegional(
            @PathVariable String code,
            @RequestParam(required = false) String federalProject,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        territory.requireRegion(code);
        try {
            changes.createRegionalProject(
                    CurrentActor.get(), code, new NewRegionalProject(federalProject, name, description));
            redirect.addFlashAttribute("notice", "catalogue.saved");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/regions/" + code + "/regional-projects";
    }

    @PostMapping("/regional-projects/{id}/indicators")
    String addIndicator(
            @PathVariable long id,
            @RequestParam(defaultValue = "INDICATOR") String kind,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) BigDecimal baseValue,
            @RequestParam(required = false) Integer baseYear,
            @RequestParam(required = false) Integer targetYear,
            @RequestParam(required = false) BigDecimal targetValue,
            RedirectAttributes redirect) {
        String region = catalogue.regionalProject(id).regionCode();
        try {
            List<IndicatorView.Value> values = targetYear == null || targetValue == null
                    ? List.of()
                    : List.of(new IndicatorView.Value(targetYear, targetValue, null));
            changes.addRegionalIndicator(
                    CurrentActor.get(), id, new NewIndicator(kind, name, unit, baseValue, baseYear, values));
            redirect.addFlashAttribute("notice", "catalogue.saved");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/regions/" + region + "/regional-projects";
    }
}
