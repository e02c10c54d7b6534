package ru.praktika.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.linkage.domain.LinkageService;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.ReturnReasons;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * A near duplicate names another card by number and title. Whoever may not read that card (a regional operator and
 * another region's draft, the public and an unpublished card) learns nothing of it: not in the findings, not in the
 * quality score, not on the card's linkage panel.
 */
@PraktikaTest
class HiddenNearDuplicatesTests {

    private static final String TEXT = "В сельском поселении запустили школу серебряного волонтёрства: 240 пенсионеров"
            + " прошли обучение, помогают одиноким соседям с покупками, ведут кружки резьбы по дереву и вышивки,"
            + " организовали 36 экскурсий по родному краю; число обращений в соцзащиту сократилось на четверть.";

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeService practices;

    @Autowired
    LinkageService linkage;

    @Autowired
    TestActors actors;

    @Autowired
    ReturnReasons returnReasons;

    @Test
    void aRegionalOperatorIsNotToldOfAnotherRegionsDraftThatNearlyDuplicatesTheirs() throws Exception {
        String hiddenTitle = "Школа серебряного волонтёрства Прикамья";
        PracticeCard hidden = practices.create(actors.actor("perm"), draft(hiddenTitle, TEXT, "57735000"));
        PracticeCard mine = practices.create(
                actors.actor("tatarstan"),
                draft("Школа серебряного волонтёрства", TEXT.replace("240", "210"), "92701000"));
        assertThat(linkage.findings(actors.actor("admin"), mine.id()))
                .anyMatch(f -> f.kind().equals("NEAR_DUPLICATE") && f.otherPracticeId() == hidden.id());

        assertThat(linkage.findings(actors.actor("tatarstan"), mine.id()))
                .noneMatch(f -> f.otherPracticeId() != null && f.otherPracticeId() == hidden.id());
        for (String path : new String[] {
            "/api/v1/practices/" + mine.id() + "/findings",
            "/api/v1/practices/" + mine.id() + "/quality",
            "/api/v1/practices/" + mine.id() + "/similar"
        }) {
            assertThat(body(path, "tatarstan"))
                    .as(path)
                    .doesNotContain(hiddenTitle)
                    .doesNotContain("№" + hidden.id())
                    .doesNotContain("\"id\":" + hidden.id() + ",")
                    .doesNotContain("\"otherPracticeId\":" + hidden.id());
        }
        for (String page : new String[] {
            "/linkage/practices/" + mine.id() + "/panel", "/review/practices/" + mine.id() + "/quality"
        }) {
            String html = mvc.perform(get(page).with(actors.as("tatarstan")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html)
                    .as(page)
                    .doesNotContain(hiddenTitle)
                    .doesNotContain("№" + hidden.id())
                    .doesNotContain("/practices/" + hidden.id() + "\"");
        }
        // returned for revision: the reasons shown to its authors name no near duplicate they may not read
        practices.act(actors.actor("tatarstan"), mine.id(), PracticeAction.SUBMIT, null);
        practices.act(actors.actor("tatarstan"), mine.id(), PracticeAction.RETURN, "Дополните результаты");
        assertThat(returnReasons.lastReturn(mine.id()).orElseThrow().unmetRules())
                .extracting(ReturnReasons.UnmetRule::title)
                .isNotEmpty()
                .doesNotContain(ru.praktika.review.QualityRule.NOT_DUPLICATE.title());

        // the secretariat still sees both sides
        assertThat(body("/api/v1/practices/" + mine.id() + "/quality", "admin"))
                .contains("NOT_DUPLICATE")
                .contains("№" + hidden.id());
    }

    @Test
    void thePublicPanelOfAPublishedCardNamesNoUnpublishedNearDuplicate() throws Exception {
        String text = "Городской округ открыл муниципальный центр ремёсел для подростков: гончарная мастерская,"
                + " кузница и столярный цех, 18 наставников из местных мастеров, 560 занятий за год; изделия"
                + " воспитанников продаются на ярмарках, выручка идёт на материалы и стипендии лучшим ученикам.";
        PracticeCard published = practices.create(
                actors.actor("perm"), draft("Центр ремёсел для подростков Прикамья", text, "57735000"));
        var admin = actors.actor("admin");
        var perm = actors.actor("perm");
        practices.act(perm, published.id(), PracticeAction.SUBMIT, null);
        practices.act(perm, published.id(), PracticeAction.FORWARD, null);
        practices.act(admin, published.id(), PracticeAction.ACCEPT, null);
        practices.act(admin, published.id(), PracticeAction.PUBLISH, "В библиотеку");
        String draftTitle = "Центр ремёсел для подростков";
        PracticeCard draft =
                practices.create(actors.actor("tatarstan"), draft(draftTitle, text.replace("560", "520"), "92701000"));
        assertThat(linkage.findings(admin, published.id()))
                .anyMatch(f -> f.kind().equals("NEAR_DUPLICATE") && f.otherPracticeId() == draft.id());

        String html = mvc.perform(get("/linkage/practices/" + published.id() + "/panel"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain(draftTitle).doesNotContain("/practices/" + draft.id() + "\"");
        assertThat(mvc.perform(get("/api/v1/practices/" + published.id() + "/similar"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(draftTitle);
        // the author's operator reads the published card, but not another region's draft that nearly copies it
        assertThat(body("/api/v1/practices/" + published.id() + "/findings", "perm"))
                .doesNotContain(draftTitle)
                .doesNotContain("№" + draft.id());
        assertThat(mvc.perform(get("/linkage/practices/" + published.id() + "/panel")
                                .with(actors.as("perm")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(draftTitle)
                .doesNotContain("/practices/" + draft.id() + "\"");
    }

    private String body(String path, String user) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static PracticeDraft draft(String title, String text, String lead) {
        return Drafts.draft(2022, null, lead, title, text, text, text, Drafts.link("NP19-10", "NP19-10-FP01"));
    }
}
