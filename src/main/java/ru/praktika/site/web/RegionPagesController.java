package ru.praktika.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.PageView;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.RegionDetails;
import ru.praktika.territory.TerritoryApi;

@Controller
class RegionPagesController {

    private static final int PAGE_SIZE = 25;

    private final TerritoryApi territory;
    private final OrganizationApi organizations;

    RegionPagesController(TerritoryApi territory, OrganizationApi organizations) {
        this.territory = territory;
        this.organizations = organizations;
    }

    @GetMapping("/regions")
    String regions(Model model) {
        model.addAttribute("districts", territory.federalDistricts());
        return "site/regions";
    }

    /** The region page; with {@code HX-Request} only the municipality table is returned (live search). */
    @GetMapping("/regions/{code}")
    String region(
            @PathVariable String code,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        RegionDetails details = territory.regionDetails(code);
        model.addAttribute("regionCode", details.region().code());
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", MunicipalityType.values());
        PageView<MunicipalityView> municipalities;
        try {
            municipalities = territory.municipalities(code, type, q, false, Math.max(page, 0), PAGE_SIZE);
        } catch (InvalidRequestException e) {
            model.addAttribute("searchProblem", e.getMessage());
            municipalities = territory.municipalities(code, null, null, false, 0, PAGE_SIZE);
        }
        model.addAttribute("municipalities", municipalities);
        if (htmx != null) {
            return "site/region :: results";
        }
        model.addAttribute("details", details);
        model.addAttribute("council", organizations.councilOf(code).orElse(null));
        model.addAttribute(
                "maxType",
                details.byType().values().stream()
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(1));
        return "site/region";
    }
}
