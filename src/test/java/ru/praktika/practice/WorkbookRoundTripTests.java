package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.Actor;
import ru.praktika.support.JobWaiter;
import ru.praktika.support.LibreOffice;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;
import ru.praktika.support.Workbooks;

/**
 * The workbook loses nothing: cards with many results, links down to regional projects and indicators, several acts,
 * the contact's position and the fields added by the catalogue go out and come back unchanged; one edited cell changes
 * one field; a file saved again by LibreOffice (XLSX or ODS) imports exactly like the original. Region 75, so the
 * regional projects made here touch no other test.
 */
@PraktikaTest
class WorkbookRoundTripTests {

    static final String REGION = "75";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    PracticeService practices;

    @Autowired
    PracticeApi api;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    Actor admin;
    List<String> municipalities;

    @BeforeEach
    void setUp() {
        admin = actors.actor("admin");
        municipalities = jdbc.sql("select oktmo from territory.municipalities where region_code = :r and active"
                        + " order by oktmo limit 3")
                .param("r", REGION)
                .query(String.class)
                .list();
    }

    @Test
    void exportingAndImportingChangesNothingAndOneEditedCellChangesOneField() throws Exception {
        List<PracticeCard> made = List.of(rich("Экспорт без потерь 1", 5, 4, 3), rich("Экспорт без потерь 2", 1, 2, 0));
        byte[] exported = export();

        String same = importFile(exported, "practices.xlsx");
        assertThat(JsonPath.<String>read(same, "$.status")).as(same).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(same, "$.result.created")).isZero();
        assertThat(JsonPath.<Integer>read(same, "$.result.updated")).isZero();
        for (PracticeCard card : made) {
            assertThat(api.card(card.id()).orElseThrow()).isEqualTo(card);
        }

        // the same values written the way a person types them change nothing either
        Workbooks alike = Workbooks.open(exported);
        alike.set(
                "Финансирование",
                alike.rowOf("Финансирование", "#" + made.get(0).id()),
                "Сумма, руб.",
                "1 234 567,89");
        alike.set("Практики", alike.rowOf("Практики", "#" + made.get(0).id()), "Начало реализации", "29 февраля 2024");
        alike.set("Практики", alike.rowOf("Практики", "#" + made.get(0).id()), "Механизм", "гчп/мчп");
        String typed = importFile(alike.bytes(), "practices.xlsx");
        assertThat(JsonPath.<Integer>read(typed, "$.result.updated")).as(typed).isZero();
        assertThat(api.card(made.get(0).id()).orElseThrow()).isEqualTo(made.get(0));

        Workbooks book = Workbooks.open(exported);
        int row = resultRow(book, made.get(0).id(), 3);
        book.set("Результаты", row, "Фактическое значение", "77,5");
        String edited = importFile(book.bytes(), "practices.xlsx");
        assertThat(JsonPath.<String>read(edited, "$.status")).as(edited).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(edited, "$.result.updated")).isEqualTo(1);

        PracticeCard before = made.get(0);
        PracticeCard after = api.card(before.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        List<PracticeParts.ResultRow> expected = new ArrayList<>(before.results());
        PracticeParts.ResultRow r = expected.get(3);
        expected.set(
                3,
                new PracticeParts.ResultRow(
                        r.indicator(),
                        r.unit(),
                        r.baseValue(),
                        r.baseYear(),
                        r.targetValue(),
                        new BigDecimal("77.5"),
                        r.actualYear()));
        assertThat(CardTexts.of(after, CardTexts.Style.CODES))
                .isEqualTo(CardTexts.of(withResults(before, expected), CardTexts.Style.CODES));
        assertThat(after.links()).isEqualTo(before.links());
        assertThat(after.contactPosition()).isEqualTo(before.contactPosition());
        assertThat(api.card(made.get(1).id()).orElseThrow()).isEqualTo(made.get(1));
    }

    @Test
    void aFileSavedAgainByLibreOfficeAsXlsxOrOdsImportsLikeTheOriginal() throws Exception {
        PracticeCard card = rich("Сохранено в LibreOffice", 3, 2, 2);
        byte[] exported = export();
        byte[] xlsx = LibreOffice.convert(exported, "xlsx", "xlsx");
        byte[] ods = LibreOffice.convert(exported, "xlsx", "ods");
        for (byte[] file : List.of(xlsx, ods)) {
            String job = importFile(file, file == ods ? "practices.ods" : "practices.xlsx");
            assertThat(JsonPath.<String>read(job, "$.status")).as(job).isEqualTo("DONE");
            assertThat(JsonPath.<Integer>read(job, "$.result.created")).as(job).isZero();
            assertThat(JsonPath.<Integer>read(job, "$.result.updated")).as(job).isZero();
        }
        assertThat(api.card(card.id()).orElseThrow()).isEqualTo(card);

        // an official opens the export, gives it a merged title row and blank rows, edits a cell, saves it as ODS
        Workbooks book = Workbooks.open(exported);
        Sheet main = book.workbook().getSheet("Практики");
        int mainRow = book.rowOf("Практики", "#" + card.id());
        book.set("Практики", mainRow, "Должность", "заместитель главы");
        main.shiftRows(0, main.getLastRowNum(), 2);
        main.createRow(0).createCell(0).setCellValue("Практики Забайкальского края");
        main.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        Sheet results = book.workbook().getSheet("Результаты");
        results.createRow(results.getLastRowNum() + 3).createCell(3).setBlank();
        byte[] edited = LibreOffice.convert(book.bytes(), "xlsx", "ods");
        String job = importFile(edited, "practices.ods");
        assertThat(JsonPath.<String>read(job, "$.status")).as(job).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(job, "$.result.updated")).isEqualTo(1);
        PracticeCard after = api.card(card.id()).orElseThrow();
        assertThat(after.contactPosition()).isEqualTo("заместитель главы");
        assertThat(after.results()).isEqualTo(card.results());
        assertThat(after.links()).isEqualTo(card.links());
        assertThat(after.legalActs()).isEqualTo(card.legalActs());
    }

    @Test
    void aNewFileFilledInExcelAndSavedByLibreOfficeCreatesTheSameCards() throws Exception {
        Workbooks book = Workbooks.empty();
        for (int i = 1; i <= 3; i++) {
            book.practice("LO-75-" + i, "Практика из LibreOffice " + i, i == 2 ? "1 марта 2024" : "01.03.2024");
        }
        for (String sheet : List.of("Практики", "Участники")) {
            for (int r = 1; r <= book.workbook().getSheet(sheet).getLastRowNum(); r++) {
                String oktmo = sheet.equals("Практики") ? "ОКТМО ведущего МО" : "ОКТМО участника";
                book.set(sheet, r + 1, oktmo, municipalities.get(sheet.equals("Практики") ? 0 : 1));
            }
        }
        byte[] original = book.bytes();
        String fromOds = importFile(LibreOffice.convert(original, "xlsx", "ods"), "practices.ods");
        assertThat(JsonPath.<String>read(fromOds, "$.status")).as(fromOds).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(fromOds, "$.result.created")).isEqualTo(3);
        // the original says exactly what LibreOffice's copy said: every card unchanged
        String fromExcel = importFile(original, "practices.xlsx");
        assertThat(JsonPath.<Integer>read(fromExcel, "$.result.unchanged"))
                .as(fromExcel)
                .isEqualTo(3);
        long id = jdbc.sql("select id from practice.practices where region_code = :r and external_id = 'LO-75-2'")
                .param("r", REGION)
                .query(Long.class)
                .single();
        PracticeCard card = api.card(id).orElseThrow();
        assertThat(card.periodFrom()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(card.mechanism()).isEqualTo(Mechanism.CONCESSION);
        assertThat(card.totalFinancingRub()).isEqualByComparingTo("2000000");
        assertThat(card.municipalities()).containsExactly(municipalities.get(0), municipalities.get(1));
        assertThat(card.results().get(0).actualValue()).isEqualByComparingTo("12");
        assertThat(card.legalActs().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 10));
        // the first version written by the import is the card exactly as the site reads it
        String snapshot = jdbc.sql(
                        "select snapshot::text from practice.versions where practice_id = :id and version = 0")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(json.readTree(snapshot)).isEqualTo(json.readTree(json.writeValueAsString(card)));
        assertThat(jdbc.sql(
                                "select count(*) from audit.audit_events where action = 'practice.create' and object_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** A card with many rows in every group, made on the site. */
    private PracticeCard rich(String title, int resultCount, int linkCount, int actCount) throws Exception {
        long regional = regionalProject(title);
        long indicator = indicator(regional);
        List<PracticeParts.ResultRow> results = new ArrayList<>();
        for (int i = 0; i < resultCount; i++) {
            results.add(new PracticeParts.ResultRow(
                    "Показатель " + (i + 1),
                    "единица",
                    new BigDecimal(i + "1.25"),
                    2022,
                    new BigDecimal(100 + i),
                    new BigDecimal("9" + i + ".5"),
                    2024));
        }
        List<PracticeParts.LinkRow> links = new ArrayList<>();
        String[][] projects = {
            {"NP19-04", "NP19-04-FP03"}, {"NP19-04", "NP19-04-FP03"}, {"NP19-05", null}, {"NP19-12", null}
        };
        for (int i = 0; i < linkCount; i++) {
            links.add(PracticeParts.LinkRow.of(
                    projects[i][0],
                    projects[i][1],
                    i < 2 ? regional : null,
                    i == 0 ? indicator : null,
                    "Вклад " + (i + 1) + ": +5 дворов"));
        }
        List<PracticeParts.LegalActRow> acts = new ArrayList<>();
        for (int i = 0; i < actCount; i++) {
            acts.add(new PracticeParts.LegalActRow(
                    i == 0 ? "постановление" : "решение",
                    (10 + i) + "-п",
                    LocalDate.of(2024, 1, 10 + i),
                    "О практике «" + title + "»; пункт " + (i + 1)));
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("year", 2024);
        v.put("regionCode", REGION);
        v.put("leadMunicipality", municipalities.get(0));
        v.put("municipalities", List.of(municipalities.get(1), municipalities.get(2)));
        v.put("title", title);
        v.put("problem", "Проблема:\nдва абзаца, «кавычки» и = знак");
        v.put("goals", "=1+1 не формула");
        v.put("description", "Что сделано");
        v.put("periodFrom", LocalDate.of(2024, 2, 29));
        v.put("periodTo", LocalDate.of(2024, 12, 31));
        v.put(
                "financing",
                List.of(
                        new PracticeParts.FinancingRow(FinancingSource.FEDERAL, new BigDecimal("1234567.89")),
                        new PracticeParts.FinancingRow(FinancingSource.LOCAL, new BigDecimal("0.01")),
                        new PracticeParts.FinancingRow(FinancingSource.EXTRA_BUDGETARY, new BigDecimal("500000"))));
        v.put("mechanism", Mechanism.PPP);
        v.put("partners", "АНО «Партнёр»");
        v.put("beneficiaries", "Жители дворов");
        v.put("beneficiariesCount", 12500);
        v.put("results", results);
        v.put("legalActs", acts);
        v.put("links", links);
        v.put("replicability", "Подходит городским округам");
        v.put("lessons", "Риски");
        v.put("practiceUrl", "https://example.ru/praktika?id=1&a=b");
        v.put("contactName", "Иванова Мария Петровна");
        v.put("contactPosition", "начальник отдела");
        v.put("contactPhone", "+7 (3022) 35-00-00");
        v.put("contactEmail", "ivanova@example.ru");
        return practices.create(admin, CardTexts.create(PracticeDraft.class, v));
    }

    private static PracticeCard withResults(PracticeCard card, List<PracticeParts.ResultRow> results) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (var c : PracticeCard.class.getRecordComponents()) {
            v.put(c.getName(), CardTexts.value(card, c.getName()));
        }
        v.put("results", results);
        return CardTexts.create(PracticeCard.class, v);
    }

    /** The row on the results sheet of a card's n-th result (0-based). */
    private static int resultRow(Workbooks book, long id, int n) {
        List<Map<String, String>> rows = book.rows("Результаты");
        int seen = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (("#" + id).equals(rows.get(i).get("Внешний код*")) && seen++ == n) {
                return i + 2;
            }
        }
        throw new AssertionError("Нет результата " + n + " у практики " + id);
    }

    private long regionalProject(String title) throws Exception {
        String body = mvc.perform(post("/api/v1/regions/" + REGION + "/regional-projects")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"federalProject\": \"NP19-04-FP03\", \"name\": \"Дворы: " + title + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.<Number>read(body, "$.id").longValue();
    }

    private long indicator(long regionalProject) throws Exception {
        String body = mvc.perform(post("/api/v1/regional-projects/" + regionalProject + "/indicators")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Благоустроенные дворы\", \"unit\": \"единица\", \"baseYear\": 2022}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the answer is the regional project with its indicators; ours is the one just added
        List<Number> ids = JsonPath.read(body, "$.indicators[*].id");
        return ids.stream().mapToLong(Number::longValue).max().orElseThrow();
    }

    private byte[] export() throws Exception {
        return mvc.perform(get("/api/v1/campaigns/2024/practices.xlsx")
                        .param("region", REGION)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String importFile(byte[] file, String name) throws Exception {
        String body = mvc.perform(multipart("/api/v1/campaigns/2024/imports")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", file))
                        .param("region", REGION)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JobWaiter.waitFor(mvc, JsonPath.read(body, "$.jobId"), "admin");
    }
}
