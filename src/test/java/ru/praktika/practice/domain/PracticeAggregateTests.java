package ru.praktika.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeStatus;
import tools.jackson.databind.json.JsonMapper;

/** The card's derived fields and workflow, without Spring. */
class PracticeAggregateTests {

    @Test
    void twoOrMoreMunicipalitiesMakeAPracticeInterMunicipalAndTheLeadIsNotCountedTwice() {
        assertThat(Practice.draft(2023, "59", content("57634410", List.of("57634410"), List.of()), "t")
                        .municipalityCodes())
                .containsExactly("57634410");
        Practice single = Practice.draft(2023, "59", content("57634410", List.of("57634410"), List.of()), "t");
        Practice joint = Practice.draft(2023, "59", content("57634410", List.of("57634000"), List.of()), "t");
        assertThat(field(single, "interMunicipal")).isEqualTo(false);
        assertThat(field(joint, "interMunicipal")).isEqualTo(true);
        assertThat(joint.municipalityCodes()).containsExactly("57634410", "57634000");
    }

    @Test
    void theExtraBudgetaryShareIsDerivedFromTheMoney() {
        Practice p = Practice.draft(
                2023,
                "59",
                content(
                        "57634410",
                        List.of(),
                        List.of(
                                new Practice.Financing(FinancingSource.LOCAL, new BigDecimal("3000000")),
                                new Practice.Financing(FinancingSource.EXTRA_BUDGETARY, new BigDecimal("1000000")))),
                "t");
        assertThat((BigDecimal) field(p, "extraBudgetaryShare")).isEqualByComparingTo("0.25");
        assertThat((BigDecimal) field(p, "totalFinancing")).isEqualByComparingTo("4000000");
        Practice none = Practice.draft(2023, "59", content("57634410", List.of(), List.of()), "t");
        assertThat(field(none, "extraBudgetaryShare")).isNull();
    }

    @Test
    void theWorkflowMovesOnlyFromTheRightStates() {
        Practice p = Practice.draft(2023, "59", content("57634410", List.of(), List.of()), "t");
        assertThatThrownBy(p::forward).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(p::accept).isInstanceOf(WorkflowException.class);
        assertThat(p.submit().to()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThatThrownBy(() -> p.revise(2023, content("57634410", List.of(), List.of())))
                .isInstanceOf(WorkflowException.class);
        assertThat(p.returnForRevision().to()).isEqualTo(PracticeStatus.RETURNED);
        assertThat(p.isEditable()).isTrue();
        p.submit();
        p.forward();
        assertThat(p.returnForRevision().from()).isEqualTo(PracticeStatus.FORWARDED);
        p.submit();
        p.forward();
        p.accept();
        assertThatThrownBy(p::returnForRevision).isInstanceOf(WorkflowException.class);
        assertThat(p.publish().to()).isEqualTo(PracticeStatus.PUBLISHED);
        for (PracticeAction a : PracticeAction.values()) {
            assertThat(Practice.allows(a, PracticeStatus.PUBLISHED))
                    .as(a.name())
                    .isFalse();
        }
    }

    @Test
    void theDiffNamesFieldsInRussian() {
        var lines = PracticeDiff.between(JsonMapper.builder().build(), """
                {"title": "Дворы", "version": 3, "results": [{"indicator": "Дворы", "actualValue": 9.5}]}""", """
                {"title": "Дворы жителей", "version": 4, "results": [{"indicator": "Дворы", "actualValue": 12}],
                 "financing": [{"source": "LOCAL", "amountRub": 100}]}""");
        assertThat(lines)
                .extracting(l -> l.field() + ": " + l.before() + " → " + l.after())
                .containsExactly(
                        "Название практики: Дворы → Дворы жителей",
                        "Результат 1 · фактическое значение: 9.5 → 12",
                        "Финансирование 1 · источник: null → LOCAL",
                        "Финансирование 1 · сумма, руб.: null → 100");
    }

    @Test
    void theDiffMatchesRowsByWhatTheyAreNotByPosition() {
        var lines = PracticeDiff.between(JsonMapper.builder().build(), """
                {"results": [{"indicator": "Дворы", "actualValue": 9}, {"indicator": "Парки", "actualValue": 2}],
                 "municipalities": ["57000000", "57600000"]}""", """
                {"results": [{"indicator": "Скверы", "actualValue": 1}, {"indicator": "Дворы", "actualValue": 10}],
                 "municipalities": ["57600000"]}""");
        assertThat(lines)
                .extracting(l -> l.field() + ": " + l.before() + " → " + l.after())
                .containsExactly(
                        "Результат 1 · показатель: null → Скверы",
                        "Результат 1 · фактическое значение: null → 1",
                        "Результат 2 · фактическое значение: 9 → 10",
                        "Результат 2 (удалён) · показатель: Парки → null",
                        "Результат 2 (удалён) · фактическое значение: 2 → null",
                        "Участвующее МО 1 (удалён): 57000000 → null");
    }

    private static Practice.Content content(String lead, List<String> others, List<Practice.Financing> money) {
        return new Practice.Content(
                lead,
                others,
                "Дворы",
                "Проблема",
                null,
                "Сделано",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                money,
                List.of(),
                List.of(),
                List.of());
    }

    private static Object field(Practice p, String name) {
        try {
            var f = Practice.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(p);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
