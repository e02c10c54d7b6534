package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * The public sees only the published content of a card: no quality score or findings, no near duplicates, no history
 * with logins, no versions or diff, no comments, and the contact person only where the author consented. Those who
 * review the card see all of it.
 */
@PraktikaTest
class PublicCardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PracticeService practices;

    @Autowired
    TestActors actors;

    /** A published demo card of Пермский край with a phone, a version history and a near duplicate if there is one. */
    private long publishedCard() {
        return jdbc.sql("""
                        select p.id from practice.practices p
                        where p.status = 'PUBLISHED' and p.region_code = '59' and p.contact_phone is not null
                        order by (select count(*) from linkage.findings f where f.practice_id = p.id) desc, p.id
                        limit 1
                        """).query(Long.class).single();
    }

    private String phoneOf(long id) {
        return jdbc.sql("select contact_phone from practice.practices where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void anAnonymousVisitorSeesNoReviewDataAndNoUnconsentedContact() throws Exception {
        long id = publishedCard();
        String phone = phoneOf(id);
        String page = mvc.perform(get("/practices/{id}", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain(phone)
                .doesNotContain("/review/practices/" + id + "/quality")
                .doesNotContain("История")
                .doesNotContain("Версии")
                .doesNotContain("версия ")
                .doesNotContain("secretariat")
                .doesNotContain("smo-")
                .contains("не дал согласия на публикацию контактов");

        String panel = mvc.perform(get("/linkage/practices/{id}/panel", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(panel)
                .doesNotContain("почти дубликат")
                .doesNotContain("Сходство")
                .doesNotContain("%");

        mvc.perform(get("/review/practices/{id}/quality", id)).andExpect(status().is4xxClientError());
        mvc.perform(get("/practices/{id}/diff?from=1&to=2", id)).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/practices/{id}/quality", id)).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/practices/{id}/findings", id)).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/practices/{id}/history", id)).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/practices/{id}/versions", id)).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/practices/{id}/comments", id)).andExpect(status().is4xxClientError());
        String json = mvc.perform(get("/api/v1/practices/{id}", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).doesNotContain(phone).contains("\"contactPhone\":null", "\"createdBy\":null");
    }

    @Test
    void reviewersSeeEverythingAndTheAuthorsConsentPublishesTheContact() throws Exception {
        long id = publishedCard();
        String phone = phoneOf(id);
        String asAdmin = mvc.perform(get("/practices/{id}", id).with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asAdmin).contains(phone, "История", "/review/practices/" + id + "/quality");
        mvc.perform(get("/review/practices/{id}/quality", id).with(actors.as("perm")))
                .andExpect(status().isOk());
        mvc.perform(get("/review/practices/{id}/quality", id).with(actors.as("tatarstan")))
                .andExpect(status().is4xxClientError());

        practices.publishContacts(actors.actor("perm"), id, true);
        try {
            assertThat(mvc.perform(get("/practices/{id}", id))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains(phone)
                    .doesNotContain("История");
        } finally {
            practices.publishContacts(actors.actor("perm"), id, false);
        }
        assertThat(mvc.perform(get("/practices/{id}", id))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(phone);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> practices.publishContacts(actors.actor("tatarstan"), id, true))
                .isInstanceOf(ru.praktika.shared.AccessDeniedException.class);
    }
}
