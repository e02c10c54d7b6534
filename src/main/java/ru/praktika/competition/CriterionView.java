package ru.praktika.competition;

import java.math.BigDecimal;

/**
 * A criterion of a nomination: a formula computed from the card, or an expert's points within a range.
 *
 * @param formula {@code EXTRA_BUDGET_SHARE}, {@code INTER_MUNICIPAL}, {@code CONCESSION_OR_PPP},
 *     {@code RESULTS_ACHIEVED}; null for an expert criterion
 */
public record CriterionView(
        long id,
        String nominationCode,
        String code,
        String title,
        String kind,
        String formula,
        BigDecimal minPoints,
        BigDecimal maxPoints,
        BigDecimal weight) {

    public boolean expert() {
        return "EXPERT".equals(kind);
    }
}
