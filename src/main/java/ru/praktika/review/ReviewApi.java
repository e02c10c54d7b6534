package ru.praktika.review;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.praktika.practice.ReturnReasons;
import ru.praktika.review.domain.QualityService;

/**
 * What other modules may ask of the review: stored quality scores and returns for revision (also as the practice
 * module's {@link ReturnReasons}, shown on the card's edit page).
 */
@Service
public class ReviewApi implements ReturnReasons {

    private final QualityService quality;

    ReviewApi(QualityService quality) {
        this.quality = quality;
    }

    /** Practice id → its score and unmet rules, for the practices of a year. */
    public Map<Long, PracticeScore> scores(int year) {
        return quality.scores(year);
    }

    /** Practice id → its stored quality score 0–100, for the practices given that have one. */
    public Map<Long, Integer> scoresOf(java.util.Collection<Long> practiceIds) {
        return quality.scoresOf(practiceIds);
    }

    /** The year's returns for revision, each with the rules unmet at that moment and the reviewer's words. */
    public java.util.List<ReturnRecord> returns(int year) {
        return quality.returns(year);
    }

    /** The practice's last return for revision with the reviewer's words and the rules it did not meet then. */
    @Override
    public Optional<ReturnReason> lastReturn(long practiceId) {
        return quality.lastReturn(practiceId)
                .map(r -> new ReturnReason(
                        r.returnedAt(),
                        r.comment(),
                        r.rules().stream()
                                .map(rule -> new UnmetRule(rule.title(), rule.finding()))
                                .toList()));
    }
}
