package ru.praktika.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.praktika.linkage.Finding;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeParts;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.review.Quality;
import ru.praktika.review.QualityRule;

/** Each quality rule on its own: a full card scores 100; taking one thing away costs exactly that rule's weight. */
class QualityRulesTests {

    static final Map<QualityRule, Integer> DEFAULTS = new EnumMap<>(QualityRule.class);

    static {
        for (QualityRule r : QualityRule.values()) {
            DEFAULTS.put(r, r.defaultWeight());
        }
    }

    @Test
    void aFullCardScoresOneHundred() {
        assertThat(QualityRules.evaluate(card(full()), List.of(), DEFAULTS, 1).score())
                .isEqualTo(100);
    }

    @Test
    void eachRuleCostsItsWeight() {
        Map<QualityRule, PracticeCard> broken = Map.of(
                QualityRule.REQUIRED_FIELDS, card(full().goals(null)),
                QualityRule.LINKED_TO_PROJECTS, card(full().links(List.of())),
                QualityRule.RESULT_WITH_NUMBERS,
                        card(full().results(List.of(new PracticeParts.ResultRow(
                                "Дворы", "ед.", null, null, BigDecimal.TEN, BigDecimal.ONE, 2024)))),
                QualityRule.LEGAL_ACT, card(full().acts(List.of())),
                QualityRule.FINANCING_BY_SOURCE,
                        card(full().financing(List.of()).mechanism(Mechanism.CONCESSION)),
                QualityRule.INTER_MUNICIPAL, card(full().inter(false)),
                QualityRule.EXTRA_BUDGETARY,
                        card(full().financing(List.of(
                                new PracticeParts.FinancingRow(FinancingSource.LOCAL, new BigDecimal("100"))))));
        broken.forEach((rule, card) -> {
            Quality q = QualityRules.evaluate(card, List.of(), DEFAULTS, 1);
            assertThat(q.score()).as(rule.name()).isEqualTo(100 - rule.defaultWeight());
            assertThat(q.findings())
                    .as(rule.name())
                    .singleElement()
                    .satisfies(f -> assertThat(f.rule()).isEqualTo(rule));
        });
        Finding notSupported = new Finding(1, 1, "LINK_NOT_SUPPORTED", "x", null, null, null, null, null);
        Finding duplicate = new Finding(2, 1, "NEAR_DUPLICATE", "x", null, 77L, 0.9, null, null);
        assertThat(QualityRules.evaluate(card(full()), List.of(notSupported), DEFAULTS, 1)
                        .findings())
                .extracting(Quality.QualityFinding::rule)
                .containsExactly(QualityRule.LINK_SUPPORTED_BY_TEXT);
        assertThat(QualityRules.evaluate(card(full()), List.of(duplicate), DEFAULTS, 1)
                        .findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("№77"));
        Finding reviewed = new Finding(3, 1, "NEAR_DUPLICATE", "x", null, 77L, 0.9, "expert", Instant.now());
        assertThat(QualityRules.evaluate(card(full()), List.of(reviewed), DEFAULTS, 1)
                        .score())
                .isEqualTo(100);
    }

    @Test
    void weightsChangeTheScoreAndAZeroWeightIsNeverAFinding() {
        Map<QualityRule, Integer> weights = new EnumMap<>(DEFAULTS);
        weights.put(QualityRule.LEGAL_ACT, 0);
        Quality q = QualityRules.evaluate(card(full().acts(List.of())), List.of(), weights, 2);
        assertThat(q.score()).isEqualTo(100);
        assertThat(q.findings()).isEmpty();
        assertThat(q.rulesVersion()).isEqualTo(2);
    }

    /** A builder of card variants for the rules. */
    static final class Draft {
        String goals = "Цели";
        List<PracticeParts.LinkRow> links =
                List.of(PracticeParts.LinkRow.of("NP19-04", "NP19-04-FP03", null, null, null));
        List<PracticeParts.ResultRow> results = List.of(new PracticeParts.ResultRow(
                "Дворы", "ед.", BigDecimal.ONE, 2022, BigDecimal.TEN, BigDecimal.TEN, 2024));
        List<PracticeParts.LegalActRow> acts =
                List.of(new PracticeParts.LegalActRow("постановление", "1", LocalDate.of(2024, 1, 1), null));
        List<PracticeParts.FinancingRow> financing = List.of(
                new PracticeParts.FinancingRow(FinancingSource.LOCAL, new BigDecimal("100")),
                new PracticeParts.FinancingRow(FinancingSource.EXTRA_BUDGETARY, new BigDecimal("50")));
        Mechanism mechanism = Mechanism.BUDGET;
        boolean inter = true;

        Draft goals(String g) {
            goals = g;
            return this;
        }

        Draft links(List<PracticeParts.LinkRow> l) {
            links = l;
            return this;
        }

        Draft results(List<PracticeParts.ResultRow> r) {
            results = r;
            return this;
        }

        Draft acts(List<PracticeParts.LegalActRow> a) {
            acts = a;
            return this;
        }

        Draft financing(List<PracticeParts.FinancingRow> f) {
            financing = f;
            return this;
        }

        Draft mechanism(Mechanism m) {
            mechanism = m;
            return this;
        }

        Draft inter(boolean i) {
            inter = i;
            return this;
        }
    }

    static Draft full() {
        return new Draft();
    }

    static PracticeCard card(Draft d) {
        return new PracticeCard(
                1,
                2024,
                "59",
                "57634410",
                d.inter ? List.of("57634410", "57634000") : List.of("57634410"),
                Map.of(),
                d.inter,
                "Практика",
                "Проблема",
                d.goals,
                "Сделано",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 1),
                d.financing,
                BigDecimal.ZERO,
                null,
                d.mechanism,
                null,
                null,
                null,
                d.results,
                d.acts,
                d.links,
                null,
                null,
                null,
                "Иван Петров",
                null,
                null,
                null,
                PracticeStatus.DRAFT,
                0,
                "t",
                Instant.now(),
                Instant.now());
    }
}
