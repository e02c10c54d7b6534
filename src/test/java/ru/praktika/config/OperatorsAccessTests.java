package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.organization.CreateAdminCommand;
import ru.praktika.support.PraktikaTest;

/**
 * What operators and browsers rely on: files offered by pages download with the page's session (and still with a
 * token or Basic for API clients); a session-borne API write needs the CSRF token; {@code /actuator/health} answers
 * anonymously and nothing else under {@code /actuator} does; {@code create-admin} opens the first administrator.
 */
@PraktikaTest
class OperatorsAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CreateAdminCommand createAdmin;

    /** Signs in on the login form; the session lives in the database, the browser keeps only its cookie. */
    private Cookie signIn(String user, String password) throws Exception {
        var result =
                mvc.perform(formLogin("/login").user(user).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return result.getResponse().getCookie("SESSION");
    }

    @Test
    void aDownloadOfferedByAPageWorksWithThePagesSession() throws Exception {
        Cookie session = signIn("perm", "demo");
        mvc.perform(get("/api/v1/campaigns/2024/template.xlsx").cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));
        mvc.perform(get("/api/v1/campaigns/2024/template.xlsx").with(httpBasic("perm", "demo")))
                .andExpect(status().isOk());
        // without a session or credentials a browser is sent to the sign-in page, never the Basic-auth box
        mvc.perform(get("/api/v1/campaigns/2024/template.xlsx").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/api/v1/campaigns/2024/template.xlsx").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anApiWriteRidingOnTheSessionCookieNeedsTheCsrfToken() throws Exception {
        Cookie session = signIn("admin", "demo");
        String body = "{\"year\":2024,\"kind\":\"CONSOLIDATED\",\"format\":\"PDF\"}";
        mvc.perform(post("/api/v1/reports")
                        .cookie(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void onlyHealthAnswersAnonymouslyUnderActuator() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
            int code = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(code).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void createAdminOpensTheFirstAdministratorWithAOneTimePassword() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = createAdmin.run(
                new String[] {"--login", "chief", "--name", "Иванова Анна Петровна"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        String password = printed.replaceAll("(?s).*Одноразовый пароль: (\\S+).*", "$1");
        assertThat(password).hasSize(12);
        signIn("chief", password);
        mvc.perform(get("/admin/users").cookie(signIn("chief", password))).andExpect(status().isOk());

        // the same command recovers a lost administrator password
        var again = new ByteArrayOutputStream();
        assertThat(createAdmin.run(new String[] {"--login=chief"}, new PrintStream(again), System.err))
                .isZero();
        String second = again.toString(StandardCharsets.UTF_8).replaceAll("(?s).*Одноразовый пароль: (\\S+).*", "$1");
        assertThat(second).isNotEqualTo(password);
        signIn("chief", second);

        // a login of someone who is not an administrator is refused, a missing login explained
        var refused = new ByteArrayOutputStream();
        assertThat(createAdmin.run(new String[] {"--login", "perm"}, System.out, new PrintStream(refused)))
                .isEqualTo(1);
        assertThat(refused.toString()).contains("без роли администратора");
        assertThat(createAdmin.run(new String[] {}, System.out, new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }
}
