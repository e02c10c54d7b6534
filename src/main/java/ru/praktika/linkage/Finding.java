package ru.praktika.linkage;

import java.time.Instant;

/**
 * A finding about a practice.
 *
 * @param id its id
 * @param practiceId the practice
 * @param kind {@code LINK_NOT_SUPPORTED} or {@code NEAR_DUPLICATE}
 * @param message what is wrong, in Russian
 * @param evidence what the text says instead, or the other card
 * @param otherPracticeId the other card of a near duplicate
 * @param similarity how alike, for a near duplicate
 * @param reviewedBy the expert who reviewed it, or null
 * @param reviewedAt when
 */
public record Finding(
        long id,
        long practiceId,
        String kind,
        String message,
        String evidence,
        Long otherPracticeId,
        Double similarity,
        String reviewedBy,
        Instant reviewedAt) {}
