package ru.praktika.review.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.practice.PracticeApi;
import ru.praktika.review.QualityRule;
import ru.praktika.review.RankingRow;
import ru.praktika.review.domain.QualityService;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;

/** Quality of a practice, the rules, the campaign board and the ranking: API and pages. */
@Controller
@Tag(name = "Качество и рейтинг")
class ReviewController {

    private final QualityService quality;
    private final PracticeApi practices;
    private final NationalProjectApi catalogue;

    ReviewController(QualityService quality, PracticeApi practices, NationalProjectApi catalogue) {
        this.quality = quality;
        this.practices = practices;
        this.catalogue = catalogue;
    }

    private ru.praktika.practice.CampaignView requireCampaign(int year) {
        return practices.campaign(year).orElseThrow(() -> new NotFoundException("Кампании " + year + " года нет"));
    }

    @GetMapping("/review/practices/{id}/quality")
    String qualityFragment(@PathVariable long id, Model model) {
        model.addAttribute("quality", quality.quality(CurrentActor.get(), id));
        return "review/fragments :: quality";
    }

    @GetMapping("/campaigns/{year}")
    String boardPage(@PathVariable int year, @RequestParam(required = false) String district, Model model) {
        var campaign = requireCampaign(year);
        var rows = quality.board(year).stream()
                .filter(r -> district == null
                        || district.isBlank()
                        || r.row().federalDistrict().equals(district))
                .toList();
        model.addAttribute("campaign", campaign);
        model.addAttribute("rows", rows);
        model.addAttribute("district", district);
        model.addAttribute(
                "districts",
                quality.board(year).stream()
                        .map(r -> r.row().federalDistrict())
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("admin", CurrentActor.get().isAdmin());
        return "review/board";
    }

    @GetMapping("/campaigns/{year}/ranking")
    String rankingPage(@PathVariable int year, Model model) {
        model.addAttribute("campaign", requireCampaign(year));
        List<RankingRow> ranking = quality.ranking(year);
        model.addAttribute("ranking", ranking);
        Map<String, long[]> byNp = practices.nationalProjectCounts(year);
        model.addAttribute("byNationalProject", byNp);
        model.addAttribute(
                "maxNp", byNp.values().stream().mapToLong(v -> v[0]).max().orElse(1));
        Map<String, String> npNames = new java.util.HashMap<>();
        catalogue.nationalProjects(null).forEach(np -> npNames.put(np.code(), np.name()));
        model.addAttribute("npNames", npNames);
        return "review/ranking";
    }

    @GetMapping("/quality/rules")
    String rulesPage(Model model) {
        model.addAttribute("rules", quality.rules());
        model.addAttribute("all", QualityRule.values());
        return "review/rules";
    }

    @PostMapping("/quality/rules")
    String saveRules(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<QualityRule, Integer> weights = new EnumMap<>(QualityRule.class);
        for (QualityRule r : QualityRule.values()) {
            String v = params.get(r.name());
            if (v != null && !v.isBlank()) {
                try {
                    weights.put(r, Integer.parseInt(v.strip()));
                } catch (NumberFormatException e) {
                    redirect.addFlashAttribute("problem", "Вес правила «" + r.title() + "» — целое число");
                    return "redirect:/quality/rules";
                }
            }
        }
        try {
            quality.changeRules(CurrentActor.get(), weights);
            redirect.addFlashAttribute("notice", "quality.saved");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/quality/rules";
    }
}
