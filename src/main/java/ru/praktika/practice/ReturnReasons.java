package ru.praktika.practice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Why a card was returned for revision, as its review recorded it, so the edit page can keep it in view. The review
 * module implements this in its {@code ReviewApi}: review depends on practice, so practice asks through this interface
 * instead of calling review (no cycle between the modules).
 */
public interface ReturnReasons {

    /** The last recorded return for revision of a practice, if any. */
    Optional<ReturnReason> lastReturn(long practiceId);

    /**
     * A return for revision.
     *
     * @param returnedAt when
     * @param comment the reviewer's words
     * @param unmetRules the quality rules the card did not meet then
     */
    record ReturnReason(Instant returnedAt, String comment, List<UnmetRule> unmetRules) {}

    /**
     * A quality rule not met.
     *
     * @param title the rule's name
     * @param whatToDo what the card lacks, said as what to do
     */
    record UnmetRule(String title, String whatToDo) {}
}
