package ru.praktika.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.praktika.linkage.Finding;
import ru.praktika.practice.PracticeCard;
import ru.praktika.review.Quality;
import ru.praktika.review.QualityRule;

/** Evaluates a card against the rules: a pure function of the card, linkage's findings and the weights. */
final class QualityRules {

    private QualityRules() {}

    static Quality evaluate(PracticeCard c, List<Finding> linkage, Map<QualityRule, Integer> weights, int version) {
        List<Quality.QualityFinding> findings = new ArrayList<>();
        int total = 0, earned = 0;
        for (QualityRule rule : QualityRule.values()) {
            int w = weights.getOrDefault(rule, rule.defaultWeight());
            total += w;
            String problem = check(rule, c, linkage);
            if (problem == null) {
                earned += w;
            } else if (w > 0) {
                findings.add(
                        new Quality.QualityFinding(rule, w >= 15 ? "HIGH" : w >= 10 ? "MEDIUM" : "LOW", problem, w));
            }
        }
        int score = total == 0 ? 0 : Math.round(100f * earned / total);
        return new Quality(score, version, findings);
    }

    /** null when the rule is met, else the Russian message. */
    static String check(QualityRule rule, PracticeCard c, List<Finding> linkage) {
        return switch (rule) {
            case REQUIRED_FIELDS ->
                c.problem() != null
                                && c.goals() != null
                                && c.description() != null
                                && c.periodFrom() != null
                                && (c.contactName() != null || c.contactEmail() != null || c.contactPhone() != null)
                        ? null
                        : rule.finding();
            case LINKED_TO_PROJECTS ->
                c.linkedToFederalProject()
                        ? null
                        : c.links().isEmpty() ? "Практика не связана ни с одним национальным проектом" : rule.finding();
            case LINK_SUPPORTED_BY_TEXT ->
                linkage.stream().anyMatch(f -> f.kind().equals("LINK_NOT_SUPPORTED") && f.reviewedAt() == null)
                        ? rule.finding()
                        : null;
            case RESULT_WITH_NUMBERS ->
                c.results().stream()
                                .anyMatch(r -> r.baseValue() != null
                                        && r.baseYear() != null
                                        && r.actualValue() != null
                                        && r.actualYear() != null)
                        ? null
                        : rule.finding();
            case LEGAL_ACT -> c.legalActs().isEmpty() ? rule.finding() : null;
            case FINANCING_BY_SOURCE -> c.financing().isEmpty() ? rule.finding() : null;
            case INTER_MUNICIPAL -> c.interMunicipal() ? null : rule.finding();
            case EXTRA_BUDGETARY -> c.drawsPrivateMoney() ? null : rule.finding();
            case NOT_DUPLICATE ->
                linkage.stream()
                        .filter(f -> f.kind().equals("NEAR_DUPLICATE") && f.reviewedAt() == null)
                        .findFirst()
                        .map(f -> "Почти совпадает с практикой №" + f.otherPracticeId())
                        .orElse(null);
        };
    }
}
