package ru.praktika.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.practice.PracticeApi;
import ru.praktika.review.Quality;
import ru.praktika.review.QualityRule;
import ru.praktika.review.RankingRow;
import ru.praktika.review.domain.QualityService;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.NotFoundException;

/** Quality of a practice, the rules, the campaign board and the ranking: API and pages. */
@RestController
@Tag(name = "Качество и рейтинг")
class ReviewRestController {

    private final QualityService quality;
    private final PracticeApi practices;
    private final NationalProjectApi catalogue;

    ReviewRestController(QualityService quality, PracticeApi practices, NationalProjectApi catalogue) {
        this.quality = quality;
        this.practices = practices;
        this.catalogue = catalogue;
    }

    private ru.praktika.practice.CampaignView requireCampaign(int year) {
        return practices.campaign(year).orElseThrow(() -> new NotFoundException("Кампании " + year + " года нет"));
    }

    /**
     * A region on the board.
     *
     * @param regionCode region
     * @param status NOT_STARTED, DRAFTING, SUBMITTED, RETURNED, ACCEPTED
     * @param practices all practices of the year
     * @param submitted submitted or forwarded
     * @param accepted accepted or published
     * @param returned returned for revision
     * @param averageQuality average score 0–100
     * @param lastActivityAt last change
     */
    record BoardJson(
            String regionCode,
            String status,
            long practices,
            long submitted,
            long accepted,
            long returned,
            Double averageQuality,
            java.time.Instant lastActivityAt) {
        static BoardJson of(QualityService.BoardRow b) {
            var r = b.row();
            return new BoardJson(
                    r.regionCode(),
                    r.status(),
                    r.practices(),
                    r.submitted(),
                    r.accepted(),
                    r.returned(),
                    b.averageQuality(),
                    r.lastActivityAt());
        }
    }

    @GetMapping("/api/v1/practices/{id}/quality")
    @Operation(summary = "Оценка качества практики 0–100 с замечаниями по правилам")
    Quality quality(@PathVariable long id) {
        return quality.quality(CurrentActor.get(), id);
    }

    @Operation(summary = "Правила оценки качества карточек с весами")
    @GetMapping("/api/v1/quality/rules")
    QualityService.RuleSet rules() {
        return quality.rules();
    }

    @PutMapping("/api/v1/quality/rules")
    @Operation(summary = "Изменить веса правил (секретариат): новая версия, все оценки пересчитываются")
    QualityService.RuleSet changeRules(@RequestBody Map<QualityRule, Integer> weights) {
        return quality.changeRules(CurrentActor.get(), weights);
    }

    @GetMapping("/api/v1/campaigns/{year}/regions")
    @Operation(summary = "Доска кампании: 89 регионов, требующие внимания сверху")
    List<BoardJson> board(@PathVariable int year) {
        return quality.board(year).stream().map(BoardJson::of).toList();
    }

    @GetMapping("/api/v1/campaigns/{year}/ranking")
    @Operation(summary = "Рейтинг регионов по среднему качеству практик, с причинами")
    List<RankingRow> ranking(@PathVariable int year) {
        requireCampaign(year);
        return quality.ranking(year);
    }
}
