package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/** The municipality picker of the card form shows names, never OKTMO digits, and keeps the code hidden. */
@PraktikaTest
class MunicipalityPickerTests {

    private static final Pattern VISIBLE = Pattern.compile(
            "<input type=\"text\" id=\"leadMunicipality\" name=\"leadMunicipalityText\" value=\"([^\"]*)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"leadMunicipality\" value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeService practices;

    @Autowired
    TestActors actors;

    @Test
    void editingACardShowsTheSavedMunicipalityByNameAndTheEdition() throws Exception {
        PracticeCard card = practices.create(
                actors.actor("perm"),
                Drafts.draft(2023, "59", "57735000", "Сквер у пруда", "Проблема", null, "Описание", List.of()));

        String html = page(get("/practices/" + card.id() + "/edit"));

        assertThat(visible(html)).isEqualTo("Чайковский — городской округ");
        assertThat(hidden(html)).isEqualTo("57735000");
        assertThat(html)
                .contains("role=\"combobox\"", "aria-controls=\"leadMunicipality-options\"", "role=\"listbox\"");
        assertThat(html).containsPattern("Справочник ОКТМО на \\d{1,2} [а-я]+ \\d{4} г\\.");
        assertThat(html).doesNotContain("datalist");
    }

    @Test
    void aNameTypedButNotPickedIsARussianErrorAndTheTextStays() throws Exception {
        String html = page(post("/practices")
                .param("year", "2023")
                .param("regionCode", "59")
                .param("leadMunicipality", "")
                .param("leadMunicipalityText", "Чайков")
                .param("title", "Сквер у пруда"));

        assertThat(visible(html)).isEqualTo("Чайков");
        assertThat(hidden(html)).isEmpty();
        assertThat(html).contains("Выберите муниципальное образование из списка подсказок: «Чайков» не выбрано");
        assertThat(html).contains("aria-invalid=\"true\"");
    }

    @Test
    void theExactNameTypedWithoutJavaScriptIsTaken() throws Exception {
        String html = page(post("/practices")
                .param("year", "2023")
                .param("regionCode", "59")
                .param("leadMunicipality", "")
                .param("leadMunicipalityText", "Чайковский городской округ")
                .param("title", ""));

        assertThat(hidden(html)).isEqualTo("57735000");
        assertThat(visible(html)).isEqualTo("Чайковский — городской округ");
        assertThat(html).doesNotContain("не выбрано");
    }

    @Test
    void aMunicipalityAbolishedByTheReformIsShownByNameAndCannotLeadANewCard() throws Exception {
        String html = page(post("/practices")
                .param("year", "2023")
                .param("regionCode", "59")
                .param("leadMunicipality", "57634410")
                .param("leadMunicipalityText", "Чайковское — сельское поселение, Нытвенский район (упразднено)")
                .param("title", "Сквер у пруда"));

        assertThat(visible(html)).isEqualTo("Чайковское — сельское поселение, Нытвенский район (упразднено)");
        assertThat(html).contains("«Чайковское» упразднено и не входит в действующий справочник ОКТМО");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(actors.as("perm")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String visible(String html) {
        return first(VISIBLE, html);
    }

    private static String hidden(String html) {
        return first(HIDDEN, html);
    }

    private static String first(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as("pattern %s in the page", p).isTrue();
        return m.group(1);
    }
}
