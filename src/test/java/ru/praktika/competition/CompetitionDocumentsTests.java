package ru.praktika.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.competition.domain.Competitions;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * The commission's protocol of the demo's published 2024 results (DOCX and PDF, public) and the justification trail
 * (XLSX, the secretariat's): what they contain, read back, and who may download them.
 */
@PraktikaTest
class CompetitionDocumentsTests {

    static final int YEAR = 2024;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Competitions competitions;

    record Winner(String municipality, BigDecimal prize) {}

    private Winner firstWinner() {
        return jdbc.sql("""
                        select a.municipality_name, a.prize_rub from competition.applications a
                        join competition.competitions c on c.id = a.competition_id
                        where c.year = :y and a.status = 'WINNER' and a.place = 1
                        order by a.nomination_code, a.category limit 1
                        """)
                .param("y", YEAR)
                .query((rs, i) -> new Winner(rs.getString(1), rs.getBigDecimal(2)))
                .single();
    }

    /** Whitespace as one space, words broken at a hyphen joined again: text as a reader sees it. */
    private static String normalized(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").replace("- ", "-");
    }

    private void assertProtocol(String text) {
        Winner w = firstWinner();
        assertThat(text)
                .contains(normalized("Протокол заседания конкурсной комиссии Всероссийского конкурса «Лучшая"
                        + " муниципальная практика» 2024 года"))
                .contains("Порядок оценки", "РЕШИЛИ:", "Призовой фонд:")
                .contains(normalized("1 место — " + w.municipality()))
                .contains(normalized(RussianNumbers.format(w.prize(), 2) + " руб."));
        for (NominationView n : competitions.competition(YEAR).nominations()) {
            assertThat(text).contains(normalized(n.code() + ". " + n.shortTitle()));
        }
    }

    @Test
    void theProtocolIsPublicOncePublishedAndReadsBackAsDocxAndPdf() throws Exception {
        String name = URLEncoder.encode("Протокол конкурсной комиссии 2024", StandardCharsets.UTF_8)
                .replace("+", "%20");
        byte[] docx = mvc.perform(get("/competitions/2024/protocol.docx"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.startsWith("attachment"),
                                        org.hamcrest.Matchers.containsString(name + ".docx"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/protocol-2024.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertProtocol(normalized(extractor.getText()));
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(8);
        }

        byte[] pdf = mvc.perform(get("/api/v1/competitions/2024/protocol.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(name + ".pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target/protocol-2024.pdf"), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertProtocol(normalized(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)));
        }

        mvc.perform(get("/api/v1/competitions/2024/protocol.docx").with(httpBasic("tatarstan", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void noProtocolBeforeTheResultsAreConfirmed() throws Exception {
        mvc.perform(get("/api/v1/competitions/2027/protocol.pdf").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/competitions/2027/protocol.docx").with(actors.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/competitions/2027/protocol.docx")).andExpect(status().isNotFound());
    }

    /** Confirmed but not published: the secretariat's only (rolled back: MockMvc runs in the test's transaction). */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void confirmedResultsGiveTheSecretariatTheProtocolBeforePublication() throws Exception {
        assertThat(org.springframework.test.context.transaction.TestTransaction.isFlaggedForRollback())
                .isTrue();
        jdbc.sql("update competition.competitions set phase = 'RESULTS' where year = :y")
                .param("y", YEAR)
                .update();
        mvc.perform(get("/api/v1/competitions/2024/protocol.pdf").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/competitions/2024/protocol.docx").with(actors.as("admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/competitions/2024/protocol.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/competitions/2024/protocol.docx").with(httpBasic("perm", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTrailHasEveryScoreWithItsCommentTheRegionalDecisionsAndTheFormalPoints() throws Exception {
        byte[] xlsx = mvc.perform(get("/competitions/2024/trail.xlsx").with(actors.as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        long scores = jdbc.sql("""
                        select count(*) from competition.scores x
                        join competition.assignments s on s.id = x.assignment_id
                        join competition.applications a on a.id = s.application_id
                        join competition.competitions c on c.id = a.competition_id
                        where c.year = :y
                        """).param("y", YEAR).query(Long.class).single();
        long commented = jdbc.sql("""
                        select count(*) from competition.scores x
                        join competition.assignments s on s.id = x.assignment_id
                        join competition.applications a on a.id = s.application_id
                        join competition.competitions c on c.id = a.competition_id
                        where c.year = :y and coalesce(x.comment, '') <> ''
                        """).param("y", YEAR).query(Long.class).single();
        List<String> experts = jdbc.sql("select full_name from competition.experts")
                .query(String.class)
                .list();
        assertThat(scores).isGreaterThan(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Комментарий");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) scores);
            int withComment = 0;
            Set<String> named = new HashSet<>();
            for (Row r : sheet) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                named.add(r.getCell(5).getStringCellValue());
                if (r.getCell(9) != null && !r.getCell(9).getStringCellValue().isBlank()) {
                    withComment++;
                }
                assertThat(r.getCell(7).getNumericCellValue()).isBetween(1.0, 10.0);
                assertThat(r.getCell(10).getLocalDateTimeCellValue()).isNotNull();
            }
            assertThat(withComment).isEqualTo((int) commented).isGreaterThan(0);
            assertThat(experts).containsAll(named);

            Sheet regional = book.getSheetAt(1);
            boolean rejectedWithReason = false;
            boolean forwardedWithJustification = false;
            for (Row r : regional) {
                String decision = r.getCell(6) == null ? "" : r.getCell(6).getStringCellValue();
                boolean noted = r.getCell(8) != null
                        && !r.getCell(8).getStringCellValue().isBlank();
                rejectedWithReason |= decision.equals("отклонена") && noted;
                forwardedWithJustification |= decision.equals("направлена") && noted;
            }
            assertThat(rejectedWithReason).isTrue();
            assertThat(forwardedWithJustification).isTrue();

            Sheet formal = book.getSheetAt(2);
            assertThat(formal.getLastRowNum()).isGreaterThan(100);
            assertThat(formal.getRow(1).getCell(5).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void theTrailIsTheSecretariatsOnly() throws Exception {
        mvc.perform(get("/api/v1/competitions/2024/trail.xlsx")).andExpect(status().isUnauthorized());
        mvc.perform(get("/competitions/2024/trail.xlsx")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/competitions/2024/trail.xlsx").with(httpBasic("perm", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/competitions/2024/trail.xlsx").with(actors.as("perm")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/competitions/2024/trail.xlsx").with(httpBasic("expert", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/competitions/2024/trail.xlsx").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void thePagesLinkTheDocuments() throws Exception {
        String results = mvc.perform(get("/competitions/2024/results"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(results)
                .contains("/competitions/2024/protocol.docx", "/competitions/2024/protocol.pdf")
                .doesNotContain("trail.xlsx");
        String ranking = mvc.perform(get("/competitions/2024/ranking").with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ranking)
                .contains(
                        "/competitions/2024/protocol.docx",
                        "/competitions/2024/protocol.pdf",
                        "/competitions/2024/trail.xlsx");
    }
}
