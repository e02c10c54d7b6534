package ru.praktika.support;

import java.math.BigDecimal;
import java.util.List;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeParts;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.Actor;

/** Practice drafts for tests: the few fields a test cares about, local financing of 100,000 ₽, the rest empty. */
public final class Drafts {

    private Drafts() {}

    public static PracticeDraft draft(
            int year,
            String region,
            String lead,
            String title,
            String problem,
            String goals,
            String description,
            List<PracticeParts.LinkRow> links) {
        return new PracticeDraft(
                year,
                region,
                lead,
                List.of(),
                title,
                problem,
                goals,
                description,
                null,
                null,
                List.of(new PracticeParts.FinancingRow(FinancingSource.LOCAL, new BigDecimal("100000"))),
                Mechanism.BUDGET,
                null,
                null,
                null,
                List.of(),
                List.of(),
                links,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A link to a national and a federal project. */
    public static List<PracticeParts.LinkRow> link(String nationalProject, String federalProject) {
        return List.of(PracticeParts.LinkRow.of(nationalProject, federalProject, null, null, null));
    }

    /**
     * A card written by its author and taken the whole way to the library: submitted, forwarded by the council,
     * accepted and published by the secretariat.
     */
    public static PracticeCard publish(
            PracticeService practices, Actor author, Actor secretariat, PracticeDraft draft) {
        PracticeCard card = practices.create(author, draft);
        practices.act(author, card.id(), PracticeAction.SUBMIT, null);
        practices.act(author, card.id(), PracticeAction.FORWARD, null);
        practices.act(secretariat, card.id(), PracticeAction.ACCEPT, null);
        practices.act(secretariat, card.id(), PracticeAction.PUBLISH, null);
        return card;
    }
}
