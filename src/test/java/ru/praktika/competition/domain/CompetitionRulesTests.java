package ru.praktika.competition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The competition's rules on worked examples: formula criteria, ranking with ties, balanced assignment, blind text. */
class CompetitionRulesTests {

    @Test
    void extraBudgetaryMoneyGivesOneTenthOfAPointForEveryStartedTenPerCent() {
        assertThat(FormulaCriteria.extraBudgetShare(null)).isEqualByComparingTo("0");
        assertThat(FormulaCriteria.extraBudgetShare(new BigDecimal("0"))).isEqualByComparingTo("0");
        assertThat(FormulaCriteria.extraBudgetShare(new BigDecimal("0.01"))).isEqualByComparingTo("0.1");
        assertThat(FormulaCriteria.extraBudgetShare(new BigDecimal("0.10"))).isEqualByComparingTo("0.1");
        assertThat(FormulaCriteria.extraBudgetShare(new BigDecimal("0.105"))).isEqualByComparingTo("0.2");
        assertThat(FormulaCriteria.extraBudgetShare(new BigDecimal("0.5"))).isEqualByComparingTo("0.5");
        assertThat(FormulaCriteria.extraBudgetShare(new BigDecimal("0.9999"))).isEqualByComparingTo("1.0");
        assertThat(FormulaCriteria.extraBudgetShare(new BigDecimal("1"))).isEqualByComparingTo("1.0");
    }

    @Test
    void rankingWithTiesIsTheSameWhateverTheOrderTheApplicationsComeIn() {
        Instant early = Instant.parse("2031-06-01T10:00:00Z");
        Instant late = Instant.parse("2031-06-20T10:00:00Z");
        List<Ranking.Entry> entries = List.of(
                new Ranking.Entry(5, new BigDecimal("2.0"), new BigDecimal("8.000"), late),
                new Ranking.Entry(3, new BigDecimal("2.0"), new BigDecimal("8.000"), early), // same points, earlier
                new Ranking.Entry(4, new BigDecimal("3.0"), new BigDecimal("8.000"), late), // same experts, more formal
                new Ranking.Entry(9, new BigDecimal("2.0"), new BigDecimal("8.000"), late), // a full tie with 5
                new Ranking.Entry(1, new BigDecimal("4.5"), null, early), // not scored: after every scored one
                new Ranking.Entry(2, new BigDecimal("1.0"), new BigDecimal("9.500"), late));
        List<Long> expected = List.of(2L, 4L, 3L, 5L, 9L, 1L);
        Random random = new Random(1);
        for (int i = 0; i < 50; i++) {
            List<Ranking.Entry> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, random);
            assertThat(Ranking.ranked(shuffled)).extracting(Ranking.Entry::id).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void meanAndMedianOfExpertsPoints() {
        List<BigDecimal> points = List.of(new BigDecimal("7"), new BigDecimal("9"), new BigDecimal("2"));
        assertThat(Ranking.aggregate(points, "MEAN")).isEqualByComparingTo("6.000");
        assertThat(Ranking.aggregate(points, "MEDIAN")).isEqualByComparingTo("7.000");
        assertThat(Ranking.aggregate(List.of(new BigDecimal("7"), new BigDecimal("8")), "MEDIAN"))
                .isEqualByComparingTo("7.500");
        assertThat(Ranking.aggregate(List.of(), "MEAN")).isNull();
    }

    @Test
    void assignmentIsBalancedCompetentAndNeverToTheApplicantsRegionOrAConflict() {
        List<Assignment.Expert> experts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Set<String> conflicts = i == 3 ? Set.of("REGION:16") : i == 4 ? Set.of("MUNICIPALITY:57735000") : Set.of();
            experts.add(new Assignment.Expert(
                    i, String.format("%02d", 10 + i), i % 2 == 0 ? Set.of("N1", "N2") : Set.of("N1"), conflicts));
        }
        List<Assignment.Target> targets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String region = String.format("%02d", 10 + i % 15);
            String oktmo = i % 10 == 0 ? "57735000" : null;
            targets.add(new Assignment.Target(1000 + i, i % 3 == 0 ? "N2" : "N1", oktmo, region, null, Set.of()));
        }
        Map<Long, List<Long>> pairs = Assignment.assign(targets, experts, 3, Map.of());
        Map<Long, Integer> load = new HashMap<>();
        for (Assignment.Target t : targets) {
            List<Long> chosen = pairs.get(t.id());
            assertThat(chosen).hasSize(3).doesNotHaveDuplicates();
            for (Long e : chosen) {
                Assignment.Expert x = experts.get(e.intValue());
                assertThat(x.homeRegion()).isNotEqualTo(t.region());
                assertThat(x.competences()).contains(t.nomination());
                assertThat(Assignment.free(x, t)).isTrue();
                load.merge(e, 1, Integer::sum);
            }
        }
        // N2 applications can only go to the six N2 experts; among the others loads differ by at most a few
        Set<Integer> loads = new HashSet<>(load.values());
        assertThat(Collections.max(loads) - Collections.min(loads)).isLessThanOrEqualTo(12);
        assertThat(load.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(900);
    }

    @Test
    void blindTextHidesEveryFormOfTheNamesOfThePlaceAndThePeople() {
        BlindText blind = BlindText.hiding(
                List.of("Чайковский городской округ", "Пермский край", "Иван Петрович Сидоров"), List.of("57735000"));
        String text = "В Чайковском городском округе Пермского края, как и в Перми, проект вёл И. П. Сидоров"
                + " (Сидорова Анна помогала); код 57735000. Жители Чайковского довольны.";
        String shown = blind.apply(text);
        assertThat(shown)
                .doesNotContain("Чайков")
                .doesNotContain("Перм")
                .doesNotContain("Сидоров")
                .doesNotContain("57735000")
                .contains("городском округе")
                .contains("Жители");
    }
}
