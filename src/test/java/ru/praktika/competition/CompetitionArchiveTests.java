package ru.praktika.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.competition.domain.CompetitionArchive;
import ru.praktika.competition.domain.Competitions;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

@PraktikaTest
class CompetitionArchiveTests {

    static final List<String> HEADER = List.of(
            "Год", "Номинация", "Категория", "Место", "Муниципальное образование", "Регион", "Название практики");

    @Autowired
    CompetitionArchive archive;

    @Autowired
    Competitions competitions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    MockMvc mvc;

    /** A workbook as the secretariat writes it: the header row, then one row per application. */
    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Итоги");
            List<List<Object>> all = new java.util.ArrayList<>();
            all.add(List.copyOf(HEADER));
            all.addAll(rows);
            for (int i = 0; i < all.size(); i++) {
                Row row = sheet.createRow(i);
                for (int c = 0; c < all.get(i).size(); c++) {
                    Object v = all.get(i).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static List<Object> row(
            int year, String nomination, String category, Integer place, String mo, String region, String title) {
        List<Object> r = new java.util.ArrayList<>();
        r.add(year);
        r.add(nomination);
        r.add(category);
        r.add(place);
        r.add(mo);
        r.add(region);
        r.add(title);
        return r;
    }

    long count(int year, String condition) {
        return jdbc.sql("select count(*) from competition.applications a join competition.competitions c"
                        + " on c.id = a.competition_id where c.year = :y and " + condition)
                .param("y", year)
                .query(Long.class)
                .single();
    }

    @Test
    void matchedRowsAreImportedAsWinnersAndParticipantsOfAnArchiveYear() throws IOException {
        byte[] file = workbook(List.of(
                row(2019, "N1", "I", 1, "Добрянский городской округ", "59", "Набережная для всех"),
                row(
                        2019,
                        "Муниципальная экономическая политика и управление муниципальными финансами",
                        "I",
                        null,
                        "Чайковский городской округ",
                        "Пермский край",
                        "Бюджет для граждан"),
                row(2019, "N4", "I", 2, "Чайковского городского округа", "59", "Дом дружбы народов")));

        List<CompetitionArchive.YearImported> done = archive.importWorkbook(actors.actor("admin"), file);

        assertThat(done).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(2019);
            assertThat(y.applications()).isEqualTo(3);
            assertThat(y.winners()).isEqualTo(2);
        });
        assertThat(jdbc.sql("select archive from competition.competitions where year = 2019")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(count(
                        2019,
                        "a.status = 'WINNER' and a.place = 1 and a.oktmo = '57718000' and a.prize_rub > 0"
                                + " and a.created_by = 'admin' and not a.by_association and a.category = 'I'"))
                .isEqualTo(1);
        assertThat(count(2019, "a.status = 'NOT_AWARDED' and a.place is null and a.nomination_code = 'N2'"))
                .isEqualTo(1);

        // importing the year again replaces its rows
        archive.importWorkbook(
                actors.actor("admin"),
                workbook(List.of(row(2019, "N1", "II", 3, "Добрянский городской округ", "59", "Сквер"))));
        assertThat(count(2019, "true")).isEqualTo(1);
        assertThat(count(2019, "a.title = 'Сквер' and a.category = 'II' and a.place = 3"))
                .isEqualTo(1);
    }

    @Test
    void aMunicipalityWithATypoIsStillMatched() throws IOException {
        archive.importWorkbook(
                actors.actor("admin"),
                workbook(List.of(row(2022, "N6", "I", 1, "Чайковскй городской округ", "59", "Умный двор"))));

        assertThat(count(2022, "a.municipality_name like 'Чайковск%' and a.region_code = '59'"))
                .isEqualTo(1);
    }

    @Test
    void anUnmatchedRowWritesNothingAndIsNamedByItsRow() throws IOException {
        byte[] file = workbook(List.of(
                row(2018, "N1", "I", 1, "Добрянский городской округ", "59", "Набережная"),
                row(2018, "N1", "I", 2, "Несуществующий городской округ", "59", "Что-то"),
                row(2018, "N9", "III", 9, "Добрянский городской округ", "59", "")));

        assertThatThrownBy(() -> archive.importWorkbook(actors.actor("admin"), file))
                .isInstanceOfSatisfying(CompetitionArchive.Rejected.class, e -> {
                    assertThat(e.problems())
                            .extracting(CompetitionArchive.Problem::text)
                            .anySatisfy(t -> assertThat(t)
                                    .startsWith("Строка 3: ")
                                    .contains("«Несуществующий городской округ» не найдено"))
                            .anySatisfy(
                                    t -> assertThat(t).startsWith("Строка 4: ").contains("номинации «N9»"))
                            .anySatisfy(
                                    t -> assertThat(t).startsWith("Строка 4: ").contains("категория"))
                            .anySatisfy(
                                    t -> assertThat(t).startsWith("Строка 4: ").contains("название практики"));
                    assertThat(e.getMessage()).contains("данные не изменены");
                });
        assertThat(jdbc.sql("select count(*) from competition.competitions where year = 2018")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aYearRunOnThePlatformIsNotOverwrittenByTheArchive() throws IOException {
        competitions.open(actors.actor("admin"), 2017);
        byte[] file = workbook(List.of(row(2017, "N1", "I", 1, "Добрянский городской округ", "59", "Парк")));

        assertThatThrownBy(() -> archive.importWorkbook(actors.actor("admin"), file))
                .isInstanceOfSatisfying(
                        CompetitionArchive.Rejected.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.text()).contains("проведён на платформе")));
        assertThat(count(2017, "true")).isZero();
    }

    @Test
    void aNonAdminIsRefused() throws Exception {
        byte[] file = workbook(List.of(row(2018, "N1", "I", 1, "Добрянский городской округ", "59", "Парк")));

        assertThatThrownBy(() -> archive.importWorkbook(actors.actor("perm"), file))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(multipart("/competitions/archive")
                        .file(new MockMultipartFile("file", "archive.xlsx", null, file))
                        .with(actors.as("perm"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count(2018, "true")).isZero();
    }

    @Test
    void theSecretariatUploadsThroughThePageAndSeesTheProblems() throws Exception {
        byte[] bad = workbook(List.of(row(2016, "N1", "I", 1, "Добрянский городской округ", "59", "Парк")));

        mvc.perform(multipart("/competitions/archive")
                        .file(new MockMultipartFile("file", "archive.xlsx", null, bad))
                        .with(actors.as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Строка 2: год")))
                .andExpect(content().string(containsString("данные не изменены")));
    }

    @Test
    void theApiAnswersAProblemWithTheRowsErrors() throws Exception {
        byte[] bad = workbook(List.of(
                row(2018, "N1", "I", 1, "Добрянский городской округ", "59", "Парк"),
                row(2018, "N1", "I", 1, "Несуществующий городской округ", "59", "Сквер")));

        mvc.perform(multipart("/api/v1/competitions/archive/imports")
                        .file(new MockMultipartFile("file", "archive.xlsx", null, bad))
                        .with(actors.as("admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("данные не изменены")))
                .andExpect(jsonPath("$.errors.row3", containsString("уже занято в строке 2")))
                .andExpect(jsonPath("$.errors.row3", containsString("не найдено")));
        assertThat(count(2018, "true")).isZero();
    }
}
