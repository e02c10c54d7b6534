package ru.praktika.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.praktika.partnership.AgreementState;
import ru.praktika.partnership.AgreementView;

/** The demo's stand-in scan is a one-page PDF that a file check takes for a PDF; the label declines the partner. */
class DemoScanTests {

    @Test
    void theDemoScanIsAOnePagePdfOfTheAgreement() throws Exception {
        AgreementView a = new AgreementView(
                3,
                "3",
                "Соглашение о партнёрстве и сотрудничестве в развитии добровольчества",
                "Сотрудничество Сторон в развитии добровольчества на муниципальном уровне",
                AgreementState.AGREED,
                LocalDate.of(2020, 11, 25),
                LocalDate.of(2020, 12, 10),
                LocalDate.of(2020, 12, 15),
                LocalDate.of(2027, 12, 31),
                30,
                null,
                null,
                null,
                "Соглашение № 3 с Ассоциацией волонтерских центров",
                List.of(
                        new AgreementView.Party(
                                null,
                                "Всероссийская ассоциация развития местного самоуправления",
                                "Цецерский Иван Николаевич",
                                "председатель Правления"),
                        new AgreementView.Party(
                                1L,
                                "Ассоциация волонтерских центров",
                                "Метелев Артем Павлович",
                                "председатель Совета")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0);
        byte[] pdf = DemoScan.of(a);
        assertThat(ru.praktika.shared.FileTypes.recognise(pdf)).contains(ru.praktika.shared.FileTypes.PDF);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "demo-scan.pdf"), pdf);
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/Count 1");
    }

    @Test
    void theLabelPutsTheUsualHeadWordsInTheInstrumental() {
        assertThat(AgreementLabels.label("3", List.of("Ассоциация волонтерских центров")))
                .isEqualTo("Соглашение № 3 с Ассоциацией волонтерских центров");
        assertThat(AgreementLabels.label("4", List.of("Союз российских городов", "Фонд президентских грантов")))
                .isEqualTo("Соглашение № 4 с Союзом российских городов и Фондом президентских грантов");
        assertThat(AgreementLabels.label("5", List.of("Росмолодёжь")))
                .isEqualTo("Соглашение № 5 с партнёром «Росмолодёжь»");
    }
}
