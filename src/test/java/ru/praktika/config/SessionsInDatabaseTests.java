package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.praktika.support.PraktikaTest;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so any instance reading the same database knows a sign-in; only
 * the session cookie travels, and nothing secret is stored in the session table.
 */
@PraktikaTest
class SessionsInDatabaseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignInIsARowInTheSessionTableThatTheCookieAloneBringsBack() throws Exception {
        Cookie session = signIn("perm");
        assertThat(jdbc.sql("select count(*) from sessions.spring_session where principal_name = 'perm'")
                        .query(Long.class)
                        .single())
                .isPositive();

        // no MockHttpSession: the request carries only the cookie, the session is read from the database
        mvc.perform(get("/desk").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/desk")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theHandedPasswordIsShownOnceAndNeverStoredInTheSession() throws Exception {
        Cookie session = signIn("admin");
        MvcResult created = mvc.perform(post("/admin/users")
                        .cookie(session)
                        .with(csrf())
                        .param("username", "session-check")
                        .param("fullName", "Проверка Сессии")
                        .param("roles", "EXPERT")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn();
        Matcher handed = Pattern.compile("class=\"notice token\"[\\s\\S]*?<code>([^<]+)</code>")
                .matcher(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(handed.find()).isTrue();
        String password = handed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(8);

        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select count(*) from sessions.spring_session_attributes
                        where position(convert_to(:p, 'UTF8') in attribute_bytes) > 0
                        """).param("p", password).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from sessions.spring_session_attributes")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private Cookie signIn(String user) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(user).password("demo"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }
}
