package ru.praktika.partnership.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.partnership.ProgrammeView;
import ru.praktika.partnership.domain.Agreements;
import ru.praktika.partnership.domain.Programmes;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.web.FileResponses;
import ru.praktika.shared.web.FormActions;
import ru.praktika.territory.RegionMap;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/** The programmes' pages: the list and a programme with its map of regions, KPIs, activities, reports and links. */
@Controller
class ProgrammePageController {

    private final Programmes programmes;
    private final TerritoryApi territory;
    private final RegionMap map;

    ProgrammePageController(Programmes programmes, TerritoryApi territory, RegionMap map) {
        this.programmes = programmes;
        this.territory = territory;
        this.map = map;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.programmes(CurrentActor.get()));
        return "partnership/programmes";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        ProgrammeView p = programmes.programme(actor, id);
        model.addAttribute("programme", p);
        List<RegionView> regions = territory.regions();
        Map<String, String> classes = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (RegionView r : regions) {
            boolean in = p.regions().contains(r.code());
            if (in) {
                classes.put(r.code(), "region present");
            }
            titles.put(r.code(), r.fullName() + (in ? " — участвует" : ""));
        }
        model.addAttribute("map", map.svg(regions, classes, titles, "Регионы — участники программы"));
        model.addAttribute(
                "participants",
                regions.stream().filter(r -> p.regions().contains(r.code())).toList());
        model.addAttribute("regions", regions);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(p.firstYear(), p.lastYear())
                        .boxed()
                        .toList());
        model.addAttribute("bars", KpiBars.of(p));
        model.addAttribute("canRecord", Agreements.canRecord(actor));
        model.addAttribute("canLink", programmes.canLinkPractices(actor, p));
        model.addAttribute("statuses", ProgrammeView.ActivityStatus.values());
        return "partnership/programme";
    }

    @PostMapping("/programmes/{id}/regions")
    String regions(@PathVariable long id, @RequestParam(required = false) List<String> region, RedirectAttributes r) {
        return FormActions.act(
                "/programmes/" + id,
                r,
                "partnership.saved",
                Map.of(),
                () -> programmes.setRegions(CurrentActor.get(), id, region == null ? List.of() : region));
    }

    @PostMapping("/programmes/{id}/activities")
    String activity(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn,
            @RequestParam(required = false) String responsible,
            @RequestParam(required = false) ProgrammeView.ActivityStatus status,
            RedirectAttributes r) {
        return FormActions.act(
                "/programmes/" + id,
                r,
                "partnership.saved",
                Map.of(
                        "form", "activity",
                        "title", FormActions.typed(title),
                        "startsOn", FormActions.typed(startsOn),
                        "endsOn", FormActions.typed(endsOn),
                        "responsible", FormActions.typed(responsible)),
                () -> programmes.addActivity(
                        CurrentActor.get(),
                        id,
                        new PartnershipCommands.NewActivity(
                                title,
                                AgreementPageController.date(startsOn, "startsOn"),
                                AgreementPageController.date(endsOn, "endsOn"),
                                responsible,
                                status)));
    }

    @PostMapping("/programmes/{id}/kpis")
    String kpi(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String unit,
            RedirectAttributes r) {
        return FormActions.act(
                "/programmes/" + id,
                r,
                "partnership.saved",
                Map.of("form", "kpi", "name", FormActions.typed(name), "unit", FormActions.typed(unit)),
                () -> programmes.addKpi(CurrentActor.get(), id, new PartnershipCommands.NewKpi(name, unit)));
    }

    @PostMapping("/programmes/{id}/kpis/{kpiId}/values")
    String kpiValue(
            @PathVariable long id,
            @PathVariable long kpiId,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) String actual,
            RedirectAttributes r) {
        return FormActions.act("/programmes/" + id, r, "partnership.saved", Map.of(), () -> {
            BigDecimal t = PartnershipForms.number(target, "target");
            BigDecimal a = PartnershipForms.number(actual, "actual");
            programmes.setKpiValue(
                    CurrentActor.get(),
                    id,
                    kpiId,
                    new PartnershipCommands.KpiValue(PartnershipForms.integer(year, "year"), t, a));
        });
    }

    @PostMapping("/programmes/{id}/reports")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String text,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes r) {
        byte[] bytes = PartnershipForms.bytes(file);
        return FormActions.act(
                "/programmes/" + id,
                r,
                "partnership.saved",
                Map.of("form", "report", "text", FormActions.typed(text)),
                () -> programmes.addReport(
                        CurrentActor.get(),
                        id,
                        PartnershipForms.integer(year, "year"),
                        text,
                        PartnershipForms.name(file),
                        bytes));
    }

    @GetMapping("/programmes/{id}/reports/{reportId}/file")
    ResponseEntity<byte[]> reportFile(@PathVariable long id, @PathVariable long reportId) {
        Agreements.Content c = programmes.reportFile(CurrentActor.get(), id, reportId);
        return FileResponses.attachment(c.content(), c.contentType(), c.fileName());
    }

    @PostMapping("/programmes/{id}/links")
    String link(
            @PathVariable long id,
            @RequestParam(required = false) ProgrammeView.LinkKind kind,
            @RequestParam(required = false) String targetId,
            RedirectAttributes r) {
        return FormActions.act(
                "/programmes/" + id,
                r,
                "partnership.linked",
                Map.of("form", "link", "targetId", FormActions.typed(targetId)),
                () -> {
                    Integer target = PartnershipForms.integer(targetId, "targetId");
                    programmes.link(
                            CurrentActor.get(),
                            id,
                            new PartnershipCommands.NewLink(
                                    kind == null ? ProgrammeView.LinkKind.PRACTICE : kind,
                                    target == null ? null : target.longValue()));
                });
    }
}
