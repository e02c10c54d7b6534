package ru.praktika.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationView;
import ru.praktika.support.PraktikaTest;

/**
 * Requests no controller answers, over real HTTP (MockMvc does not forward to the error page): a NUL character in a
 * parameter, an unknown API address, a method a path does not take. The API answers an RFC 9457 problem in Russian,
 * pages the Russian error page; never 500, never Spring's English JSON.
 */
@PraktikaTest
class BadRequestAnswersTests {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());

    @LocalServerPort
    int port;

    @Autowired
    OrganizationApi organizations;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aNulCharacterInAParameterIsRefusedInRussian() throws Exception {
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/municipalities?region=59&q=%00пермь"))
                .header("Accept", "application/json")
                .header("Authorization", ADMIN));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"title\":\"Некорректный запрос\"").contains("NUL");

        HttpResponse<String> page =
                send(HttpRequest.newBuilder(uri("/practices?q=%00")).header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Запрос не выполнен").doesNotContain("Exception");

        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=perm%00&password=demo")));
        assertThat(form.statusCode()).isEqualTo(400);
    }

    @Test
    void aNulCharacterInsideAJsonBodyIsRefusedInRussian() throws Exception {
        OrganizationView council = organizations.councilOf("16").orElseThrow();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/organizations/" + council.id()))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", ADMIN)
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"Совет\\u0000\", \"version\": " + council.version() + "}")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("NUL");
    }

    @Test
    void anUnknownApiAddressIsARussianProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("Accept", "application/json")
                .header("Authorization", ADMIN));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("\"title\":\"Не найдено\"")
                .contains("\"detail\":\"Такого адреса нет\"")
                .doesNotContain("\"error\":\"Not Found\"")
                .doesNotContain("timestamp");
    }

    @Test
    void aMethodThePathDoesNotTakeIsARussianProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/regions"))
                .header("Accept", "application/json")
                .header("Authorization", ADMIN)
                .DELETE());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body())
                .contains("\"title\":\"Метод не поддерживается\"")
                .doesNotContain("Method Not Allowed");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
