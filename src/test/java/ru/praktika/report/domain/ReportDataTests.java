package ru.praktika.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shortened texts end at a sentence or a word, never inside a number. */
class ReportDataTests {

    @Test
    void aLongTextIsShortenedToItsWholeSentences() {
        String text =
                "Создан центр обслуживания жителей. Срок ожидания сократился вдвое. Затраты составили 620 000 руб."
                        + " на оборудование помещений.";
        assertThat(ReportData.shorten(text, 80))
                .isEqualTo("Создан центр обслуживания жителей. Срок ожидания сократился вдвое.");
    }

    @Test
    void aCutBetweenWordsNeverEndsOnANumber() {
        String text = "Для жителей отдалённых сёл организован подвоз к центру, затраты бюджета 620 000 рублей в год";
        String shortened = ReportData.shorten(text, 77);
        assertThat(shortened).isEqualTo("Для жителей отдалённых сёл организован подвоз к центру, затраты бюджета…");
        assertThat(shortened).doesNotContainPattern("\\d…");
    }

    @Test
    void anAbbreviationOrAnInitialIsNoSentenceEnd() {
        String text =
                "Практика внедрена в г. Пермь при поддержке главы округа И. Н. Петрова и распространена на соседние"
                        + " муниципальные образования края";
        String shortened = ReportData.shorten(text, 60);
        assertThat(shortened).endsWith("…").doesNotEndWith("г.").doesNotContain("г….");
        assertThat(ReportData.shorten("Коротко.", 60)).isEqualTo("Коротко.");
    }
}
