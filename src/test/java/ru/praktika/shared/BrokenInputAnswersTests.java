package ru.praktika.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationView;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * Broken input is the client's error and is told in Russian, never a 500 or an empty answer: an upload without its
 * file, a multipart body that does not parse, an upload over 20 MB (413 over real HTTP, the rest of the body is read
 * and dropped so the client gets the answer), a month that is no month, a version field that is no version (400) or an
 * old one (409).
 */
@PraktikaTest
class BrokenInputAnswersTests {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());
    private static final String BOUNDARY = "praktikaBoundary7MA4YWxkTrZu0gW";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationApi organizations;

    @Test
    void anApiUploadWithoutItsFileIsARussian400() throws Exception {
        long practice = anyPractice();
        for (String path : new String[] {
            "/api/v1/practices/" + practice + "/attachments",
            "/api/v1/campaigns/2024/imports",
            "/api/v1/meetings/1/items/1/materials",
            "/api/v1/instructions/1/files",
            "/api/v1/agreements/1/attachments"
        }) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", ADMIN)
                    .header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\n"
                            + "Content-Disposition: form-data; name=\"note\"\r\n\r\nбез файла\r\n--" + BOUNDARY
                            + "--\r\n")));
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.body()).as(path).contains("Не приложен файл").contains("«file»");
        }
    }

    @Test
    void aMultipartBodyThatDoesNotParseIsARussian400() throws Exception {
        HttpResponse<String> api =
                send(HttpRequest.newBuilder(uri("/api/v1/practices/" + anyPractice() + "/attachments"))
                        .header("Authorization", ADMIN)
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofString("это не multipart")));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).containsAnyOf("не читается", "Не приложен файл").doesNotContain("Exception");
    }

    @Test
    void pageUploadsWithoutTheirFileSayWhatIsMissing() throws Exception {
        long practice = anyPractice();
        for (String path : new String[] {
            "/practices/" + practice + "/attachments",
            "/campaigns/2024/import",
            "/admin/oktmo",
            "/meetings/1/items/1/materials",
            "/instructions/1/files",
            "/agreements/1/attachments",
            "/programmes/1/reports"
        }) {
            MockHttpServletResponse response = mvc.perform(multipart(path)
                            .param("note", "без файла")
                            .with(csrf())
                            .with(actors.as("admin")))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isLessThan(500);
        }
    }

    @Test
    void anUploadOver20MegabytesIsARussian413ThatReachesTheClient() throws Exception {
        long practice = anyPractice();
        byte[] big = multipartWithFile(25 * 1024 * 1024);
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/practices/" + practice + "/attachments"))
                .header("Authorization", ADMIN)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains("\"title\":\"Слишком большой запрос\"").contains("не более 20 МБ");

        HttpClient browser = signedIn("admin");
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(uri("/practices/" + practice + "/attachments"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("Запрос не выполнен").contains("не более 20 МБ");
    }

    @Test
    void aMonthThatIsNoMonthIsARussian400() throws Exception {
        HttpClient browser = signedIn("admin");
        for (String month : new String[] {"2024-13", "99999-01", "март"}) {
            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(uri("/meetings?month=" + URLEncoder.encode(month, StandardCharsets.UTF_8)))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).as(month).isEqualTo(400);
            assertThat(page.body()).as(month).contains("Месяц указывается как ГГГГ-ММ");
        }
        HttpResponse<String> fine = browser.send(
                HttpRequest.newBuilder(uri("/meetings?month=2026-03")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(fine.statusCode()).isEqualTo(200);
    }

    @Test
    void aTamperedVersionIs400AndAnOldOne409() throws Exception {
        OrganizationView council = organizations.councilOf("16").orElseThrow();
        String path = "/api/v1/organizations/" + council.id();
        for (String version : new String[] {"-1", "\"abc\""}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .header("Authorization", ADMIN)
                    .PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"name\": \"" + council.name() + "\", \"version\": " + version + "}")));
            assertThat(response.statusCode()).as(version).isEqualTo(400);
            assertThat(response.body()).as(version).contains("\"title\":\"Некорректный запрос\"");
        }
        HttpResponse<String> stale = send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", ADMIN)
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"" + council.name() + "\", \"version\": " + (council.version() + 5) + "}")));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"title\":\"Конфликт\"");

        for (String version : new String[] {"-1", "abc"}) {
            String html = mvc.perform(post("/organizations/" + council.id() + "/edit")
                            .param("name", "Совет, который я ввёл")
                            .param("version", version)
                            .with(csrf())
                            .with(actors.as("admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(version).contains("Неверный номер версии").contains("Совет, который я ввёл");
        }
        assertThat(organizations.councilOf("16").orElseThrow().name()).isEqualTo(council.name());

        MockHttpServletResponse rename = mvc.perform(post("/national-projects/NP19-10/rename")
                        .param("name", "Культура")
                        .param("version", "-1")
                        .with(csrf())
                        .with(actors.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(rename.getStatus()).isEqualTo(302);
        assertThat(rename.getContentAsString()).doesNotContain("Exception");
        assertThat(mvc.perform(post("/national-projects/NP19-10/rename")
                                .param("name", "Культура")
                                .param("version", "abc")
                                .with(csrf())
                                .with(actors.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    private long anyPractice() {
        return jdbc.sql("select min(id) from practice.practices")
                .query(Long.class)
                .single();
    }

    private static byte[] multipartWithFile(int size) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, head.length + size, (byte) 'x');
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return body;
    }

    private HttpClient signedIn(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String token = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
        http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return http;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        request.timeout(Duration.ofSeconds(120)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
