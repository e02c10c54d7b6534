package ru.praktika.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.territory.FederalDistrictSummary;
import ru.praktika.territory.TerritoryApi;

@Controller
class HomeController {

    private final TerritoryApi territory;
    private final OrganizationApi organizations;

    HomeController(TerritoryApi territory, OrganizationApi organizations) {
        this.territory = territory;
        this.organizations = organizations;
    }

    @GetMapping("/")
    String home(Model model) {
        var districts = territory.federalDistricts();
        model.addAttribute("districts", districts);
        model.addAttribute(
                "regionCount",
                districts.stream().mapToInt(d -> d.regions().size()).sum());
        model.addAttribute(
                "municipalityCount",
                districts.stream()
                        .mapToLong(FederalDistrictSummary::municipalities)
                        .sum());
        model.addAttribute(
                "maxDistrict",
                districts.stream()
                        .mapToLong(FederalDistrictSummary::municipalities)
                        .max()
                        .orElse(1));
        model.addAttribute(
                "organizationCount", organizations.organizations(null).size());
        return "site/home";
    }

    @GetMapping("/about")
    String about() {
        return "site/about";
    }
}
