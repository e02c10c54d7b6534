package ru.praktika.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.shared.FileTypes;
import ru.praktika.support.JobWaiter;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

@PraktikaTest
class ReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    com.github.kagkarlsson.scheduler.SchedulerClient scheduler;

    @Autowired
    ru.praktika.report.domain.Reports reports;

    @Test
    void theConsolidatedDocxHasNumberedHeadingsProjectTablesWithTheRightRowsChartsAndAColouredMap() throws Exception {
        String job = request("admin", "{\"year\":2024,\"kind\":\"CONSOLIDATED\",\"format\":\"DOCX\"}");
        String done = waitFor(job, "admin");
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("DONE");
        String url = JsonPath.read(done, "$.result.resultUrl");
        byte[] docx = mvc.perform(get(url).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("Content-Disposition", containsString("%D0%94%D0%BE%D0%BA"))) // «Док…»
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        save("consolidated.docx", docx);
        long reportId = ((Number) JsonPath.read(done, "$.result.reportId")).longValue();
        assertThat(jdbc.sql("select sha256 from report.reports where id = :id")
                        .param("id", reportId)
                        .query(String.class)
                        .single())
                .isEqualTo(FileTypes.sha256(docx));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<org.apache.xmlbeans.XmlError> problems = new ArrayList<>();
            boolean valid = doc.getDocument().validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(problems));
            assertThat(problems)
                    .as("document.xml follows the WordprocessingML schema")
                    .isEmpty();
            assertThat(valid).isTrue();
            List<String> h1 = new ArrayList<>();
            List<String> h2 = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyleID())) {
                    h1.add(p.getText());
                } else if ("Heading2".equals(p.getStyleID())) {
                    h2.add(p.getText());
                }
            }
            assertThat(h1)
                    .contains(
                            "1. Общие сведения",
                            "2. Практики по национальным проектам",
                            "3. Качество представленных практик",
                            "4. Межмуниципальное сотрудничество, концессии и ГЧП/МЧП",
                            "5. Практики, рекомендуемые к тиражированию",
                            "Приложение. Реестр принятых практик");
            assertThat(h2).anyMatch(h -> h.startsWith("2.1. Национальный проект «"));
            assertThat(doc.getStyles()
                            .getStyle("Heading1")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl())
                    .as("Word's navigation pane shows headings with an outline level")
                    .isNotNull();

            Map<String, Integer> tablesByNationalProject = new HashMap<>();
            Map<String, Integer> rowsByFederalProject = new HashMap<>();
            String caption = null;
            int registerRows = -1;
            Pattern projectTable =
                    Pattern.compile("^Таблица \\d+ – Практики, связанные с национальным проектом «(.+)», по федеральным"
                            + " проектам$");
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    caption = p.getText();
                    assertThat(caption)
                            .as("no codes of projects where people read")
                            .doesNotContainPattern("NP\\d\\d|FP\\d\\d");
                } else if (e instanceof XWPFTable t && caption != null) {
                    Matcher m = projectTable.matcher(caption);
                    if (m.find()) {
                        String np = m.group(1);
                        tablesByNationalProject.merge(np, 1, Integer::sum);
                        String fp = null;
                        for (int r = 1; r < t.getNumberOfRows(); r++) {
                            if (t.getRow(r).getTableCells().size() == 1) {
                                fp = t.getRow(r).getCell(0).getText();
                            } else {
                                rowsByFederalProject.merge(np + " / " + fp, 1, Integer::sum);
                            }
                        }
                    }
                    if (caption.startsWith("Таблица") && caption.contains("Реестр принятых практик")) {
                        registerRows = t.getNumberOfRows() - 1;
                    }
                }
            }
            assertThat(tablesByNationalProject)
                    .as("chapter 2 has one table per national project")
                    .hasSizeGreaterThan(3)
                    .allSatisfy((np, tables) -> assertThat(tables).isEqualTo(1));
            Map<String, Integer> expected = new HashMap<>();
            jdbc.sql("""
                            select n.name, f.name, count(distinct p.id) from practice.practices p
                            join practice.links l on l.practice_id = p.id
                            join nationalproject.national_projects n on n.code = l.national_code
                            join nationalproject.federal_projects f
                              on f.code = l.federal_code and f.national_code = l.national_code
                            where p.year = 2024 and p.status in ('ACCEPTED', 'PUBLISHED')
                            group by n.name, f.name
                            """)
                    .query((rs, i) -> expected.put(
                            rs.getString(1) + " / Федеральный проект «" + rs.getString(2) + "»", rs.getInt(3)))
                    .list();
            assertThat(expected)
                    .as("the demo has accepted practices in several federal projects")
                    .hasSizeGreaterThan(3);
            assertThat(rowsByFederalProject)
                    .as("each federal project's practices under its sub-heading in its national project's table")
                    .containsAllEntriesOf(expected);
            assertThat(rowsByFederalProject.keySet())
                    .allMatch(k -> expected.containsKey(k) || k.endsWith(" / Федеральный проект не указан"));
            assertThat(registerRows).isEqualTo(accepted2024());
            assertThat(entry(docx, "word/settings.xml") + entry(docx, "word/document.xml"))
                    .as("Word does not ask to update fields on opening")
                    .doesNotContain("updateFields")
                    .doesNotContain("w:dirty");
            List<String> contents = doc.getParagraphs().stream()
                    .filter(p -> "TOC1".equals(p.getStyleID()) || "TOC2".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(contents)
                    .as("the contents show the page of every heading")
                    .hasSizeGreaterThan(10)
                    .allMatch(line -> line.matches(".+\\t\\d+$"));
            assertThat(contents.get(0)).matches("1\\. Общие сведения\\t3");

            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertThat(pictures).hasSizeGreaterThanOrEqualTo(4);
            BufferedImage map =
                    ImageIO.read(new ByteArrayInputStream(pictures.get(0).getData()));
            assertThat(bluePixels(map))
                    .as("regions with practices are coloured")
                    .isGreaterThan(20_000);
            assertThat(text(doc)).contains("Рисунок 1 – Число принятых практик по субъектам Российской Федерации");
            assertThat(text(doc))
                    .as("the map has all 89 subjects: no note about subjects missing from it")
                    .doesNotContain("Примечание.");
        }

        String again =
                waitFor(request("admin", "{\"year\":2024,\"kind\":\"CONSOLIDATED\",\"format\":\"DOCX\"}"), "admin");
        assertThat(JsonPath.<String>read(again, "$.result.sha256"))
                .as("the same data gives the same file")
                .isEqualTo(FileTypes.sha256(docx));
    }

    @Test
    void theConsolidatedPdfHasCyrillicHeadingsAndNumbersInRussianFormat() throws Exception {
        String done =
                waitFor(request("admin", "{\"year\":2024,\"kind\":\"CONSOLIDATED\",\"format\":\"PDF\"}"), "admin");
        byte[] pdf = download(done, "admin");
        save("consolidated.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(doc).replace('\u00a0', ' ').replaceAll("[ \\t]*\\R[ \\t]*", " ");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc).replaceAll("\\s+", " "))
                    .contains("ДОКЛАД О ЛУЧШИХ МУНИЦИПАЛЬНЫХ ПРАКТИКАХ");
            assertThat(all)
                    .contains("Содержание", "1. Общие сведения", "2. Практики по национальным проектам")
                    .contains("Таблица 1 – Основные показатели отчётной кампании 2024 года")
                    .contains("Рисунок 1 – Число принятых практик по субъектам Российской Федерации")
                    .contains("Причины возврата на доработку по правилам качества")
                    .contains("Уточните фактические значения показателя");
            assertThat(all).containsPattern("\\d+,\\d млн руб\\.");
            assertThat(all).containsPattern("\\d{1,3} \\d{3},\\d");
            assertThat(all).containsPattern("\\d+,\\d %");
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont font =
                            page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as("font %s is embedded", font.getName())
                            .isTrue();
                }
            }
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children())
                    .as("bookmarks for the headings")
                    .isNotEmpty();
        }
    }

    /**
     * Every line of the PDF, split at spaces, is made of whole words of the document (its DOCX twin has the same text):
     * a word broken inside a table cell («фактическ|ое») would leave pieces that are no word of the report. Pieces of
     * hyphenated words («Ханты-|Мансийский») are allowed, as are page numbers and «Продолжение таблицы N».
     */
    @Test
    void theConsolidatedPdfBreaksNoWordInATableCutsNoNumberAndIsSetInLiberationSerif() throws Exception {
        byte[] pdf = download(
                waitFor(request("admin", "{\"year\":2024,\"kind\":\"CONSOLIDATED\",\"format\":\"PDF\"}"), "admin"),
                "admin");
        byte[] docx = download(
                waitFor(request("admin", "{\"year\":2024,\"kind\":\"CONSOLIDATED\",\"format\":\"DOCX\"}"), "admin"),
                "admin");
        java.util.Set<String> words = new java.util.HashSet<>();
        String docxText;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                        new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            docxText = extractor.getText();
        }
        for (String word : docxText.split("\\s+")) {
            words.add(word);
            words.add(word.toUpperCase(java.util.Locale.ROOT)); // the title page is in capitals
            for (String part : word.split("(?<=-)")) {
                words.add(part);
                words.add(part.toUpperCase(java.util.Locale.ROOT));
            }
        }
        words.add("Продолжение");
        words.add("таблицы");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int n = 1; n <= Math.max(500, doc.getNumberOfPages()); n++) {
                words.add(String.valueOf(n));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> broken = new ArrayList<>();
            int lines = 0;
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                for (String line : stripper.getText(doc).split("\\R")) {
                    lines++;
                    for (String piece : line.strip().split("[ \\t]+")) {
                        if (!piece.isEmpty() && !words.contains(piece)) {
                            broken.add("page " + page + ": «" + piece + "» in «" + line.strip() + "»");
                        }
                    }
                }
            }
            assertThat(lines).isGreaterThan(1000);
            assertThat(broken).as("pieces of broken words").isEmpty();

            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Продолжение таблицы");
            assertThat(all + docxText)
                    .as("no text is cut inside a number («620…»)")
                    .doesNotContainPattern("\\d[\\s\\u00a0]?…");
            assertThat(all.replace('\u00a0', ' ')).doesNotContain("Примечание. Карта");

            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont font =
                            page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as("font %s is embedded", font.getName())
                            .isTrue();
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts)
                    .as("the PDF is set in Liberation Serif, metric-compatible with the DOCX's Times New Roman")
                    .containsOnly("LiberationSerif", "LiberationSerif-Bold");
            assertThat(docxText).doesNotContain("DejaVu");
        }
    }

    @Test
    void theCollectionOfARegionHasOnePracticePerSectionWithResultsAndContacts() throws Exception {
        String done = waitFor(
                request("admin", "{\"year\":2024,\"kind\":\"COLLECTION\",\"format\":\"DOCX\",\"regionCode\":\"59\"}"),
                "admin");
        byte[] docx = download(done, "admin");
        save("collection-59.docx", docx);
        int expected = jdbc.sql("select count(*) from practice.practices where year = 2024 and region_code = '59'"
                        + " and status in ('ACCEPTED', 'PUBLISHED')")
                .query(Integer.class)
                .single();
        assertThat(expected).isPositive();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            long practices = doc.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyleID()))
                    .count();
            assertThat(practices).isEqualTo(expected);
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID())))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("1. Приволжский федеральный округ");
            assertThat(text(doc))
                    .contains("Контакты:")
                    .contains("Результаты практики «")
                    .as("a field declared in the card catalogue reaches the collection")
                    .contains("Число благополучателей, чел.:");
        }

        String byProject = waitFor(
                request(
                        "admin",
                        "{\"year\":2024,\"kind\":\"COLLECTION\",\"format\":\"PDF\",\"federalDistrict\":\"Приволжский\","
                                + "\"groupBy\":\"NATIONAL_PROJECT\"}"),
                "admin");
        byte[] pdf = download(byProject, "admin");
        save("collection.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("СБОРНИК ЛУЧШИХ МУНИЦИПАЛЬНЫХ ПРАКТИК").contains("1. Национальный проект «");
        }
    }

    @Test
    void aYearWithoutAcceptedPracticesIsRefusedWithAClearMessageAndNothingIsQueued() throws Exception {
        long before = jdbc.sql("select count(*) from report.reports")
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2021,\"kind\":\"CONSOLIDATED\",\"format\":\"PDF\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("За 2021 год нет принятых практик")));
        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2024,\"kind\":\"REPORTISH\",\"format\":\"PDF\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2024,\"format\":\"PDF\",\"federalDistrict\":\"Марсианский\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind", containsString("Выберите вид")))
                .andExpect(jsonPath("$.errors.federalDistrict", containsString("Марсианский")));
        assertThat(jdbc.sql("select count(*) from report.reports")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aCouncilMakesReportsOfItsOwnRegionOnlyAndSeesOnlyItsOwn() throws Exception {
        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2024,\"kind\":\"COLLECTION\",\"format\":\"PDF\",\"regionCode\":\"16\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("expert", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2024,\"kind\":\"COLLECTION\",\"format\":\"PDF\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2024,\"kind\":\"COLLECTION\",\"format\":\"PDF\"}"))
                .andExpect(status().isUnauthorized());

        String body = mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2024,\"kind\":\"CONSOLIDATED\",\"format\":\"DOCX\"}"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String done = waitFor(JsonPath.read(body, "$.jobId"), "perm");
        long own = ((Number) JsonPath.read(done, "$.result.reportId")).longValue();
        mvc.perform(get("/api/v1/reports/" + own).with(httpBasic("perm", "demo")))
                .andExpect(jsonPath("$.regionCode").value("59"));

        String adminJob =
                request("admin", "{\"year\":2024,\"kind\":\"COLLECTION\",\"format\":\"DOCX\",\"regionCode\":\"59\"}");
        long adminReport = ((Number) JsonPath.read(waitFor(adminJob, "admin"), "$.result.reportId")).longValue();
        mvc.perform(get("/api/v1/reports/" + adminReport + "/file").with(httpBasic("perm", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/jobs/" + adminJob).with(httpBasic("perm", "demo")))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/reports").with(httpBasic("perm", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$[*].requestedBy")).containsOnly("perm");
        assertThat(jdbc.sql(
                                "select count(*) from audit.audit_events where action = 'report.request' and object_id = :id")
                        .param("id", String.valueOf(own))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void thePageFormKeepsWhatWasTypedWhenTheYearHasNoPractices() throws Exception {
        mvc.perform(post("/reports")
                        .with(actors.as("admin"))
                        .with(csrf())
                        .param("year", "2021")
                        .param("kind", "COLLECTION")
                        .param("format", "PDF")
                        .param("nationalProject", "NP19-04"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("За 2021 год нет принятых практик")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("value=\"2021\"")));
        String started = mvc.perform(post("/reports")
                        .with(actors.as("admin"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("kind", "COLLECTION")
                        .param("format", "PDF")
                        .param("regionCode", "59"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(started).matches("/reports\\?started=\\d+");
        mvc.perform(get(started).with(actors.as("admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Сборник 2024 года, PDF")));
        mvc.perform(get("/reports/preview")
                        .with(actors.as("admin"))
                        .param("year", "2024")
                        .param("kind", "CONSOLIDATED")
                        .param("format", "DOCX"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Рейтинг субъектов Российской Федерации по качеству практик")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("data:image/png;base64,")));
    }

    @Test
    void aFinishedReportShowsOnceOnTheReportsPage() throws Exception {
        String started = mvc.perform(post("/reports")
                        .with(actors.as("admin"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("kind", "COLLECTION")
                        .param("format", "DOCX")
                        .param("regionCode", "59"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(started.replaceAll("\\D+", ""));
        String job = jdbc.sql("select job_id::text from report.reports where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        waitFor(job, "admin");
        String file = "/api/v1/reports/" + id + "/file";

        String page = mvc.perform(get(started).with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.split("id=\"started\"", -1))
                .as("one row for the started report")
                .hasSize(2);
        assertThat(page).doesNotContain("id=\"report-" + id + "\"").doesNotContain(file);
        assertThat(page.split("/jobs/" + job + "/progress", -1))
                .as("its progress, which ends with its file")
                .hasSize(2);
        assertThat(mvc.perform(get("/jobs/" + job + "/progress").with(actors.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .split(file, -1))
                .hasSize(2);

        String later = mvc.perform(get("/reports").with(actors.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(later.split(file, -1)).as("the file once in the list").hasSize(2);
    }

    @Test
    void aReportWhoseJobCrashesCutOffThreeTimesEndsFailedAndItsFileSaysSoInRussian() throws Exception {
        java.util.UUID job = java.util.UUID.randomUUID();
        long report = jdbc.sql("insert into report.reports (kind, format, year, scope, requested_by, job_id)"
                        + " values ('CONSOLIDATED', 'PDF', 2024, 'все субъекты', 'admin', :job) returning id")
                .param("job", job)
                .query(Long.class)
                .single();
        // three instances died while running it: the fourth start gives up instead of trying forever
        jdbc.sql(
                        "insert into jobs.jobs (id, kind, owner, status, attempts, actor, params)"
                                + " values (:id, 'report', 'admin', 'RUNNING', 3, cast(:actor as jsonb), cast(:params as jsonb))")
                .param("id", job)
                .param("actor", "{\"userId\":1,\"username\":\"admin\",\"roles\":[\"ADMIN\"]}")
                .param("params", "{\"reportId\":\"" + report + "\"}")
                .update();
        scheduler.scheduleIfNotExists(
                com.github.kagkarlsson.scheduler.task.TaskDescriptor.of("praktika-job")
                        .instance(job.toString())
                        .build(),
                java.time.Instant.now());

        String done = JobWaiter.waitFor(mvc, job.toString(), "admin");
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(done, "$.message")).contains("прерывалось остановкой сервера 3 раза");
        assertThat(jdbc.sql("select status from report.reports where id = :id")
                        .param("id", report)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
        mvc.perform(get("/api/v1/reports/" + report + "/file").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("не сформирован")))
                .andExpect(jsonPath("$.detail", containsString("Сформируйте его заново")));
    }

    @Test
    void filesLeftByReportsCutOffByACrashAreRemovedAtStartButNotThoseOfReportsInWork() throws Exception {
        long ended = jdbc.sql("insert into report.reports (kind, format, year, scope, requested_by, status)"
                        + " values ('CONSOLIDATED', 'PDF', 2024, 'все', 'admin', 'FAILED') returning id")
                .query(Long.class)
                .single();
        long inWork = jdbc.sql("insert into report.reports (kind, format, year, scope, requested_by)"
                        + " values ('CONSOLIDATED', 'PDF', 2024, 'все', 'admin') returning id")
                .query(Long.class)
                .single();
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "praktika-reports");
        Files.createDirectories(dir);
        Path leftover = Files.writeString(dir.resolve("report-" + ended + ".pdf"), "%PDF-обрывок");
        Path running = Files.writeString(dir.resolve("report-" + inWork + ".pdf"), "%PDF-пишется");

        reports.removeLeftoverFiles();

        assertThat(leftover).doesNotExist();
        assertThat(running).exists();
        jdbc.sql("update report.reports set status = 'FAILED' where id = :id")
                .param("id", inWork)
                .update();
        Files.deleteIfExists(running);
    }

    @Test
    void aRegionOutsideTheChosenDistrictIsRefusedNotTurnedIntoTheWholeCountry() throws Exception {
        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2024,\"kind\":\"CONSOLIDATED\",\"format\":\"PDF\",\"regionCode\":\"59\","
                                + "\"federalDistrict\":\"Сибирский\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.federalDistrict", containsString("Пермский край не входит в Сибирский")));
    }

    @Test
    void aCouncilSeesItsOwnRegionInTheFormAndAForeignRegionGetsAMessageNotAnErrorPage() throws Exception {
        String page = mvc.perform(get("/reports").with(actors.as("perm")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.replaceAll("\\s+", " "))
                .contains("<option value=\"59\" selected=\"selected\">Пермский край</option>");
        assertThat(page).doesNotContain("<option value=\"16\"");
        mvc.perform(post("/reports")
                        .with(actors.as("perm"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("kind", "COLLECTION")
                        .param("format", "PDF")
                        .param("regionCode", "16"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("только по своему субъекту")));
    }

    @Test
    void onePersonHasAtMostThreeReportsInWork() throws Exception {
        for (int i = 0; i < 3; i++) {
            jdbc.sql("insert into report.reports (kind, format, year, scope, requested_by) values"
                            + " ('COLLECTION', 'PDF', 2024, 'все субъекты', 'tatarstan')")
                    .update();
        }
        mvc.perform(post("/api/v1/reports")
                        .with(httpBasic("tatarstan", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2024,\"kind\":\"COLLECTION\",\"format\":\"PDF\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Уже формируются ваши доклады (3)")));
        jdbc.sql("delete from report.reports where requested_by = 'tatarstan'").update();
    }

    private int accepted2024() {
        return jdbc.sql(
                        "select count(*) from practice.practices where year = 2024 and status in ('ACCEPTED', 'PUBLISHED')")
                .query(Integer.class)
                .single();
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the file");
    }

    private static long bluePixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getBlue() > c.getRed() + 40) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String text(XWPFDocument doc) {
        StringBuilder s = new StringBuilder();
        doc.getParagraphs().forEach(p -> s.append(p.getText()).append('\n'));
        return s.toString();
    }

    private String request(String user, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/reports")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.jobId");
    }

    private byte[] download(String done, String user) throws Exception {
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("DONE");
        return mvc.perform(
                        get(JsonPath.<String>read(done, "$.result.resultUrl")).with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String waitFor(String jobId, String user) {
        return JobWaiter.waitFor(mvc, jobId, user);
    }

    /** Keeps the files in target/reports for looking at them (pdftoppm). */
    private static void save(String name, byte[] content) throws Exception {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }
}
