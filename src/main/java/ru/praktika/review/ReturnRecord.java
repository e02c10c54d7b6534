package ru.praktika.review;

import java.time.Instant;
import java.util.List;

/**
 * A return for revision as the review recorded it.
 *
 * @param practiceId the practice
 * @param regionCode its region
 * @param returnedAt when
 * @param comment the reviewer's words
 * @param nationalProjects the national projects the practice was linked to then
 * @param rules the quality rules the practice did not meet when it was returned
 */
public record ReturnRecord(
        long practiceId,
        String regionCode,
        Instant returnedAt,
        String comment,
        List<String> nationalProjects,
        List<QualityRule> rules) {}
