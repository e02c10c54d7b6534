package ru.praktika.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.organization.domain.AccessTokens;
import ru.praktika.organization.domain.UserAdministration;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Role;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/** Per role and per region: who may see and change what, through the API, the pages and the services. */
@PraktikaTest
class AccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    OrganizationApi organizations;

    @Autowired
    UserAdministration users;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void meNeedsCredentials() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("аутентификация")));
        mvc.perform(get("/api/v1/me").with(httpBasic("perm", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void permIsTheRegionalOperatorOfPermKrai() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username", is("perm")))
                .andExpect(jsonPath("$.roles", hasItem("REGIONAL_OPERATOR")))
                .andExpect(jsonPath("$.regionCode", is("59")))
                .andExpect(jsonPath("$.organization.name", is("Совет муниципальных образований Пермского края")));
    }

    @Test
    void personalAccessTokensAuthenticateUntilRevoked() throws Exception {
        AccessTokens.IssuedToken issued = tokens.issue(actors.actor("tatarstan"), "интеграция", 30);
        assertThat(issued.secret()).startsWith("prk_");
        assertThat(jdbc.sql("select count(*) from organization.access_tokens where token_hash like :s")
                        .param("s", "%" + issued.secret() + "%")
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode", is("16")));
        tokens.revoke(actors.actor("tatarstan"), issued.token().id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("Токен недействителен")));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer prk_invented"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRegionalOperatorEditsOnlyTheCouncilOfTheirOwnRegion() throws Exception {
        OrganizationView perm = organizations.councilOf("59").orElseThrow();
        OrganizationView tatarstan = organizations.councilOf("16").orElseThrow();

        mvc.perform(put("/api/v1/organizations/" + tatarstan.id())
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(tatarstan.name(), "Чужой руководитель", tatarstan.version())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("только секретариат")));
        assertThat(organizations.organization(tatarstan.id()).headName()).isEqualTo(tatarstan.headName());

        mvc.perform(put("/api/v1/organizations/" + perm.id())
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(perm.name(), "Русанов Александр", perm.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headName", is("Русанов Александр")));

        mvc.perform(put("/api/v1/organizations/" + perm.id())
                        .with(httpBasic("expert", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(perm.name(), "Эксперт", perm.version() + 1)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditIsAConflictNotASilentOverwrite() throws Exception {
        OrganizationView partner =
                organizations.organizations(OrganizationKind.PARTNER).get(0);
        mvc.perform(put("/api/v1/organizations/" + partner.id())
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(partner.name(), "Первый редактор", partner.version())))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/organizations/" + partner.id())
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(partner.name(), "Второй редактор", partner.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("другой пользователь")));
        assertThat(organizations.organization(partner.id()).headName()).isEqualTo("Первый редактор");
    }

    @Test
    void invalidOrganizationBodiesAreRussian400s() throws Exception {
        OrganizationView partner =
                organizations.organizations(OrganizationKind.PARTNER).get(1);
        mvc.perform(put("/api/v1/organizations/" + partner.id())
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("", null, partner.version())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Укажите наименование")));
        mvc.perform(put("/api/v1/organizations/" + partner.id())
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("JSON")));
    }

    @Test
    void aRegionalOperatorManagesOnlyMunicipalOperatorsOfTheirRegion() {
        var perm = actors.actor("perm");
        var created = users.open(
                perm,
                new NewUser(
                        "chaikovsky-" + System.nanoTime() % 100000,
                        "Оператор Чайковского",
                        null,
                        null,
                        Set.of(Role.MUNICIPAL_OPERATOR),
                        null,
                        "57735000",
                        null));
        assertThat(created.user().regionCode()).isEqualTo("59");
        assertThat(created.password()).hasSizeGreaterThanOrEqualTo(12);

        assertThatThrownBy(() -> users.open(
                        perm,
                        new NewUser(
                                "kazan-mo",
                                "Чужой оператор",
                                null,
                                null,
                                Set.of(Role.MUNICIPAL_OPERATOR),
                                null,
                                "92701000",
                                null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.open(
                        perm,
                        new NewUser(
                                "perm-2",
                                "Второй оператор региона",
                                null,
                                null,
                                Set.of(Role.REGIONAL_OPERATOR),
                                "59",
                                null,
                                null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.list(perm, null)).allMatch(u -> "59".equals(u.regionCode()));
        long tatarstanId = users.list(actors.actor("admin"), "tatarstan").get(0).id();
        assertThatThrownBy(() -> users.get(perm, tatarstanId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.deactivate(perm, tatarstanId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list(actors.actor("expert"), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminPagesAreForTheSecretariat() throws Exception {
        mvc.perform(get("/admin/users").with(actors.as("expert"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(actors.as("perm"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/oktmo").with(actors.as("perm"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(actors.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
        long tatarstanId = users.list(actors.actor("admin"), "tatarstan").get(0).id();
        mvc.perform(get("/admin/users/" + tatarstanId).with(actors.as("perm"))).andExpect(status().isForbidden());
        OrganizationView tatarstan = organizations.councilOf("16").orElseThrow();
        mvc.perform(get("/organizations/" + tatarstan.id() + "/edit").with(actors.as("perm")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFormLoginNeedsTheCsrfTokenAndSetsSecurityHeaders() throws Exception {
        mvc.perform(post("/login").param("username", "perm").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login")
                        .param("username", "perm")
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/desk"));
        mvc.perform(get("/"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhileFromThatAddress() throws Exception {
        String name = "guess-" + System.nanoTime() % 100000;
        users.open(
                actors.actor("admin"),
                new NewUser(name, "Проверка блокировки", null, null, Set.of(Role.EXPERT), null, null, "correct-horse"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login")
                            .param("username", name)
                            .param("password", "wrong")
                            .with(from("10.9.9.9"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login")
                        .param("username", name)
                        .param("password", "correct-horse")
                        .with(from("10.9.9.9"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(httpBasic(name, "correct-horse")).with(from("10.9.9.9")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("приостанавливается")));
        // the guesser's address is slowed down, not the account's owner elsewhere
        mvc.perform(get("/api/v1/me").with(httpBasic(name, "correct-horse")).with(from("10.9.9.10")))
                .andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void everyWriteIsAudited() {
        String name = "audited-" + System.nanoTime() % 100000;
        var created = users.open(
                actors.actor("admin"),
                new NewUser(name, "Проверка аудита", null, null, Set.of(Role.EXPERT), null, null, null));
        users.deactivate(actors.actor("admin"), created.user().id());
        assertThat(jdbc.sql("select action from audit.audit_events where object_type = 'user' and object_id = :id"
                                + " order by id")
                        .param("id", String.valueOf(created.user().id()))
                        .query(String.class)
                        .list())
                .containsExactly("user.open", "user.deactivate");
        assertThat(jdbc.sql(
                                "select actor from audit.audit_events where object_type = 'user' and object_id = :id limit 1")
                        .param("id", String.valueOf(created.user().id()))
                        .query(String.class)
                        .single())
                .isEqualTo("admin");
    }

    @Test
    void passwordsAreStoredHashed() {
        assertThat(jdbc.sql("select password_hash from organization.users where username = 'perm'")
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt}")
                .doesNotContain("demo");
    }

    private static String body(String name, String head, long version) {
        return """
                {"name": %s, "headName": %s, "version": %d}""".formatted(
                name == null ? "null" : "\"" + name + "\"", head == null ? "null" : "\"" + head + "\"", version);
    }
}
