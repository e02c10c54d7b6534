package ru.praktika.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.praktika.organization.domain.UserAdministration;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.Role;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * What a probe of the sign-in found and what holds now: every failure looks the same, guessing is slowed down by
 * account and by client address without locking the owner out, and a password must pass a policy.
 */
@PraktikaTest
class SignInSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TestActors actors;

    @Test
    void everyFailedSignInLooksTheSameWhateverTheAccount() throws Exception {
        String off = "switched-off-" + System.nanoTime() % 100000;
        var created = users.open(
                actors.actor("admin"),
                new NewUser(off, "Отключённый", null, null, Set.of(Role.EXPERT), null, null, "correct-horse-1"));
        users.deactivate(actors.actor("admin"), created.user().id());
        String[][] attempts = {{"nobody-here", "whatever1"}, {"perm", "wrong-password"}, {off, "correct-horse-1"}};
        String detail = null;
        for (String[] a : attempts) {
            mvc.perform(post("/login")
                            .param("username", a[0])
                            .param("password", a[1])
                            .with(from("10.7.0.1"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
            String answer = mvc.perform(
                            get("/api/v1/me").with(httpBasic(a[0], a[1])).with(from("10.7.0.1")))
                    .andExpect(status().isUnauthorized())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(detail == null || detail.equals(answer)).as(a[0]).isTrue();
            detail = answer;
        }
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Войти не удалось")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("отключена"))));
    }

    @Test
    void anAddressThatTriesManyAccountsIsSlowedDownAndOthersAreNot() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/login")
                            .param("username", "probe-" + i)
                            .param("password", "guess-" + i)
                            .with(from("10.7.0.2"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login")
                        .param("username", "perm")
                        .param("password", "demo")
                        .with(from("10.7.0.2"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login")
                        .param("username", "perm")
                        .param("password", "demo")
                        .with(from("10.7.0.3"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/desk"));
    }

    @Test
    void nobodyCanLockTheAdministratorOutFromAnotherAddress() throws Exception {
        for (int i = 0; i < 8; i++) {
            mvc.perform(get("/api/v1/me")
                            .with(httpBasic("admin", "not-the-password"))
                            .with(from("10.7.0.4")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", "demo")).with(from("10.7.0.4")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", "demo")).with(from("10.7.0.5")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"));
    }

    @Test
    void aPasswordMustBeLongEnoughShortEnoughForBcryptAndNotACommonOne() {
        assertThatThrownBy(() -> open("qwerty123"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("распространённых");
        assertThatThrownBy(() -> open("Password1"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("распространённых");
        assertThatThrownBy(() -> open("кратко7"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("не короче 8");
        // 37 Russian letters are 74 bytes: over bcrypt's 72
        assertThatThrownBy(() -> open("ж".repeat(37)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("72 байт");
        assertThatThrownBy(() -> users.changeOwnPassword(actors.actor("perm"), "demo", "x".repeat(500)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("72 байт");
        assertThat(open("ж".repeat(36)).user().username()).startsWith("policy-");
    }

    @Test
    void aVeryLongPasswordAtSignInIsAnOrdinaryFailure() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "perm")
                        .param("password", "я".repeat(500))
                        .with(from("10.7.0.6"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(httpBasic("perm", "z".repeat(500))).with(from("10.7.0.6")))
                .andExpect(status().isUnauthorized());
    }

    private UserAdministration.Credentials open(String password) {
        return users.open(
                actors.actor("admin"),
                new NewUser(
                        "policy-" + System.nanoTime() % 1000000,
                        "Проверка пароля",
                        null,
                        null,
                        Set.of(Role.EXPERT),
                        null,
                        null,
                        password));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
