package ru.praktika.linkage.domain;

import java.util.List;

/**
 * A phrase that points to a project: from the catalogue (names), the curated lexicon, or learned from accepted
 * practices.
 *
 * @param code a federal project ({@code NP19-04-FP03}) or national project code
 * @param nationalCode the national project it belongs to
 * @param stems the phrase as stems
 * @param weight how strongly it points there
 * @param surface the phrase as people write it (shown as evidence)
 * @param source {@code catalogue}, {@code lexicon} or {@code learned}
 */
record Knowledge(String code, String nationalCode, List<String> stems, double weight, String surface, String source) {

    /** Learned from accepted practices (as opposed to the catalogue and the lexicon, which never change by use). */
    boolean learned() {
        return "learned".equals(source);
    }

    /**
     * Says something specific: a lexicon term, or a whole multi-word name from the catalogue — not a single word of a
     * project's name («жилье», «городской», «фонд»), which many texts about nothing of the kind use.
     */
    boolean specific() {
        return "lexicon".equals(source) || ("catalogue".equals(source) && stems.size() > 1);
    }
}
