package ru.praktika.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xml.sax.InputSource;
import ru.praktika.library.domain.LibraryIndex;
import ru.praktika.library.domain.OpenData;
import ru.praktika.library.domain.OpenDataFiles;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeParts;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data (issue #15, part 5): the CSV and the XLSX read back with the same rows and columns as the JSON, the data
 * dictionary names every column, the CSV opens in Russian Excel, the sitemap and robots.txt, conditional GETs for the
 * public and none for signed-in users.
 */
@PraktikaTest
class OpenDataTests {

    /** A text that needs every rule of RFC 4180: the separator, quotes and a line break. */
    static final String TRICKY = "Дворы; подъезды и «скверы», а ещё \"кавычки\"\nи вторая строка";

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeService practices;

    @Autowired
    TestActors actors;

    @Autowired
    LibraryIndex index;

    @Autowired
    JsonMapper json;

    @Autowired
    OpenDataFiles files;

    @Autowired
    JdbcClient jdbc;

    long tricky;
    long plain;

    @BeforeEach
    void publishTwoPractices() {
        java.sql.Timestamp start =
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1));
        tricky = publish(new PracticeDraft(
                2022,
                "59",
                "57735000",
                List.of(),
                "Открытые данные: дворы; «кавычки»",
                "Проблема открытых данных",
                "Цели",
                TRICKY,
                null,
                null,
                List.of(
                        new PracticeParts.FinancingRow(FinancingSource.LOCAL, new BigDecimal("300000")),
                        new PracticeParts.FinancingRow(FinancingSource.EXTRA_BUDGETARY, new BigDecimal("100000.50"))),
                Mechanism.PPP,
                null,
                null,
                null,
                List.of(new PracticeParts.ResultRow(
                        "Благоустроенные дворы", "ед.", new BigDecimal("12"), 2021, null, new BigDecimal("48"), 2022)),
                List.of(),
                Drafts.link("NP19-04", "NP19-04-FP03"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        plain = publish(Drafts.draft(
                2022,
                "59",
                "57735000",
                "Открытые данные: простая практика",
                "Проблема",
                "Цели",
                "Сделано",
                Drafts.link("NP19-04", "NP19-04-FP03")));
        // the library's own listeners index them after the commits; the exports below must not race them
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        jdbc.sql("""
                                select count(*) from events.event_publication
                                where listener_id like '%LibraryIndex%' and publication_date >= :start
                                """).param("start", start).query(Long.class).single() == 0);
        index.refresh(List.of(tricky, plain));
    }

    private long publish(PracticeDraft draft) {
        return Drafts.publish(practices, actors.actor("perm"), actors.actor("admin"), draft)
                .id();
    }

    // ---- the round trip

    @Test
    void theCsvAndTheXlsxReadBackWithTheSameRowsAndColumnsAsTheJson() throws Exception {
        List<String> names =
                OpenData.dictionary().stream().map(OpenDataColumn::name).toList();
        List<String> types =
                OpenData.dictionary().stream().map(OpenDataColumn::type).toList();

        Table fromJson = json(body(get("/opendata/practices.json")), names, types);
        Table fromCsv = csv(body(get("/opendata/practices.csv")), types);
        Table fromXlsx = xlsx(body(get("/opendata/practices.xlsx")), types);
        Table fromApi = json(body(get("/api/v1/opendata/practices")), names, types);

        assertThat(fromCsv.header()).isEqualTo(names);
        assertThat(fromXlsx.header()).isEqualTo(names);
        assertThat(fromJson.rows()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(fromCsv.rows()).isEqualTo(fromJson.rows());
        assertThat(fromXlsx.rows()).isEqualTo(fromJson.rows());
        assertThat(fromApi.rows()).isEqualTo(fromJson.rows());

        // the values themselves, for the practice with every kind of field
        Map<String, String> row = fromJson.row(names, tricky);
        assertThat(row)
                .containsEntry("title", "Открытые данные: дворы; «кавычки»")
                .containsEntry("year", "2022")
                .containsEntry("regionCode", "59")
                .containsEntry("regionName", "Пермский край")
                .containsEntry("federalDistrict", "Приволжский")
                .containsEntry("leadOktmo", "57735000")
                .containsEntry("description", TRICKY)
                .containsEntry("results", "Благоустроенные дворы: 12 → 48 ед. (2022)")
                .containsEntry("nationalProjectCodes", "NP19-04")
                .containsEntry("federalProjectCodes", "NP19-04-FP03")
                .containsEntry("mechanism", "ГЧП/МЧП")
                .containsEntry("interMunicipal", "нет")
                .containsEntry("totalFinancingRub", "400000.5")
                .containsEntry("extraBudgetaryShare", "0.25")
                .containsEntry("adoptions", "0")
                .containsEntry("url", "http://localhost/library/practices/" + tricky);
        assertThat(row.get("nationalProjectNames")).isNotBlank().isNotEqualTo("NP19-04");
        assertThat(row.get("federalProjectNames")).isNotBlank().isNotEqualTo("NP19-04-FP03");
        assertThat(row.get("municipalityType")).isNotBlank();
        assertThat(row.get("publishedAt")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(fromJson.row(names, plain))
                .containsEntry("mechanism", "бюджет")
                .containsEntry("extraBudgetaryShare", "0")
                .containsEntry("award", "")
                .containsEntry("results", "");
    }

    @Test
    void theDictionaryNamesEveryColumnOfEveryExport() throws Exception {
        JsonNode dictionary = json.readTree(body(get("/opendata/dictionary.json")));
        JsonNode api = json.readTree(body(get("/api/v1/opendata/dictionary")));
        assertThat(api).isEqualTo(dictionary);
        List<String> named = new ArrayList<>();
        for (JsonNode column : dictionary) {
            named.add(column.get("name").asString());
            assertThat(column.get("description").asString()).matches(".*[А-Яа-я].*");
            assertThat(column.get("type").asString()).isIn("integer", "number", "string", "date");
        }

        JsonNode rows = json.readTree(body(get("/opendata/practices.json")));
        for (JsonNode row : rows) {
            List<String> keys = new ArrayList<>();
            row.propertyNames().forEach(keys::add);
            assertThat(keys).isEqualTo(named);
        }
        assertThat(csv(body(get("/opendata/practices.csv")), types(named)).header())
                .isEqualTo(named);
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(body(get("/opendata/practices.xlsx"))))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).isEqualTo(named);
            Sheet sheet = workbook.getSheet("Словарь");
            List<String> described = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                described.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(described).isEqualTo(named);
        }

        // the page shows the same dictionary, the licence and the links
        String page = new String(body(get("/opendata")), StandardCharsets.UTF_8);
        for (String name : named) {
            assertThat(page).contains("<code>" + name + "</code>");
        }
        assertThat(page)
                .contains("Creative Commons «Атрибуция», международная лицензия версии 4 (CC BY)")
                .contains("creativecommons.org/licenses/by/4.0")
                .contains("/opendata/practices.csv")
                .contains("/opendata/practices.xlsx")
                .contains("/opendata/practices.json")
                .contains("<meta property=\"og:url\" content=\"http://localhost/opendata\">")
                .contains("<meta property=\"og:title\" content=\"Открытые данные\">")
                .contains("<meta property=\"og:site_name\" content=\"Практика\">")
                .contains("property=\"og:description\"");
    }

    private static List<String> types(List<String> names) {
        Map<String, String> byName =
                OpenData.dictionary().stream().collect(Collectors.toMap(OpenDataColumn::name, OpenDataColumn::type));
        return names.stream().map(byName::get).toList();
    }

    @Test
    void theCsvOpensInRussianExcel() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/opendata/practices.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf("\r\n"));
        assertThat(header)
                .isEqualTo(String.join(
                        ";",
                        OpenData.dictionary().stream().map(OpenDataColumn::name).toList()));
        assertThat(text).endsWith("\r\n");
        // every record ends with CRLF; a field with «;», quotes or a line break is quoted, its quotes doubled
        assertThat(text).contains(";\"Дворы; подъезды и «скверы», а ещё \"\"кавычки\"\"\nи вторая строка\";");
        assertThat(text).contains(";400000,50;0,2500;");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r");
    }

    // ---- the kept downloads

    @Test
    void aDownloadIsKeptUntilTheLibraryChanges() throws Exception {
        String title = "Открытые данные: простая практика";
        assertThat(new String(body(get("/opendata/practices.csv")), StandardCharsets.UTF_8))
                .contains(title);
        byte[] json = body(get("/opendata/practices.json"));
        assertThat(files.kept()).isGreaterThanOrEqualTo(2);

        // an entry changed behind the library's back (no new generation): the kept files are sent as they are
        jdbc.sql("update library.entries set title = 'Переименована втихую' where practice_id = :id")
                .param("id", plain)
                .update();
        try {
            assertThat(new String(body(get("/opendata/practices.csv")), StandardCharsets.UTF_8))
                    .contains(title)
                    .doesNotContain("Переименована втихую");
            assertThat(body(get("/opendata/practices.json"))).isEqualTo(json);
            assertThat(body(get("/api/v1/opendata/practices"))).isEqualTo(json);

            // a new generation: written again, and the older file of the format is gone
            long kept = files.kept();
            jdbc.sql("update library.state set generation = generation + 1, changed_at = now() where id = 1")
                    .update();
            assertThat(new String(body(get("/opendata/practices.csv")), StandardCharsets.UTF_8))
                    .contains("Переименована втихую");
            assertThat(files.kept()).isEqualTo(kept);
        } finally {
            index.refresh(List.of(plain));
        }
        assertThat(new String(body(get("/opendata/practices.csv")), StandardCharsets.UTF_8))
                .contains(title)
                .doesNotContain("Переименована втихую");
    }

    // ---- the filters of the API

    @Test
    void theApiFiltersByYearAndRegionAndRefusesAnUnknownRegion() throws Exception {
        JsonNode rows = json.readTree(
                body(get("/api/v1/opendata/practices").param("year", "2022").param("region", "59")));
        List<Long> ids = new ArrayList<>();
        for (JsonNode row : rows) {
            assertThat(row.get("year").asInt()).isEqualTo(2022);
            assertThat(row.get("regionCode").asString()).isEqualTo("59");
            ids.add(row.get("id").asLong());
        }
        assertThat(ids).contains(tricky, plain).isSorted();
        assertThat(json.readTree(body(get("/api/v1/opendata/practices").param("year", "2021")))
                        .findValuesAsString("id"))
                .doesNotContain(String.valueOf(tricky));

        mvc.perform(get("/api/v1/opendata/practices").param("region", "99"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.detail", org.hamcrest.Matchers.containsString("«99» не найден")));
        mvc.perform(get("/api/v1/opendata/practices").param("year", "1900")).andExpect(status().isBadRequest());
    }

    // ---- sitemap and robots

    @Test
    void theSitemapListsThePracticeAndRobotsPointsToIt() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("application/xml");
        String xml = response.getContentAsString(StandardCharsets.UTF_8);
        // well-formed, and in the sitemap namespace
        var document = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(document.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(xml)
                .contains("<loc>http://localhost/</loc>")
                .contains("<loc>http://localhost/library</loc>")
                .contains("<loc>http://localhost/opendata</loc>")
                .contains("<loc>http://localhost/competitions</loc>")
                .contains("<loc>http://localhost/regions/59</loc>")
                .containsPattern("<url><loc>http://localhost/library/practices/" + tricky
                        + "</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z</lastmod></url>");
        mvc.perform(get("/sitemap.xml").param("part", "2")).andExpect(status().isNotFound());

        String robots = mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(robots.lines().toList())
                .contains(
                        "User-agent: *",
                        "Disallow: /admin",
                        "Disallow: /desk",
                        "Disallow: /api/",
                        "Disallow: /login",
                        "Sitemap: http://localhost/sitemap.xml");
        assertThat(mvc.perform(get("/robots.txt").header("Host", "praktika.example.org"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Sitemap: http://praktika.example.org/sitemap.xml");
    }

    // ---- conditional GETs

    @Test
    void aRepeatedAnonymousGetIsAnsweredNotModifiedUntilTheLibraryChanges() throws Exception {
        for (String url :
                List.of("/opendata", "/opendata/practices.csv", "/api/v1/opendata/practices", "/sitemap.xml")) {
            // the publications above may still be echoed by the library's event listeners: ask until it is quiet
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                MockHttpServletResponse first = mvc.perform(get(url))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse();
                String etag = first.getHeader(HttpHeaders.ETAG);
                assertThat(etag).as(url).startsWith("W/\"");
                assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).as(url).isNotBlank();
                assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(url).isEqualTo("public, max-age=60");
                MockHttpServletResponse second = mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
                        .andReturn()
                        .getResponse();
                assertThat(second.getStatus()).as(url).isEqualTo(304);
                assertThat(second.getContentAsByteArray()).isEmpty();
                assertThat(second.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
                MockHttpServletResponse since = mvc.perform(get(url).header(
                                        HttpHeaders.IF_MODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED)))
                        .andReturn()
                        .getResponse();
                assertThat(since.getStatus()).as(url).isEqualTo(304);
            });
        }

        // another URL has another tag
        String a = mvc.perform(get("/api/v1/opendata/practices?year=2022"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        String b = mvc.perform(get("/api/v1/opendata/practices?year=2023"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(a).isNotEqualTo(b);

        // a change of the library makes the old tag stale
        String before = mvc.perform(get("/opendata")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        index.refresh(List.of(plain));
        MockHttpServletResponse after = mvc.perform(get("/opendata").header(HttpHeaders.IF_NONE_MATCH, before))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);

        // an error carries no validators
        MockHttpServletResponse error = mvc.perform(
                        get("/api/v1/opendata/practices").param("region", "99"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse();
        assertThat(error.getHeader(HttpHeaders.ETAG)).isNull();
    }

    @Test
    void anAnonymousPublicPageSetsNoCookieASharedCacheCouldHandToAnother() throws Exception {
        for (String url : List.of("/library", "/library/map", "/opendata")) {
            MockHttpServletResponse response =
                    mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(url).isEqualTo("public, max-age=60");
            assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).as(url).isEmpty();
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(url)
                    .doesNotContain("name=\"_csrf\"");
        }
        // a page that is not shared keeps its token for its forms
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("name=\"_csrf\"");
        assertThat(mvc.perform(get("/library").with(actors.as("perm")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("name=\"_csrf\"");
    }

    @Test
    void signedInRequestsGetNoValidatorsAndAreNeverNotModified() throws Exception {
        String etag = mvc.perform(get("/opendata")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotNull();
        for (String url : List.of("/opendata", "/api/v1/opendata/dictionary", "/sitemap.xml")) {
            MockHttpServletResponse response = mvc.perform(
                            get(url).with(actors.as("perm")).header(HttpHeaders.IF_NONE_MATCH, etag))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(response.getHeader(HttpHeaders.ETAG)).as(url).isNull();
            assertThat(response.getHeader(HttpHeaders.LAST_MODIFIED)).as(url).isNull();
            assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(url).doesNotContain("public");
        }
        // a signed-in page still has its current URL for Open Graph
        assertThat(mvc.perform(get("/opendata").with(actors.as("perm")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("<meta property=\"og:url\" content=\"http://localhost/opendata\">");
    }

    // ---- reading the exports back

    /**
     * An export read back: the header and the rows, each value in one canonical text (numbers without trailing zeros
     * and with a decimal point, dates yyyy-MM-dd, no value as "").
     */
    record Table(List<String> header, List<List<String>> rows) {

        Map<String, String> row(List<String> names, long id) {
            List<String> values = rows.stream()
                    .filter(r -> r.get(0).equals(String.valueOf(id)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("practice " + id + " is not in the export"));
            Map<String, String> out = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i), values.get(i));
            }
            return out;
        }
    }

    private byte[] body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String number(String text) {
        return text.isEmpty() ? "" : new BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    private Table json(byte[] body, List<String> names, List<String> types) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode node : json.readTree(body)) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                JsonNode v = node.get(names.get(i));
                if (v == null || v.isNull()) {
                    row.add("");
                } else if (v.isNumber()) {
                    row.add(number(v.decimalValue().toPlainString()));
                } else {
                    assertThat(types.get(i)).as(names.get(i)).isIn("string", "date");
                    row.add(v.asString());
                }
            }
            rows.add(row);
        }
        return new Table(names, rows);
    }

    private static Table csv(byte[] body, List<String> types) throws Exception {
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').get();
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8),
                format)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.get(0).toList();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                assertThat(record.size()).isEqualTo(header.size());
                List<String> row = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    String v = record.get(i);
                    boolean numeric =
                            types.get(i).equals("integer") || types.get(i).equals("number");
                    row.add(numeric ? number(v.replace(',', '.')) : v);
                }
                rows.add(row);
            }
            return new Table(header, rows);
        }
    }

    private static Table xlsx(byte[] body, List<String> types) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheet("Практики");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row x = sheet.getRow(r);
                List<String> row = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    Cell cell = x.getCell(i);
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        row.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        assertThat(types.get(i)).isEqualTo("date");
                        row.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        assertThat(types.get(i)).isIn("integer", "number");
                        row.add(number(
                                BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString()));
                    } else {
                        assertThat(types.get(i)).isIn("string");
                        row.add(cell.getStringCellValue());
                    }
                }
                rows.add(row);
            }
            return new Table(header, rows);
        }
    }
}
