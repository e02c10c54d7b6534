package ru.praktika.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as Russian users type them and as documents print them. */
class RussianDatesTests {

    @Test
    void everyCommonRussianFormIsRead() {
        LocalDate march1 = LocalDate.of(2024, 3, 1);
        for (String text : new String[] {
            "01.03.2024", "1.3.2024", "01.03.24", "2024-03-01", "01/03/2024", "1 марта 2024 г.", " 1 Марта 2024 "
        }) {
            assertThat(RussianDates.parse(text)).as(text).isEqualTo(march1);
        }
        assertThat(RussianDates.parse("31 февраля 2024")).isNull();
        assertThat(RussianDates.parse("вчера")).isNull();
    }

    @Test
    void aTypedDateThatIsNoDateIsRefusedInRussian() {
        assertThat(RussianDates.parseInput("  ")).isNull();
        assertThat(RussianDates.parseInput("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> RussianDates.parseInput("32.13.2026"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Не удалось прочитать дату «32.13.2026»");
    }

    @Test
    void documentsPrintDatesInWordsAndInFigures() {
        assertThat(RussianDates.inWords(LocalDate.of(2020, 8, 26))).isEqualTo("26 августа 2020 г.");
        assertThat(RussianDates.numeric(LocalDate.of(2020, 8, 6))).isEqualTo("06.08.2020");
    }
}
