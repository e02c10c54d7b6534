package ru.praktika.linkage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RussianTextTests {

    private final RussianText text = new RussianText(Map.of("тко", "твердые коммунальные отходы"));

    @Test
    void aLetterCodeJoinedToANumberStaysOneWord() {
        assertThat(text.stems("трасса М-12 и самолёт МС-21")).containsSubsequence("м12", "мс21");
        // the number alone, as a text counts things, is not the code
        assertThat(text.stems("отремонтировано 12 дворов")).contains("12").doesNotContain("м12");
        assertThat(text.stems("трасса М-12")).doesNotContain("12");
    }

    @Test
    void formsOfAWordMeetAtOneStemAndAbbreviationsAreExpanded() {
        assertThat(text.stems("дворовых территорий")).isEqualTo(text.stems("дворовая территория"));
        assertThat(text.stems("вывоз ТКО")).containsSubsequence("тко", "тверд", "коммунальн", "отход");
    }
}
