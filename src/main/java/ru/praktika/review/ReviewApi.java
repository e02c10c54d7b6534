package ru.praktika.review;

import java.util.Map;
import org.springframework.stereotype.Service;
import ru.praktika.review.domain.QualityService;

/** What other modules may ask of the review: stored quality scores. */
@Service
public class ReviewApi {

    private final QualityService quality;

    ReviewApi(QualityService quality) {
        this.quality = quality;
    }

    /** Practice id → its score and unmet rules, for the practices of a year. */
    public Map<Long, PracticeScore> scores(int year) {
        return quality.scores(year);
    }

    /** The year's returns for revision, each with the rules unmet at that moment and the reviewer's words. */
    public java.util.List<ReturnRecord> returns(int year) {
        return quality.returns(year);
    }
}
