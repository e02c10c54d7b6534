package ru.praktika.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.praktika.territory.domain.RussianGenitive;

class RussianTextTests {

    @Test
    void declinesTheNamesOfSubjectsForCouncilNames() {
        assertThat(RussianGenitive.ofRegion("Пермский край", "край")).isEqualTo("Пермского края");
        assertThat(RussianGenitive.ofRegion("Республика Татарстан", "Респ")).isEqualTo("Республики Татарстан");
        assertThat(RussianGenitive.ofRegion("Москва", "г")).isEqualTo("города Москвы");
        assertThat(RussianGenitive.ofRegion("Санкт-Петербург", "г")).isEqualTo("города Санкт-Петербурга");
        assertThat(RussianGenitive.ofRegion("Кабардино-Балкарская Республика", "Респ"))
                .isEqualTo("Кабардино-Балкарской Республики");
        assertThat(RussianGenitive.ofRegion("Ханты-Мансийский автономный округ — Югра", "АО"))
                .isEqualTo("Ханты-Мансийского автономного округа — Югры");
        assertThat(RussianGenitive.ofRegion("Кемеровская область — Кузбасс", "обл"))
                .isEqualTo("Кемеровской области — Кузбасса");
        assertThat(RussianGenitive.ofRegion("Донецкая Народная Республика", ""))
                .isEqualTo("Донецкой Народной Республики");
    }

    @Test
    void readsTypesFromRussianNames() {
        assertThat(MunicipalityType.parse("внутригородская территория (ВМО города федерального значения)"))
                .contains(MunicipalityType.FEDERAL_CITY_TERRITORY);
        assertThat(MunicipalityType.parse("муниципальный округ")).contains(MunicipalityType.MUNICIPAL_OKRUG);
        assertThat(MunicipalityType.parse("RURAL_SETTLEMENT")).contains(MunicipalityType.RURAL_SETTLEMENT);
        assertThat(MunicipalityType.parse("замок")).isEmpty();
    }
}
