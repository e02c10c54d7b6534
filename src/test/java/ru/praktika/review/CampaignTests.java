package ru.praktika.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.review.domain.QualityService;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.ConflictException;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/** The campaign: its board, deadlines and extensions, quality scores and the ranking. */
@PraktikaTest
class CampaignTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeService practices;

    @Autowired
    QualityService quality;

    @Autowired
    TestActors actors;

    @Autowired
    ru.praktika.practice.domain.Campaigns campaigns;

    @Test
    void aCampaignOf2020ListsTheEightyFiveSubjectsOfThatYear() throws Exception {
        if (campaigns.campaign(2020).isEmpty()) {
            campaigns.open(actors.actor("admin"), 2020, java.time.LocalDate.of(2021, 3, 1), null);
        }
        mvc.perform(get("/api/v1/campaigns/2020/regions").with(httpBasic("expert", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(85)))
                .andExpect(jsonPath("$[?(@.regionCode == '80')]").isEmpty())
                .andExpect(jsonPath("$[?(@.regionCode == '91')]").isNotEmpty());
    }

    @Test
    void theDemoCampaignBoardListsAllRegionsNeediestFirst() throws Exception {
        mvc.perform(get("/api/v1/campaigns/2024/regions").with(httpBasic("expert", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(89)))
                .andExpect(jsonPath("$[0].status", is("RETURNED")))
                .andExpect(jsonPath("$[0].averageQuality", notNullValue()))
                .andExpect(jsonPath("$[88].practices").isNumber());
        mvc.perform(get("/api/v1/campaigns/2024/ranking").with(httpBasic("expert", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rank", is(1)))
                .andExpect(jsonPath("$[0].reasons").isArray());
        String ranking = mvc.perform(get("/api/v1/campaigns/2024/ranking").with(httpBasic("expert", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Double> averages = JsonPath.read(ranking, "$[*].averageQuality");
        assertThat(averages).hasSizeGreaterThanOrEqualTo(40).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void pastTheDeadlineARegionCannotSubmitUntilTheSecretariatExtendsIt() throws Exception {
        mvc.perform(post("/api/v1/campaigns")
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2021, \"deadline\": \"2021-06-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2021, \"deadline\": \""
                                + LocalDate.now().minusDays(1) + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period", is("2019-2024")))
                .andExpect(jsonPath("$.open", is(false)));
        PracticeCard card = practices.create(actors.actor("perm"), draft(2021, true));
        assertThatThrownBy(() -> practices.act(actors.actor("perm"), card.id(), PracticeAction.SUBMIT, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Срок представления практик кампании 2021 года истёк");
        mvc.perform(post("/api/v1/campaigns/2021/extensions")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionCode\": \"59\", \"deadline\": \""
                                + LocalDate.now().plusDays(3) + "\"}"))
                .andExpect(jsonPath(
                        "$.extensions.59", is(LocalDate.now().plusDays(3).toString())));
        assertThat(practices
                        .act(actors.actor("perm"), card.id(), PracticeAction.SUBMIT, null)
                        .status()
                        .name())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void everyPracticeHasAScoreAndAnUnlinkedOneSaysSo() throws Exception {
        PracticeCard unlinked = practices.create(actors.actor("perm"), draft(2022, false));
        mvc.perform(get("/api/v1/practices/" + unlinked.id() + "/quality").with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").isNumber())
                .andExpect(jsonPath(
                        "$.findings[?(@.rule == 'LINKED_TO_PROJECTS')].message",
                        org.hamcrest.Matchers.hasItem("Практика не связана ни с одним национальным проектом")));
        mvc.perform(get("/api/v1/practices/" + unlinked.id() + "/quality").with(httpBasic("tatarstan", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSecretariatChangesTheWeightsAndEveryScoreIsRecomputed() {
        PracticeCard card = practices.create(actors.actor("perm"), draft(2022, true));
        assertThatThrownBy(() -> quality.changeRules(actors.actor("expert"), Map.of(QualityRule.LEGAL_ACT, 0)))
                .isInstanceOf(AccessDeniedException.class);
        int before = quality.quality(actors.actor("perm"), card.id()).rulesVersion();
        int version = quality.changeRules(actors.actor("admin"), Map.of(QualityRule.LEGAL_ACT, 0))
                .version();
        assertThat(version).isGreaterThan(before);
        Quality after = quality.quality(actors.actor("perm"), card.id());
        assertThat(after.rulesVersion()).isEqualTo(version);
        assertThat(after.findings()).noneMatch(f -> f.rule() == QualityRule.LEGAL_ACT);
        quality.changeRules(
                actors.actor("admin"), Map.of(QualityRule.LEGAL_ACT, QualityRule.LEGAL_ACT.defaultWeight()));
    }

    static PracticeDraft draft(int year, boolean linked) {
        return Drafts.draft(
                year,
                "59",
                "57735000",
                "Практика " + year,
                "Проблема",
                "Цели",
                "Сделано",
                linked ? Drafts.link("NP19-04", "NP19-04-FP03") : List.of());
    }
}
