package ru.praktika.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.practice.CampaignView;
import ru.praktika.practice.domain.Campaigns;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.NotFoundException;

/** Opening campaigns and extending a region's deadline: the API and the secretariat's page. */
@RestController
@Tag(name = "Отчётные кампании")
class CampaignRestController {

    private final Campaigns campaigns;

    CampaignRestController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/api/v1/campaigns")
    @Operation(summary = "Кампании по годам")
    List<CampaignView> list() {
        return campaigns.campaigns();
    }

    @Operation(summary = "Кампания года: сроки, продления, состояние")
    @GetMapping("/api/v1/campaigns/{year}")
    CampaignView campaign(@PathVariable int year) {
        return campaigns.campaign(year).orElseThrow(() -> new NotFoundException("Кампании " + year + " года нет"));
    }

    @PostMapping("/api/v1/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Открыть кампанию года (секретариат): срок и инструкции")
    CampaignView open(@RequestBody OpenCampaign body) {
        return campaigns.open(
                CurrentActor.get(), body.year() == null ? 0 : body.year(), body.deadline(), body.instructions());
    }

    @PostMapping("/api/v1/campaigns/{year}/extensions")
    @Operation(summary = "Продлить срок региону (секретариат)")
    CampaignView extend(@PathVariable int year, @RequestBody Extension body) {
        campaigns.extend(CurrentActor.get(), year, body.regionCode(), body.deadline());
        return campaign(year);
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
