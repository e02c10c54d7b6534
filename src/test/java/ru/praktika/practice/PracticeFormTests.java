package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.RegionalProjectView;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.Actor;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/** The card form as a council fills it: the error summary, the regional projects of a federal project, a return. */
@PraktikaTest
class PracticeFormTests {

    private static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    NationalProjectApi catalogue;

    @Autowired
    PracticeService practices;

    @Test
    void aRefusedCardListsEveryProblemWithALinkToItsFieldAndKeepsWhatWasTyped() throws Exception {
        String page = page(post("/practices")
                .param("year", "2024")
                .param("regionCode", "59")
                .param("leadMunicipality", "57735000")
                .param("title", "")
                .param("problem", "Дворы не благоустраивались двадцать лет")
                .param("periodFrom", "32.13.2024")
                .param("results[0].indicator", "Благоустроенные дворы")
                .param("results[0].actualValue", "много")
                .param("results[0].actualYear", "2023")
                .param("contactEmail", "не почта"));

        String summary = summary(page);
        assertThat(summary)
                .contains("Исправьте ошибки", "исправьте отмеченные поля (4 ошибки)")
                .contains(
                        "Название практики: Укажите название практики", "Эл. почта: Неверный адрес электронной почты");
        List<String> anchors = anchors(summary);
        assertThat(anchors).containsExactly("title", "periodFrom", "results-0-actualValue", "contactEmail");
        anchors.forEach(
                id -> assertThat(page).as("the field #%s is on the page", id).contains("id=\"" + id + "\""));
        assertThat(page)
                .contains("tabindex=\"-1\"", "autofocus")
                .contains("value=\"32.13.2024\"", "value=\"много\"", "value=\"не почта\"", "value=\"57735000\"")
                .contains("Дворы не благоустраивались двадцать лет");
    }

    @Test
    void theRegionalProjectIsOfferedAndCheckedForTheChosenFederalProjectOnly() throws Exception {
        List<RegionalProjectView> perm = catalogue.regionalProjects("59");
        RegionalProjectView dumps = byFederal(perm, "NP19-05-FP01");
        RegionalProjectView waste = byFederal(perm, "NP19-05-FP02");
        RegionalProjectView yards = byFederal(perm, "NP19-04-FP03");

        String page = page(post("/practices")
                .param("year", "2024")
                .param("regionCode", "59")
                .param("leadMunicipality", "57735000")
                .param("title", "Раздельный сбор отходов")
                .param("links[0].nationalProject", "NP19-05")
                .param("links[0].federalProject", "NP19-05-FP02")
                .param("links[0].regionalProject", String.valueOf(dumps.id())));

        assertThat(page)
                .contains("Региональный проект «" + dumps.name() + "» относится к федеральному проекту")
                .contains("выберите региональный проект выбранного федерального проекта");
        assertThat(anchors(summary(page))).containsExactly("links-0-regionalProject");
        List<String> offered = options(page, "links-0-regionalProject");
        assertThat(offered)
                .as("the chosen federal project's regional projects, and the one chosen, kept with its error")
                .contains(String.valueOf(waste.id()), String.valueOf(dumps.id()))
                .doesNotContain(String.valueOf(yards.id()));
        assertThat(page)
                .contains("id=\"regional-project-options\"", "data-federal=\"NP19-04-FP03\"", "practice-form.js");

        String fixed = mvc.perform(post("/practices")
                        .param("year", "2024")
                        .param("regionCode", "59")
                        .param("leadMunicipality", "57735000")
                        .param("title", "Раздельный сбор отходов")
                        .param("links[0].nationalProject", "NP19-05")
                        .param("links[0].federalProject", "NP19-05-FP02")
                        .param("links[0].regionalProject", String.valueOf(waste.id()))
                        .with(actors.as("perm"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(fixed).startsWith("/practices/");
    }

    @Test
    void aReturnedCardShowsWhyItWasReturnedWhileItIsRevised() throws Exception {
        Actor perm = actors.actor("perm");
        PracticeCard card = practices.create(
                perm,
                Drafts.draft(
                        2024,
                        "59",
                        "57735000",
                        "Дворы, которые выбрали жители",
                        "Дворы не благоустраивались",
                        "Благоустроить дворы",
                        "Жители выбрали дворы на собраниях",
                        Drafts.link("NP19-04", "NP19-04-FP03")));
        practices.act(perm, card.id(), PracticeAction.SUBMIT, null);
        practices.act(perm, card.id(), PracticeAction.RETURN, "Приложите постановление о благоустройстве");

        String page = page(get("/practices/" + card.id() + "/edit"));

        assertThat(page).contains("id=\"return-notice\"", "Карточка возвращена на доработку");
        assertThat(page).contains("Приложите постановление о благоустройстве");
        assertThat(page)
                .as("the rules the review found unmet when it was returned")
                .contains("Муниципальный правовой акт", "Укажите муниципальный правовой акт (вид, номер, дата)");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(actors.as("perm")).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String summary(String page) {
        int start = page.indexOf("id=\"error-summary\"");
        assertThat(start).as("the error summary is on the page").isPositive();
        return page.substring(start, page.indexOf("</div>", start));
    }

    private static List<String> anchors(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<String> options(String page, String selectId) {
        int start = page.indexOf("id=\"" + selectId + "\"");
        String select = page.substring(start, page.indexOf("</select>", start));
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<option value=\"(\\d+)\"").matcher(select);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static RegionalProjectView byFederal(List<RegionalProjectView> projects, String federal) {
        return projects.stream()
                .filter(p -> p.federalProject().code().equals(federal))
                .findFirst()
                .orElseThrow();
    }
}
