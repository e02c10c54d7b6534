package ru.praktika.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RussianNumbersTests {

    @Test
    void thousandsAreSeparatedByANonBreakingSpaceAndDecimalsByAComma() {
        assertThat(RussianNumbers.format(new BigDecimal("12345.60"), 1)).isEqualTo("12\u00a0345,6");
        assertThat(RussianNumbers.format(new BigDecimal("1040"), 1)).isEqualTo("1\u00a0040");
        assertThat(RussianNumbers.fixed(new BigDecimal("1040"), 1)).isEqualTo("1\u00a0040,0");
        assertThat(RussianNumbers.fixed(new BigDecimal("12.55"), 1)).isEqualTo("12,6");
        assertThat(RussianNumbers.format(-1234567L)).isEqualTo("−1\u00a0234\u00a0567");
        assertThat(RussianNumbers.format(null, 2)).isEqualTo("—");
    }

    @Test
    void sharesAndMoneyReadAsInOfficialDocuments() {
        assertThat(RussianNumbers.percent(0.4567)).isEqualTo("45,7\u00a0%");
        assertThat(RussianNumbers.percent(1)).isEqualTo("100,0\u00a0%");
        assertThat(RussianNumbers.millionRoubles(new BigDecimal("12345678"))).isEqualTo("12,3\u00a0млн руб.");
    }
}
