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
        assertThat(RussianNumbers.format(0L)).isEqualTo("0");
        assertThat(RussianNumbers.format(999L)).isEqualTo("999");
        assertThat(RussianNumbers.format(1000L)).isEqualTo("1\u00a0000");
        assertThat(RussianNumbers.format(Long.MIN_VALUE))
                .isEqualTo(RussianNumbers.format(java.math.BigDecimal.valueOf(Long.MIN_VALUE), 0));
        assertThat(RussianNumbers.format(null, 2)).isEqualTo("—");
    }

    @Test
    void sharesAndMoneyReadAsInOfficialDocuments() {
        assertThat(RussianNumbers.percent(0.4567)).isEqualTo("45,7\u00a0%");
        assertThat(RussianNumbers.percent(1)).isEqualTo("100,0\u00a0%");
        assertThat(RussianNumbers.millionRoubles(new BigDecimal("12345678"))).isEqualTo("12,3\u00a0млн руб.");
    }

    @Test
    void wordsAgreeWithTheCountAsRussianGrammarWants() {
        assertThat(RussianNumbers.count(1, "ошибка", "ошибки", "ошибок")).isEqualTo("1 ошибка");
        assertThat(RussianNumbers.count(2, "ошибка", "ошибки", "ошибок")).isEqualTo("2 ошибки");
        assertThat(RussianNumbers.count(5, "ошибка", "ошибки", "ошибок")).isEqualTo("5 ошибок");
        assertThat(RussianNumbers.count(11, "ошибка", "ошибки", "ошибок")).isEqualTo("11 ошибок");
        assertThat(RussianNumbers.count(14, "ошибка", "ошибки", "ошибок")).isEqualTo("14 ошибок");
        assertThat(RussianNumbers.count(21, "ошибка", "ошибки", "ошибок")).isEqualTo("21 ошибка");
        assertThat(RussianNumbers.count(103, "ошибка", "ошибки", "ошибок")).isEqualTo("103 ошибки");
        assertThat(RussianNumbers.count(112, "ошибка", "ошибки", "ошибок")).isEqualTo("112 ошибок");
        assertThat(RussianNumbers.count(0, "ошибка", "ошибки", "ошибок")).isEqualTo("0 ошибок");
        assertThat("в " + RussianNumbers.count(1, "строке", "строках", "строках"))
                .isEqualTo("в 1 строке");
        assertThat("в " + RussianNumbers.count(2, "строке", "строках", "строках"))
                .isEqualTo("в 2 строках");
        assertThat("в " + RussianNumbers.count(5, "строке", "строках", "строках"))
                .isEqualTo("в 5 строках");
        assertThat("в " + RussianNumbers.count(21, "строке", "строках", "строках"))
                .isEqualTo("в 21 строке");
        assertThat("в " + RussianNumbers.count(11, "строке", "строках", "строках"))
                .isEqualTo("в 11 строках");
    }
}
