package ru.praktika.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small pieces of Russian the protocol and the press release are built from. */
class RussianPhrasesTests {

    @Test
    void theProtocolNamesTheMeetingInTheGenitive() {
        assertThat(RussianPhrases.titleInGenitive("Заседание Правления ВАРМСУ"))
                .isEqualTo("заседания Правления ВАРМСУ");
        assertThat(RussianPhrases.titleInGenitive("Всероссийское селекторное рабочее совещание ВАРМСУ"))
                .isEqualTo("всероссийского селекторного рабочего совещания ВАРМСУ");
        assertThat(RussianPhrases.titleInGenitive("Рабочая встреча с партнёрами"))
                .isEqualTo("рабочей встречи с партнёрами");
        assertThat(RussianPhrases.titleInGenitive("Всероссийский семинар-совещание"))
                .as("no known head noun: quoted")
                .isEqualTo("совещания «Всероссийский семинар-совещание»");
        assertThat(RussianPhrases.titleInGenitive("Круглый стол о концессиях"))
                .isEqualTo("круглого стола о концессиях");
        assertThat(RussianPhrases.titleInGenitive("Конференция «Муниципальная Россия»"))
                .isEqualTo("конференции «Муниципальная Россия»");
        assertThat(RussianPhrases.titleInGenitive("ВАРМСУ: собрание членов")).isEqualTo("ВАРМСУ: собрания членов");
        assertThat(RussianPhrases.titleInGenitive("Общее собрание")).isEqualTo("общего собрания");
        assertThat(RussianPhrases.titleInGenitive("Всероссийская конференция")).isEqualTo("всероссийской конференции");
    }

    @Test
    void aHeadlineSaysWhatHappenedInAccusative() {
        assertThat(RussianPhrases.kindOf("Всероссийское селекторное рабочее совещание Всероссийской ассоциации"))
                .isEqualTo("всероссийское селекторное рабочее совещание");
        assertThat(RussianPhrases.accusativeOfKind("рабочая встреча")).isEqualTo("рабочую встречу");
        assertThat(RussianPhrases.accusativeOfKind("всероссийская конференция")).isEqualTo("всероссийскую конференцию");
        assertThat(RussianPhrases.accusativeOfKind("селекторное совещание")).isEqualTo("селекторное совещание");
        assertThat(RussianPhrases.kindOf("О планах на год")).isEqualTo("совещание");
    }

    @Test
    void quotesInsideQuotesBecomeLowQuotes() {
        assertThat(RussianPhrases.quoted("О конкурсе «Доброволец России»"))
                .isEqualTo("«О конкурсе „Доброволец России“»");
        assertThat(RussianPhrases.quoted("О проекте \"Народный бюджет\"")).isEqualTo("«О проекте „Народный бюджет“»");
        assertThat(RussianPhrases.quoted("Об итогах года")).isEqualTo("«Об итогах года»");
    }

    @Test
    void aDecisionLosesItsDeadlineAndThoseResponsibleInTheNews() {
        assertThat(PressReleaseWriter.withoutDeadlines("Одобрить перечень в срок до 15.09.2026"))
                .isEqualTo("Одобрить перечень");
        assertThat(PressReleaseWriter.withoutDeadlines("Представить сведения до 1 октября 2020 г."))
                .isEqualTo("Представить сведения");
        assertThat(PressReleaseWriter.withoutDeadlines("Подготовить проект (ответственный — исполнительная дирекция)"))
                .isEqualTo("Подготовить проект");
        assertThat(PressReleaseWriter.withoutDeadlines("Подготовить проект; срок — 30.11.2020"))
                .isEqualTo("Подготовить проект");
        assertThat(PressReleaseWriter.withoutDeadlines("Уточнить сроки кампании"))
                .isEqualTo("Уточнить сроки кампании");
    }

    @Test
    void theNewsUsesOneKindOfDash() {
        assertThat(PressReleaseWriter.oneDash("директор – Иван Петров - отметил"))
                .isEqualTo("директор — Иван Петров — отметил");
        assertThat(PressReleaseWriter.oneDash("- первое решение\n- второе")).isEqualTo("— первое решение\n— второе");
        assertThat(PressReleaseWriter.oneDash("Ханты-Мансийский, 2019–2024")).isEqualTo("Ханты-Мансийский, 2019–2024");
    }

    @Test
    void onlyCommonOpenersLoseTheirCapitalAfterThat() {
        assertThat(RussianPhrases.lowerFirst("В ряде случаев ответы даются вне связи"))
                .startsWith("в ряде");
        assertThat(RussianPhrases.lowerFirst("Пермский край считается лидером")).startsWith("Пермский");
        assertThat(RussianPhrases.lowerFirst("Москва лидирует")).startsWith("Москва");
        assertThat(RussianPhrases.lowerFirst("ВАРМСУ готовит доклад")).startsWith("ВАРМСУ");
    }
}
