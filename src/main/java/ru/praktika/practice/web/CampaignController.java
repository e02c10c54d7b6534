package ru.praktika.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.practice.CampaignView;
import ru.praktika.practice.domain.Campaigns;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;

/** Opening campaigns and extending a region's deadline: the API and the secretariat's page. */
@Controller
@Tag(name = "Отчётные кампании")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/api/v1/campaigns")
    @ResponseBody
    @Operation(summary = "Кампании по годам")
    List<CampaignView> list() {
        return campaigns.campaigns();
    }

    @GetMapping("/api/v1/campaigns/{year}")
    @ResponseBody
    CampaignView campaign(@PathVariable int year) {
        return campaigns.campaign(year).orElseThrow(() -> new NotFoundException("Кампании " + year + " года нет"));
    }

    @PostMapping("/api/v1/campaigns")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Открыть кампанию года (секретариат): срок и инструкции")
    CampaignView open(@RequestBody OpenCampaign body) {
        return campaigns.open(
                CurrentActor.get(), body.year() == null ? 0 : body.year(), body.deadline(), body.instructions());
    }

    @PostMapping("/api/v1/campaigns/{year}/extensions")
    @ResponseBody
    @Operation(summary = "Продлить срок региону (секретариат)")
    CampaignView extend(@PathVariable int year, @RequestBody Extension body) {
        campaigns.extend(CurrentActor.get(), year, body.regionCode(), body.deadline());
        return campaign(year);
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
                    deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline),
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
                    CurrentActor.get(),
                    year,
                    regionCode,
                    deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline));
            redirect.addFlashAttribute("notice", "campaign.extended");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/campaigns/" + year;
    }

    /**
     * @param year the year
     * @param deadline deadline
     * @param instructions instructions for the councils
     */
    record OpenCampaign(Integer year, LocalDate deadline, String instructions) {}

    /**
     * @param regionCode the region
     * @param deadline its new deadline
     */
    record Extension(String regionCode, LocalDate deadline) {}
}
