package ru.praktika.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    PracticeService practices;

    @Autowired
    TestActors actors;

    @Test
    void aReturnReadsAsARegionAndACardReturnedForRevision() throws Exception {
        // its own submitted card: the demo data keeps Пермский край's cards accepted or published
        long id = practices
                .create(
                        actors.actor("perm"),
                        Drafts.draft(
                                2024,
                                "59",
                                "57634410",
                                "Практика для журнала",
                                "Проблема",
                                "Цели",
                                "Сделано",
                                Drafts.link("NP19-04", "NP19-04-FP03")))
                .id();
        practices.act(actors.actor("perm"), id, PracticeAction.SUBMIT, null);
        practices.act(actors.actor("perm"), id, PracticeAction.RETURN, "Нет результатов в цифрах");

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
