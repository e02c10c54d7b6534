package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.Actor;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;
import ru.praktika.support.Workbooks;

/**
 * The card is declared once: every field of the catalogue has its component in the records, its column in the
 * database and its label; a field added through the catalogue (the number of beneficiaries, the practice's page on
 * the municipality's site) shows in the form, on the card, in the template, in the export and in the diff.
 */
@PraktikaTest
class CardCatalogueTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    PracticeService practices;

    @Test
    void everyFieldHasItsComponentsItsColumnAndALabel() {
        List<String> columns = jdbc.sql("select column_name from information_schema.columns"
                        + " where table_schema = 'practice' and table_name = 'practices'")
                .query(String.class)
                .list();
        for (CardCatalogue.Field f : CardCatalogue.FIELDS) {
            assertThat(CardTexts.has(PracticeDraft.class, f.name()))
                    .as("PracticeDraft.%s", f.name())
                    .isTrue();
            assertThat(CardTexts.has(PracticeCard.class, f.name()))
                    .as("PracticeCard.%s", f.name())
                    .isTrue();
            String column = f.name().equals("leadMunicipality")
                    ? "lead_oktmo"
                    : f.name().replaceAll("([A-Z])", "_$1").toLowerCase();
            assertThat(columns).as("column of %s", f.name()).contains(column);
            assertThat(CardCatalogue.label(f.name())).isEqualTo(f.label());
        }
        for (CardCatalogue.Group g : CardCatalogue.GROUPS) {
            assertThat(CardTexts.has(PracticeDraft.class, g.name()))
                    .as(g.name())
                    .isTrue();
            if (g != CardCatalogue.MUNICIPALITIES) {
                g.fields()
                        .forEach(f -> assertThat(CardTexts.has(CardTexts.rowType(g), f.name()))
                                .as("%s.%s", g.name(), f.name())
                                .isTrue());
            }
        }
        // nothing an author sends is missing from the catalogue
        for (var c : PracticeDraft.class.getRecordComponents()) {
            boolean declared = CardCatalogue.field(c.getName()).isPresent()
                    || CardCatalogue.group(c.getName()).isPresent()
                    || List.of("year", "regionCode", "version").contains(c.getName());
            assertThat(declared)
                    .as("PracticeDraft.%s is declared in the catalogue", c.getName())
                    .isTrue();
        }
        assertThat(CardCatalogue.label("results[1].actualYear")).isEqualTo("Результат 2 · год факта");
        assertThat(CardCatalogue.label("links")).isEqualTo("Связь с национальными проектами");
    }

    @Test
    void theFieldsAddedInTheCatalogueReachTheFormTheCardTheTemplateTheExportAndTheDiff() throws Exception {
        String form = mvc.perform(get("/practices/new").with(actors.as("perm")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("id=\"beneficiariesCount\"", "Число благополучателей, чел.")
                .contains("id=\"practiceUrl\"", "Страница практики на сайте МО");

        String location = mvc.perform(post("/practices")
                        .param("year", "2024")
                        .param("regionCode", "59")
                        .param("leadMunicipality", "57735000")
                        .param("title", "Каталог карточки: новые поля")
                        .param("problem", "Проблема")
                        .param("beneficiariesCount", "12 500")
                        .param("practiceUrl", "https://chaikovsky.example/praktika")
                        .with(actors.as("perm"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+", ""));
        String card = mvc.perform(get("/practices/" + id).with(actors.as("perm")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(card.replace('\u00a0', ' '))
                .contains("Число благополучателей, чел.", "12 500")
                .contains("href=\"https://chaikovsky.example/praktika\"");

        byte[] template = mvc.perform(
                        get("/api/v1/campaigns/2024/template.xlsx").with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Workbooks book = Workbooks.open(template);
        assertThat(book.column("Практики", "Число благополучателей, чел.")).isPositive();
        assertThat(book.column("Практики", "Страница практики на сайте МО")).isPositive();

        byte[] export = mvc.perform(get("/api/v1/campaigns/2024/practices.xlsx").with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> row = Workbooks.open(export).rows("Практики").stream()
                .filter(r -> ("#" + id).equals(r.get("Внешний код*")))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("Число благополучателей, чел.")).isEqualTo("12500.0");
        assertThat(row.get("Страница практики на сайте МО")).isEqualTo("https://chaikovsky.example/praktika");

        Actor perm = actors.actor("perm");
        PracticeCard saved = practices.card(perm, id);
        Map<String, Object> v = new LinkedHashMap<>();
        for (var c : PracticeDraft.class.getRecordComponents()) {
            v.put(c.getName(), CardTexts.value(saved, c.getName()));
        }
        v.put("beneficiariesCount", 13_000);
        v.put("version", saved.version());
        practices.revise(perm, id, CardTexts.create(PracticeDraft.class, v));
        String diff = mvc.perform(get("/practices/" + id + "/diff")
                        .param("from", String.valueOf(saved.version()))
                        .param("to", String.valueOf(saved.version() + 1))
                        .with(actors.as("perm")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(diff)
                .contains("Число благополучателей, чел.")
                .contains("12500")
                .contains("13000");
    }
}
