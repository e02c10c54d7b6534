package ru.praktika.practice.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.practice.domain.Campaigns;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;

/** Opening campaigns and extending a region's deadline: the API and the secretariat's page. */
@Controller
@Tag(name = "Отчётные кампании")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns")
    String page(Model model) {
        model.addAttribute("campaigns", campaigns.campaigns());
        model.addAttribute("admin", CurrentActor.get().isAdmin());
        return "practice/campaigns";
    }

    @PostMapping("/campaigns")
    String openFromPage(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String deadline,
            @RequestParam(required = false) String instructions,
            RedirectAttributes redirect) {
        try {
            campaigns.open(
                    CurrentActor.get(),
                    year == null ? 0 : year,
                    ru.praktika.shared.RussianDates.parseInput(deadline),
                    instructions);
            redirect.addFlashAttribute("notice", "campaign.opened");
            return "redirect:/campaigns/" + year;
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/campaigns";
        }
    }

    @PostMapping("/campaigns/{year}/extensions")
    String extendFromPage(
            @PathVariable int year,
            @RequestParam String regionCode,
            @RequestParam(required = false) String deadline,
            RedirectAttributes redirect) {
        try {
            campaigns.extend(
                    CurrentActor.get(), year, regionCode, ru.praktika.shared.RussianDates.parseInput(deadline));
            redirect.addFlashAttribute("notice", "campaign.extended");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/campaigns/" + year;
    }
}
