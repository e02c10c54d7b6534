package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.support.PraktikaTest;

/** The done-when path of the practice card through the API, with its permissions per role and region. */
@PraktikaTest
class PracticeApiTests {

    @Autowired
    MockMvc mvc;

    static final String CARD = """
            {"year": 2023, "regionCode": "59", "leadMunicipality": "57735000",
             "municipalities": ["57735000", "57727000"],
             "title": "Дворы, которые выбрали жители",
             "problem": "Дворы многоквартирных домов не благоустраивались двадцать лет.",
             "description": "Жители выбрали проекты на собраниях, работы выполнены за лето.",
             "financing": [{"source": "LOCAL", "amountRub": 3000000}, {"source": "EXTRA_BUDGETARY", "amountRub": 1000000}],
             "mechanism": "INITIATIVE_BUDGETING",
             "results": [{"indicator": "Благоустроенные дворы", "unit": "единица", "baseValue": 2, "baseYear": 2021,
                          "targetValue": 10, "actualValue": 12, "actualYear": 2023}],
             "legalActs": [{"type": "постановление", "number": "15-п", "date": "2023-03-01", "title": "О программе"}],
             "links": [{"nationalProject": "NP19-04", "federalProject": "NP19-04-FP03",
                        "contribution": "10 благоустроенных дворов"}]}""";

    @Test
    void permCreatesUpdatesAndSubmitsAndOthersAreKeptOut() throws Exception {
        String created = mvc.perform(json(post("/api/v1/practices"), CARD).with(httpBasic("perm", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("DRAFT")))
                .andExpect(jsonPath("$.interMunicipal", is(true)))
                .andExpect(jsonPath("$.extraBudgetaryShare", is(0.25)))
                .andExpect(jsonPath("$.links[0].federalProjectName", is("Формирование комфортной городской среды")))
                .andExpect(jsonPath("$.availableActions", hasItem("SUBMIT")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");
        int version = JsonPath.read(created, "$.version");
        String changed = CARD.replace("Дворы, которые выбрали жители", "Дворы, которые выбрали жители Чайковского")
                .replace("\"year\": 2023", "\"version\": " + version + ", \"year\": 2023");

        mvc.perform(json(put("/api/v1/practices/" + id), changed).with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title", containsString("Чайковского")));
        mvc.perform(json(put("/api/v1/practices/" + id), changed).with(httpBasic("perm", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("версия устарела")));

        mvc.perform(get("/api/v1/practices/" + id).with(httpBasic("tatarstan", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/practices/" + id), changed).with(httpBasic("tatarstan", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/practices/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/practices").param("region", "59").with(httpBasic("tatarstan", "demo")))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));

        mvc.perform(post("/api/v1/practices/" + id + "/actions/submit").with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("SUBMITTED")));
        mvc.perform(post("/api/v1/practices/" + id + "/actions/accept").with(httpBasic("perm", "demo")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/practices/" + id + "/actions/forward").with(httpBasic("perm", "demo")))
                .andExpect(jsonPath("$.status", is("FORWARDED")));
        mvc.perform(post("/api/v1/practices/" + id + "/actions/accept").with(httpBasic("perm", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/practices/" + id + "/actions/accept").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.status", is("ACCEPTED")));
        mvc.perform(get("/api/v1/practices/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/practices/" + id + "/actions/publish").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.status", is("PUBLISHED")));
        mvc.perform(get("/api/v1/practices/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.availableActions").isEmpty());
        mvc.perform(get("/api/v1/practices/" + id).with(httpBasic("tatarstan", "demo")))
                .andExpect(status().isOk());

        String versions = mvc.perform(
                        get("/api/v1/practices/" + id + "/versions").with(httpBasic("perm", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<java.util.List<Object>>read(versions, "$")).hasSize(6);
        mvc.perform(get("/api/v1/practices/" + id + "/diff")
                        .param("from", String.valueOf(version))
                        .param("to", String.valueOf(version + 1))
                        .with(httpBasic("perm", "demo")))
                .andExpect(jsonPath("$[0].field", is("Название практики")))
                .andExpect(jsonPath("$[0].after", containsString("Чайковского")));
    }

    @Test
    void invalidCardsAreRussian400sNamingEachField() throws Exception {
        String bad = """
                {"year": 2023, "regionCode": "59", "leadMunicipality": "92701000", "title": "",
                 "financing": [{"source": "LOCAL", "amountRub": -5}],
                 "links": [{"nationalProject": "NP25-06"}]}""";
        mvc.perform(json(post("/api/v1/practices"), bad).with(httpBasic("perm", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title", containsString("Укажите название")))
                .andExpect(jsonPath("$.errors.leadMunicipality", containsString("другому региону")))
                .andExpect(jsonPath("$.errors['financing[0].amountRub']").exists())
                .andExpect(jsonPath("$.errors['links[0]']", containsString("2019-2024")));
    }

    @Test
    void aReturnNeedsAComment() throws Exception {
        String created = mvc.perform(json(post("/api/v1/practices"), CARD).with(httpBasic("perm", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/practices/" + id + "/actions/submit").with(httpBasic("perm", "demo")));
        mvc.perform(json(post("/api/v1/practices/" + id + "/actions/return"), "{}")
                        .with(httpBasic("perm", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.comment").exists());
        mvc.perform(json(post("/api/v1/practices/" + id + "/actions/return"), "{\"comment\": \"Добавьте результаты\"}")
                        .with(httpBasic("perm", "demo")))
                .andExpect(jsonPath("$.status", is("RETURNED")));
        mvc.perform(get("/api/v1/practices/" + id + "/history").with(httpBasic("perm", "demo")))
                .andExpect(jsonPath("$[1].comment", is("Добавьте результаты")));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
