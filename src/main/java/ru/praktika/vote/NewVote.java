package ru.praktika.vote;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the secretariat sets up when it creates a vote.
 *
 * @param question the question
 * @param description what it is about
 * @param kind one choice, up to N, a ranking
 * @param maxChoices N of a multiple choice (1 otherwise)
 * @param secret whether ballots are secret
 * @param quorum the quorum
 * @param majority the majority rule
 * @param opensAt when it opens by itself (null: when the secretariat opens it)
 * @param closesAt when it closes by itself
 * @param options the options' labels, in order
 */
public record NewVote(
        String question,
        String description,
        VoteTypes.Kind kind,
        Integer maxChoices,
        Boolean secret,
        VoteTypes.Quorum quorum,
        VoteTypes.Majority majority,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        List<String> options) {

    /** A vote with the defaults: one choice, named, quorum and majority of more than half, opened by hand. */
    public static NewVote of(String question, OffsetDateTime closesAt, List<String> options) {
        return new NewVote(question, null, null, null, null, null, null, null, closesAt, options);
    }
}
