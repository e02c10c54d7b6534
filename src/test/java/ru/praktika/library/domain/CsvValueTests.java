package ru.praktika.library.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvValueTests {

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsPrecededByAnApostrophe() {
        assertThat(OpenDataFormats.csvValue("=HYPERLINK(\"http://evil\";\"нажми\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil\";\"нажми\")");
        assertThat(OpenDataFormats.csvValue("+7 342 000")).isEqualTo("'+7 342 000");
        assertThat(OpenDataFormats.csvValue("-1+2")).isEqualTo("'-1+2");
        assertThat(OpenDataFormats.csvValue("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(OpenDataFormats.csvValue("\tскрыто")).isEqualTo("'\tскрыто");
    }

    @Test
    void ordinaryTextsAndNumbersAreWrittenAsTheyAre() {
        assertThat(OpenDataFormats.csvValue("Благоустройство = дворы")).isEqualTo("Благоустройство = дворы");
        assertThat(OpenDataFormats.csvValue("")).isEmpty();
        assertThat(OpenDataFormats.csvValue(null)).isEmpty();
        assertThat(OpenDataFormats.csvValue(new BigDecimal("-12.5"))).isEqualTo("-12,5");
    }
}
