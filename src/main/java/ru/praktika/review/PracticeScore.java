package ru.praktika.review;

import java.util.List;

/**
 * A practice's stored quality score, for reports.
 *
 * @param practiceId the practice
 * @param regionCode its region
 * @param score 0–100
 * @param findings the rules it does not meet
 */
public record PracticeScore(long practiceId, String regionCode, int score, List<QualityRule> findings) {}
