package ru.praktika.linkage.domain;

import java.time.Instant;
import java.util.List;

/**
 * One refit of one period's model: what was learned from, how the current model and the candidate did on the same
 * held-out checks, and whether the candidate was adopted.
 *
 * @param at when
 * @param actor who asked ({@code system} for start-up and the schedule)
 * @param period {@code 2019-2024} or {@code 2025-2030}
 * @param practices accepted links learned from (a practice with two national projects counts twice)
 * @param groups of them, distinct practices once near duplicates are taken together
 * @param validation links held out for validation (whole groups of near duplicates)
 * @param labelled rows of the labelled file the models were checked on (0: none for this period)
 * @param before the current model's figures
 * @param after the candidate's figures
 * @param outcome {@code ADOPTED}, {@code REJECTED} or {@code UNCHANGED} (nothing new to learn from)
 * @param failed for a rejection, the figures the candidate did worse on ({@code validationTop1}, {@code labelledTop3},
 *     {@code unlinkedRecall}…)
 */
public record RefitReport(
        Instant at,
        String actor,
        String period,
        int practices,
        int groups,
        int validation,
        int labelled,
        Figures before,
        Figures after,
        String outcome,
        List<String> failed) {

    public static final String ADOPTED = "ADOPTED";
    public static final String REJECTED = "REJECTED";
    public static final String UNCHANGED = "UNCHANGED";

    public boolean adopted() {
        return ADOPTED.equals(outcome);
    }

    /**
     * A model's figures; NaN where there was nothing to measure.
     *
     * @param validationTop1 share of held-out accepted links whose first suggestion is the accepted national project
     * @param validationTop3 share among the three suggestions
     * @param labelledTop1 top-1 on the labelled file (NONE rows right when marked unlinked)
     * @param labelledTop3 top-3 on the labelled file
     * @param unlinkedRecall share of the labelled file's NONE rows marked unlinked
     */
    public record Figures(
            double validationTop1,
            double validationTop3,
            double labelledTop1,
            double labelledTop3,
            double unlinkedRecall) {}
}
