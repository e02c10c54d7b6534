package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.support.PraktikaTest;

/**
 * Behind HTTPS (a request the server or the proxy's {@code X-Forwarded-Proto} marks secure) the session cookie is
 * {@code Secure} and pages carry HSTS; absolute links are built from {@code praktika.base-url}, never from the
 * {@code Host} header a client chooses.
 */
@PraktikaTest
class BehindHttpsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void overHttpsTheSessionCookieIsSecureAndPagesCarryHsts() throws Exception {
        MockHttpServletResponse secure = signIn(true);
        assertThat(sessionCookie(secure)).contains("Secure").contains("HttpOnly");
        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=");
        assertThat(mvc.perform(get("/").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .contains("max-age=");

        // plain HTTP (a developer's machine): no Secure flag the browser would refuse, no HSTS
        MockHttpServletResponse plain = signIn(false);
        assertThat(sessionCookie(plain)).doesNotContain("Secure");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void theNewsFeedLinksToTheConfiguredAddressWhateverTheHostHeaderSays() throws Exception {
        String feed = mvc.perform(get("/news/feed.atom").header("Host", "evil.example"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed)
                .doesNotContain("evil.example")
                .contains("<id>http://localhost:8080/news</id>")
                .contains("<link rel=\"self\" href=\"http://localhost:8080/news/feed.atom\"/>");
    }

    @Test
    void redirectsNeverNameTheHostHeadersHost() throws Exception {
        MockHttpServletResponse toLogin = mvc.perform(
                        get("/desk").header("Host", "evil.example").header("Accept", "text/html"))
                .andReturn()
                .getResponse();
        assertThat(toLogin.getStatus()).isEqualTo(302);
        assertThat(toLogin.getHeader("Location")).doesNotContain("evil.example");
    }

    private MockHttpServletResponse signIn(boolean secure) throws Exception {
        return mvc.perform(post("/login")
                        .secure(secure)
                        .param("username", "expert")
                        .param("password", "demo")
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private static String sessionCookie(MockHttpServletResponse response) {
        List<String> cookies = response.getHeaders("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + cookies));
    }
}
