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
import org.apache.poi.ss.usermodel.Row;
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
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheet("Инструкция")).isNotNull();
            assertThat(wb.getSheet("Списки").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("57");
            Sheet sheet = wb.getSheet("Практики");
            for (int i = 1; i <= 3; i++) {
                fill(
                        sheet.createRow(i),
                        "IMP-59-" + i,
                        "Практика из Excel " + i,
                        i == 2 ? "1 марта 2024" : "01.03.2024");
            }
            sheet.getRow(3).createCell(12).setCellFormula("1000+2000"); // a formula: never evaluated, no cached value
            filled = bytes(wb);
        }
        String job = upload(filled, "perm");
        String done = waitFor(job);
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("DONE");
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
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            assertThat(wb.getSheet("Практики").getLastRowNum()).isGreaterThanOrEqualTo(3);
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
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Практики");
            sheet.createRow(0).createCell(0).setCellValue("Внешний код*");
            for (int i = 1; i <= 50; i++) {
                Row row = sheet.createRow(i);
                fill(row, "BAD-59-" + i, "Практика " + i, "01.03.2024");
                if (i == 17) {
                    row.getCell(1).setCellValue("92701000"); // Kazan: another region
                }
                if (i == 33) {
                    row.createCell(14).setCellValue("много денег"); // text in a number column
                }
            }
            file = bytes(wb);
        }
        String failed = waitFor(upload(file, "perm"));
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<List<Integer>>read(failed, "$.errors[*].row")).containsExactlyInAnyOrder(18, 34);
        assertThat(JsonPath.<String>read(failed, "$.message")).contains("ничего не записано");
        assertThat(count("BAD-59-%")).isZero();
    }

    @Test
    void everyErrorOfEveryRowIsReportedAtOnceWithItsColumnAndValueAndNothingIsWritten() throws Exception {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Практики");
            sheet.createRow(0).createCell(0).setCellValue("Внешний код*");
            for (int i = 1; i <= 6; i++) {
                fill(sheet.createRow(i), "ALL-59-" + i, "Практика " + i, "01.03.2024");
            }
            Row three = sheet.getRow(2);
            three.getCell(9).setCellValue("бартер"); // no such mechanism
            three.getCell(7).setCellValue("32.13.2024"); // no such date
            three.getCell(22).setCellValue("в прошлом году"); // a year in words
            sheet.getRow(4).createCell(44).setCellValue("не почта");
            sheet.getRow(6).getCell(1).setCellValue("92701000"); // Kazan: another region
            file = bytes(wb);
        }
        String failed = waitFor(upload(file, "perm"));

        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<List<Integer>>read(failed, "$.errors[*].row")).containsExactly(3, 3, 3, 5, 7);
        assertThat(JsonPath.<List<String>>read(failed, "$.errors[*].column"))
                .containsExactly("Начало", "Механизм", "Результат 1: год факта", "Эл. почта", "ОКТМО ведущего МО*");
        assertThat(JsonPath.<List<String>>read(failed, "$.errors[*].value"))
                .containsExactly("32.13.2024", "бартер", "в прошлом году", "не почта", "92701000");
        assertThat(JsonPath.<String>read(failed, "$.message"))
                .contains("ничего не записано")
                .contains("В файле 6 строк, ошибки в 3 строках (всего 5 ошибок)");
        assertThat(count("ALL-59-%")).isZero();

        String page = mvc.perform(get("/jobs/" + JsonPath.read(failed, "$.id") + "/progress")
                        .with(actors.as("perm")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Найдено в ячейке", "бартер", "Результат 1: год факта");
    }

    @Test
    void oneBadRowIsCountedInTheSingular() throws Exception {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Практики");
            sheet.createRow(0).createCell(0).setCellValue("Внешний код*");
            fill(sheet.createRow(1), "ONE-59-1", "Практика", "01.03.2024");
            sheet.getRow(1).getCell(3).setBlank(); // no title
            file = bytes(wb);
        }
        String failed = waitFor(upload(file, "perm"));

        assertThat(JsonPath.<String>read(failed, "$.message"))
                .contains("В файле 1 строка, ошибки в 1 строке (всего 1 ошибка)");
        assertThat(JsonPath.<List<String>>read(failed, "$.errors[*].column")).containsExactly("Название*");
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
            for (int i = 0; i <= 11_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("X" + i);
            }
            huge = bytes(wb);
        }
        String tooMany = waitFor(upload(huge, "perm"));
        assertThat(JsonPath.<String>read(tooMany, "$.message")).contains("больше 10000 строк");
        mvc.perform(multipart("/api/v1/campaigns/2024/imports")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", huge))
                        .with(httpBasic("expert", "demo")))
                .andExpect(status().isForbidden());
    }

    private static void fill(Row row, String externalId, String title, String date) {
        String[] v = new String[45];
        v[0] = externalId;
        v[1] = "57735000";
        v[2] = "57727000";
        v[3] = title;
        v[4] = "Проблема жителей";
        v[5] = "Цели";
        v[6] = "Что сделано";
        v[7] = date;
        v[9] = "концессия";
        v[14] = "1 500 000";
        v[15] = "500000";
        v[16] = "Благоустроенные дворы";
        v[17] = "единица";
        v[18] = "2";
        v[19] = "2022";
        v[20] = "10";
        v[21] = "12";
        v[22] = "2024";
        v[30] = "NP19-04";
        v[31] = "NP19-04-FP03";
        v[36] = "постановление";
        v[37] = "15-п";
        v[38] = "10.01.2024";
        for (int c = 0; c < v.length; c++) {
            if (v[c] != null) {
                row.createCell(c).setCellValue(v[c]);
            }
        }
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
