package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeParts;

/**
 * The formula criteria, computed from the applicant's own card. Each gives a value from 0 to 1, which the criterion's
 * weight multiplies (the worked examples are in {@code docs/modules/competition.md}).
 */
final class FormulaCriteria {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private FormulaCriteria() {}

    /** The value 0…1 of a formula for a card. */
    static BigDecimal value(String formula, PracticeCard card) {
        return switch (formula) {
            case "EXTRA_BUDGET_SHARE" -> extraBudgetShare(card.extraBudgetaryShare());
            case "INTER_MUNICIPAL" -> card.interMunicipal() ? BigDecimal.ONE : BigDecimal.ZERO;
            case "CONCESSION_OR_PPP" ->
                card.mechanism() == Mechanism.CONCESSION || card.mechanism() == Mechanism.PPP
                        ? BigDecimal.ONE
                        : BigDecimal.ZERO;
            case "RESULTS_ACHIEVED" -> resultsAchieved(card);
            default -> throw new IllegalArgumentException("Unknown formula " + formula);
        };
    }

    /**
     * Every started ten per cent of extra-budgetary money gives 0.1 point: 0 % → 0, 1 % → 0.1, 10 % → 0.1,
     * 10.5 % → 0.2, 100 % → 1.
     *
     * @param share extra-budgetary money / all money, 0…1, or null without money
     */
    static BigDecimal extraBudgetShare(BigDecimal share) {
        if (share == null || share.signum() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal tens = share.multiply(TEN).setScale(0, RoundingMode.CEILING);
        return tens.min(TEN).divide(TEN, 1, RoundingMode.UNNECESSARY);
    }

    /**
     * The share of the card's results with a target whose actual value reached it; a falling indicator (target below
     * base) reaches it from above. Two decimals; 0 when no result has a target and an actual value.
     */
    static BigDecimal resultsAchieved(PracticeCard card) {
        int measured = 0;
        int reached = 0;
        for (PracticeParts.ResultRow r : card.results()) {
            if (r.targetValue() == null || r.actualValue() == null) {
                continue;
            }
            measured++;
            boolean falling = r.baseValue() != null && r.targetValue().compareTo(r.baseValue()) < 0;
            int c = r.actualValue().compareTo(r.targetValue());
            if (falling ? c <= 0 : c >= 0) {
                reached++;
            }
        }
        return measured == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(measured), 2, RoundingMode.HALF_UP);
    }
}
