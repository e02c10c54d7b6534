package ru.praktika.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rosstat's 2024 names add the kind; that alone is not a renaming worth keeping the old name for. */
class OktmoNamesTests {

    @Test
    void aNameThatOnlyGainedItsKindIsTheSameName() {
        assertThat(OktmoChanges.sameNameIgnoringKind("Чайковское", "Чайковское сельское поселение"))
                .isTrue();
        assertThat(OktmoChanges.sameNameIgnoringKind("город Барнаул", "Городской округ г Барнаул"))
                .isTrue();
        assertThat(OktmoChanges.sameNameIgnoringKind("город Казань", "Городской округ - город Казань"))
                .isTrue();
        assertThat(OktmoChanges.sameNameIgnoringKind("Нартинское", "Нартинское сельское муниципальное образование"))
                .isTrue();
        assertThat(OktmoChanges.sameNameIgnoringKind("муниципальный округ № 21", "Муниципальный округ N 21"))
                .isTrue();
    }

    @Test
    void anotherNameIsARenaming() {
        assertThat(OktmoChanges.sameNameIgnoringKind("Вавиловское", "Сельское поселение Бакчарское"))
                .isFalse();
        assertThat(OktmoChanges.sameNameIgnoringKind("город Алатырь", "Алатырский городской округ"))
                .isFalse();
        assertThat(OktmoChanges.sameNameIgnoringKind("муниципальный округ Черная речка", "Муниципальный округ Ланское"))
                .isFalse();
    }
}
