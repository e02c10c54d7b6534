package ru.praktika.review;

import java.util.List;

/**
 * A practice's quality.
 *
 * @param score 0–100
 * @param rulesVersion the version of the rule weights used
 * @param findings what keeps the score from 100
 */
public record Quality(int score, int rulesVersion, List<QualityFinding> findings) {

    /**
     * @param rule the rule
     * @param severity HIGH, MEDIUM or LOW (by the rule's weight)
     * @param message in Russian
     * @param weight points lost
     */
    public record QualityFinding(QualityRule rule, String severity, String message, int weight) {}
}
