package ru.praktika.competition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an expert reads to score an application: in blind mode without its municipality, region, OKTMO or people.
 *
 * @param application the application (blinded in blind mode)
 * @param texts the card's texts by Russian label, passed through the blind filter
 * @param facts figures of the card by Russian label (money, shares, results)
 * @param criteria the nomination's criteria
 * @param formal the formula criteria's points by criterion code
 * @param scores the expert's own points so far by criterion id
 * @param comments the expert's comments by criterion id
 */
public record ExpertFile(
        ApplicationView application,
        String nominationTitle,
        boolean blind,
        Map<String, String> texts,
        Map<String, String> facts,
        List<CriterionView> criteria,
        Map<String, BigDecimal> formal,
        Map<Long, BigDecimal> scores,
        Map<Long, String> comments,
        boolean submitted) {}
