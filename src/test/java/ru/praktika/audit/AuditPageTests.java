package ru.praktika.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/** The audit log reads in words, with a link to the object, and its filters are choices, not free text. */
@PraktikaTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PracticeService practices;

    @Autowired
    TestActors actors;

    @Test
    void aReturnReadsAsARegionAndACardReturnedForRevision() throws Exception {
        String lead = jdbc.sql("select lead_oktmo from practice.practices where region_code = '59' order by id limit 1")
                .query(String.class)
                .single();
        var perm = actors.actor("perm");
        long id = practices
                .create(
                        perm,
                        Drafts.draft(
                                2024,
                                "59",
                                lead,
                                "Школьный автобус по заявкам родителей",
                                "Дети из малых сёл опаздывали на уроки.",
                                "Возить детей вовремя.",
                                "Маршруты составлены по заявкам родителей.",
                                Drafts.link("NP19-04", "NP19-04-FP03")))
                .id();
        practices.act(perm, id, PracticeAction.SUBMIT, null);
        practices.act(perm, id, PracticeAction.RETURN, "Нет результатов в цифрах");

        String page = mvc.perform(get("/admin/audit?type=practice").with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Пермский край: карточка №" + id + " возвращена на доработку")
                .contains("href=\"/practices/" + id + "\"")
                .contains("<select id=\"type\"", "<select id=\"actor\"", "карточка практики")
                .doesNotContain(">practice.return<");
        mvc.perform(get("/admin/audit").with(actors.as("perm"))).andExpect(status().isForbidden());
    }
}
