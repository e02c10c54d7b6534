package ru.praktika.nationalproject;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.support.PraktikaTest;

@PraktikaTest
class CatalogueTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsFourteenNationalProjectsWithEightyFourFederalOnesFor2019() throws Exception {
        mvc.perform(get("/api/v1/national-projects").param("period", "2019-2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(14)))
                .andExpect(jsonPath("$[*].federalProjects[*]", hasSize(84)))
                .andExpect(jsonPath("$[?(@.code == 'NP19-04')].name", hasItem("Жилье и городская среда")))
                .andExpect(jsonPath("$[?(@.code == 'NP19-04')].federalProjects[*].code", hasItem("NP19-04-FP03")));
    }

    @Test
    void listsNineteenNationalProjectsFor2025() throws Exception {
        mvc.perform(get("/api/v1/national-projects").param("period", "2025-2030"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(19)))
                .andExpect(jsonPath("$[?(@.code == 'NP25-06')].name", hasItem("Инфраструктура для жизни")));
        mvc.perform(get("/api/v1/national-projects").param("period", "2030"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("2019-2024")));
    }

    @Test
    void showsANationalProjectWithItsSuccessors() throws Exception {
        mvc.perform(get("/api/v1/national-projects/NP19-04"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period", is("2019-2024")))
                .andExpect(jsonPath("$.successors", containsString("Инфраструктура для жизни")))
                .andExpect(jsonPath("$.federalProjects[*].code", hasItem("NP19-04-FP03")));
        mvc.perform(get("/api/v1/national-projects/NP99-01")).andExpect(status().isNotFound());
    }

    @Test
    void aRegionalOperatorCreatesRegionalProjectsOnlyForTheirRegion() throws Exception {
        String body = """
                {"federalProject": "NP19-04-FP03", "name": "Формирование комфортной городской среды (Пермский край)"}""";
        mvc.perform(post("/api/v1/regions/59/regional-projects")
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.federalProject.code", is("NP19-04-FP03")))
                .andExpect(jsonPath("$.nationalProject.code", is("NP19-04")));
        mvc.perform(post("/api/v1/regions/16/regional-projects")
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/regions/59/regional-projects"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Формирование комфортной городской среды (Пермский край)")));
    }

    @Test
    void theSecretariatRenamesAndAddsWithoutBreakingCodes() throws Exception {
        mvc.perform(post("/api/v1/national-projects/NP25-06/federal-projects")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Новый федеральный проект\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code", containsString("NP25-06-FP")));
        mvc.perform(put("/api/v1/federal-projects/NP19-04-FP03")
                        .with(httpBasic("expert", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Чужая правка\"}"))
                .andExpect(status().isForbidden());
    }
}
