package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An anonymous visitor's page views write nothing to the database: the CSRF token every page carries for its forms
 * travels in its own cookie (HttpOnly, SameSite=Lax), not in a session. A context of its own, without MockMvc, whose
 * test support swaps the CSRF repository of the shared filter chain.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "praktika.embedded.ephemeral=true",
            "praktika.embedded.fsync=false",
            "spring.datasource.url=",
            "praktika.demo=false"
        })
class AnonymousVisitsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousPageViewsMakeNoSessionAndTheTokenTravelsInItsOwnCookie() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String page :
                List.of("/", "/practices", "/practices?q=%D0%B4%D0%B2%D0%BE%D1%80", "/news", "/regions", "/login")) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie"))
                    .as("cookies of %s", page)
                    .noneMatch(c -> c.startsWith("SESSION="))
                    .anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
        }
        assertThat(jdbc.sql("select count(*) from sessions.spring_session")
                        .query(Long.class)
                        .single())
                .as("no session rows written by anonymous page views")
                .isZero();
    }
}
