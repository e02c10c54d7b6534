package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.support.JobWaiter;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;
import ru.praktika.support.Workbooks;

/** The workbook import: good, bad, hostile, idempotent, and the round trip through the export. */
@PraktikaTest
class PracticeImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Test
    void permFillsTheTemplateImportsThreeRowsAndImportingAgainChangesNothing() throws Exception {
        byte[] template = mvc.perform(
                        get("/api/v1/campaigns/2024/template.xlsx").with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Workbooks book = Workbooks.open(template);
        XSSFWorkbook wb = book.workbook();
        assertThat(wb.getSheet("Инструкция")).isNotNull();
        assertThat(wb.getSheet("Списки").getRow(0).getCell(0).getStringCellValue())
                .startsWith("57");
        assertThat(wb.isSheetHidden(wb.getSheetIndex("Списки"))).isTrue();
        for (String sheet : List.of("Практики", "Участники", "Финансирование", "Результаты", "Связи", "Акты")) {
            assertThat(wb.getSheet(sheet)).as(sheet).isNotNull();
            assertThat(wb.getSheet(sheet).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Внешний код*");
        }
        for (int i = 1; i <= 3; i++) {
            book.practice("IMP-59-" + i, "Практика из Excel " + i, i == 2 ? "1 марта 2024" : "01.03.2024");
        }
        // a formula: never evaluated, and without a cached value the cell is empty
        int third = book.rowOf("Практики", "IMP-59-3");
        wb.getSheet("Практики")
                .getRow(third - 1)
                .createCell(book.column("Практики", "Число благополучателей, чел."))
                .setCellFormula("1000+2000");
        byte[] filled = book.bytes();
        String job = upload(filled, "perm");
        String done = waitFor(job);
        assertThat(JsonPath.<String>read(done, "$.status")).as(done).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(done, "$.result.created")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(done, "$.progress")).isEqualTo(JsonPath.<Integer>read(done, "$.total"));
        assertThat(count("IMP-59-%")).isEqualTo(3);

        String again = waitFor(upload(filled, "perm"));
        assertThat(JsonPath.<Integer>read(again, "$.result.unchanged")).isEqualTo(3);
        assertThat(count("IMP-59-%")).isEqualTo(3);

        byte[] exported = mvc.perform(
                        get("/api/v1/campaigns/2024/practices.xlsx").with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook export = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            assertThat(export.getSheet("Практики").getLastRowNum()).isGreaterThanOrEqualTo(3);
        }
        long before = count("%");
        String roundTrip = waitFor(upload(exported, "perm"));
        assertThat(JsonPath.<String>read(roundTrip, "$.status")).as(roundTrip).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(roundTrip, "$.result.created")).isZero();
        assertThat(JsonPath.<Integer>read(roundTrip, "$.result.updated")).isZero();
        assertThat(count("%")).isEqualTo(before);
    }

    @Test
    void aFileWithTwoBadRowsAmongFiftyImportsNothingAndReportsBoth() throws Exception {
        Workbooks book = Workbooks.empty();
        int kazan = 0;
        for (int i = 1; i <= 50; i++) {
            int row = book.practice("BAD-59-" + i, "Практика " + i, "01.03.2024");
            if (i == 17) {
                book.set("Практики", row, "ОКТМО ведущего МО", "92701000"); // Kazan: another region
                kazan = row;
            }
        }
        int money = book.rowOf("Финансирование", "BAD-59-33");
        book.set("Финансирование", money, "Сумма, руб.", "много денег"); // text in a number column
        String failed = waitFor(upload(book.bytes(), "perm"));
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<List<String>>read(failed, "$.errors[*].sheet"))
                .containsExactly("Практики", "Финансирование");
        assertThat(JsonPath.<List<Integer>>read(failed, "$.errors[*].row")).containsExactly(kazan, money);
        assertThat(JsonPath.<String>read(failed, "$.message")).contains("ничего не записано");
        assertThat(count("BAD-59-%")).isZero();
    }

    @Test
    void everyErrorOfEveryRowIsReportedAtOnceWithItsColumnAndValueAndNothingIsWritten() throws Exception {
        Workbooks book = Workbooks.empty();
        for (int i = 1; i <= 6; i++) {
            book.practice("ALL-59-" + i, "Практика " + i, "01.03.2024");
        }
        book.set("Практики", 3, "Механизм", "бартер"); // no such mechanism
        book.set("Практики", 3, "Начало реализации", "32.13.2024"); // no such date
        int result = book.rowOf("Результаты", "ALL-59-2");
        book.set("Результаты", result, "Год факта", "в прошлом году"); // a year in words
        book.set("Практики", 5, "Эл. почта", "не почта");
        book.set("Практики", 7, "ОКТМО ведущего МО", "92701000"); // Kazan: another region
        String failed = waitFor(upload(book.bytes(), "perm"));

        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<List<String>>read(failed, "$.errors[*].sheet"))
                .containsExactly("Практики", "Практики", "Практики", "Практики", "Результаты");
        assertThat(JsonPath.<List<Integer>>read(failed, "$.errors[*].row")).containsExactly(3, 3, 5, 7, result);
        assertThat(JsonPath.<List<String>>read(failed, "$.errors[*].column"))
                .containsExactly("Начало реализации", "Механизм", "Эл. почта", "ОКТМО ведущего МО*", "Год факта");
        assertThat(JsonPath.<List<String>>read(failed, "$.errors[*].value"))
                .containsExactly("32.13.2024", "бартер", "не почта", "92701000", "в прошлом году");
        assertThat(JsonPath.<String>read(failed, "$.message"))
                .contains("ничего не записано")
                .contains("В файле 6 практик, ошибки у 3 практик (всего 5 ошибок)");
        assertThat(count("ALL-59-%")).isZero();

        String page = mvc.perform(get("/jobs/" + JsonPath.read(failed, "$.id") + "/progress")
                        .with(actors.as("perm")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Найдено в ячейке", "бартер", "Год факта", "Результаты");
    }

    @Test
    void oneBadRowIsCountedInTheSingular() throws Exception {
        Workbooks book = Workbooks.empty();
        int row = book.practice("ONE-59-1", "Практика", "01.03.2024");
        book.set("Практики", row, "Название практики", null); // no title
        String failed = waitFor(upload(book.bytes(), "perm"));

        assertThat(JsonPath.<String>read(failed, "$.message"))
                .contains("В файле 1 практика, ошибки у 1 практики (всего 1 ошибка)");
        assertThat(JsonPath.<List<String>>read(failed, "$.errors[*].column")).containsExactly("Название практики*");
    }

    @Test
    void hostileFilesAreRefusedWithClearMessages() throws Exception {
        mvc.perform(multipart("/api/v1/campaigns/2024/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "practices.xlsx",
                                "application/octet-stream",
                                "%PDF-1.4 это PDF".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("perm", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("не книга Excel")));
        byte[] ole = new byte[64];
        ole[0] = (byte) 0xD0;
        ole[1] = (byte) 0xCF;
        mvc.perform(multipart("/api/v1/campaigns/2024/imports")
                        .file(new MockMultipartFile("file", "secret.xlsx", "application/octet-stream", ole))
                        .with(httpBasic("perm", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("зашифрован")));
        String bomb = waitFor(upload(zipBomb(), "perm"));
        assertThat(JsonPath.<String>read(bomb, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(bomb, "$.message")).contains("zip-бомбу");
        byte[] huge;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Практики");
            sheet.createRow(0).createCell(0).setCellValue("Внешний код*");
            for (int i = 1; i <= 11_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("X" + i);
            }
            huge = bytes(wb);
        }
        String tooMany = waitFor(upload(huge, "perm"));
        assertThat(JsonPath.<String>read(tooMany, "$.message")).contains("больше 10000 практик");
        mvc.perform(multipart("/api/v1/campaigns/2024/imports")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", huge))
                        .with(httpBasic("expert", "demo")))
                .andExpect(status().isForbidden());
        String noSheet;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Лист1").createRow(0).createCell(0).setCellValue("что-то");
            noSheet = waitFor(upload(bytes(wb), "perm"));
        }
        assertThat(JsonPath.<String>read(noSheet, "$.message")).contains("нет листа «Практики»");
    }

    private String upload(byte[] file, String user) throws Exception {
        String body = mvc.perform(multipart("/api/v1/campaigns/2024/imports")
                        .file(new MockMultipartFile("file", "practices.xlsx", "application/octet-stream", file))
                        .with(httpBasic(user, "demo")))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.jobId");
    }

    private String waitFor(String jobId) {
        return JobWaiter.waitFor(mvc, jobId, "perm");
    }

    private long count(String like) {
        return jdbc.sql("select count(*) from practice.practices where external_id like :l")
                .param("l", like)
                .query(Long.class)
                .single();
    }

    private static byte[] bytes(XSSFWorkbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
