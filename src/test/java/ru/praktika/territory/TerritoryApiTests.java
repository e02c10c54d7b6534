package ru.praktika.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.support.PraktikaTest;

@PraktikaTest
class TerritoryApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TerritoryApi territory;

    @Test
    void listsAllEightyNineSubjectsWithTheirCodes() throws Exception {
        mvc.perform(get("/api/v1/regions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(89)))
                .andExpect(jsonPath("$[?(@.code == '59')].fullName", hasItem("Пермский край")))
                .andExpect(jsonPath("$[?(@.code == '59')].isoCode", hasItem("RU-PER")))
                .andExpect(jsonPath("$[?(@.code == '59')].federalDistrict", hasItem("Приволжский")))
                .andExpect(jsonPath("$[?(@.code == '16')].oktmo", hasItem("92000000")));
    }

    @Test
    void unknownRegionIsARussianProblem() throws Exception {
        mvc.perform(get("/api/v1/regions/99"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status", is(404)))
                .andExpect(jsonPath("$.detail", containsString("Регион с кодом «99» не найден")));
    }

    @Test
    void startsWithOktmoOfTheFirstOfJanuary2024AndKeepsThe2019Codes() throws Exception {
        assertThat(territory.oktmoEditions())
                .anySatisfy(e -> {
                    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 1));
                    assertThat(e.rowsRead()).isEqualTo(17_783);
                    assertThat(e.title()).isEqualTo("Справочник ОКТМО на 1 января 2024 г.");
                })
                .anySatisfy(e -> assertThat(e.date().getYear()).isEqualTo(2019));
        // other tests import region files; the edition reported is the one loaded last
        mvc.perform(get("/api/v1/municipalities/edition"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title", startsWith("Справочник ОКТМО на ")))
                .andExpect(jsonPath("$.date").isNotEmpty())
                .andExpect(jsonPath("$.municipalities", greaterThanOrEqualTo(17_700)));
        mvc.perform(get("/api/v1/municipalities").param("size", "1").param("includeInactive", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(21_983 + 534)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.page", is(0)))
                .andExpect(jsonPath("$.size", is(1)));
    }

    @Test
    void typingTheBeginningOfChaikovskyOffersTheUrbanOkrug() throws Exception {
        mvc.perform(get("/api/v1/municipalities").param("region", "59").param("q", "Чайков"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].oktmo", is("57735000")))
                .andExpect(jsonPath("$.items[0].name", is("Чайковский городской округ")))
                .andExpect(jsonPath("$.items[0].label", is("Чайковский — городской округ")))
                .andExpect(jsonPath("$.items[0].population", greaterThanOrEqualTo(70_000)))
                .andExpect(jsonPath("$.items[*].active", everyItem(is(true))));
    }

    @Test
    void typingTheCodeFindsTheMunicipalityByName() throws Exception {
        mvc.perform(get("/api/v1/municipalities").param("region", "59").param("q", "577350"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].label", is("Чайковский — городской округ")));
    }

    @Test
    void findsChaikovskyFromAnInflectedForm() throws Exception {
        mvc.perform(get("/api/v1/municipalities").param("region", "59").param("q", "чайковского"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name", containsString("Чайковск")))
                .andExpect(jsonPath("$.items[*].regionCode", everyItem(is("59"))));
    }

    @Test
    void findsChaikovskyDespiteATypo() throws Exception {
        mvc.perform(get("/api/v1/municipalities").param("region", "59").param("q", "чайковскй"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name", containsString("Чайковск")));
    }

    @Test
    void autonomousOkrugsOwnTheirMunicipalities() throws Exception {
        // 118… belongs to Ненецкий АО (83), not to Архангельская область (29)
        mvc.perform(get("/api/v1/municipalities").param("region", "83").param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(10)))
                .andExpect(jsonPath("$.items[*].oktmo", everyItem(org.hamcrest.Matchers.startsWith("118"))));
    }

    @Test
    void filtersByType() throws Exception {
        mvc.perform(get("/api/v1/municipalities")
                        .param("region", "59")
                        .param("type", "URBAN_OKRUG")
                        .param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].type", everyItem(is("URBAN_OKRUG"))))
                .andExpect(jsonPath("$.items[*].name", hasItem("Пермский городской округ")));
    }

    @Test
    void findsAMunicipalityByOktmo() throws Exception {
        mvc.perform(get("/api/v1/municipalities/57727000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("Нытвенский городской округ")))
                .andExpect(jsonPath("$.typeName", is("городской округ")))
                .andExpect(jsonPath("$.active", is(true)));
        // abolished by the reform (Нытвенский район became an okrug in 2019): still found for old cards
        mvc.perform(get("/api/v1/municipalities/57634410"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("Чайковское")))
                .andExpect(jsonPath("$.typeName", is("сельское поселение")))
                .andExpect(jsonPath("$.parentOktmo", is("57634000")))
                .andExpect(jsonPath("$.active", is(false)))
                .andExpect(jsonPath("$.label", is("Чайковское — сельское поселение, Нытвенский район (упразднено)")));
        mvc.perform(get("/api/v1/municipalities/00000000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("не найдено")));
    }

    @Test
    void badParametersAreRussian400sNever500s() throws Exception {
        String[][] bad = {
            {"page", "-1"}, {"size", "0"}, {"size", "1000"}, {"page", "abc"}, {"region", "99"}, {"type", "замок"}
        };
        for (String[] p : bad) {
            mvc.perform(get("/api/v1/municipalities").param(p[0], p[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").isNotEmpty())
                    .andExpect(jsonPath("$.title", is("Некорректный запрос")));
        }
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/regions']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/municipalities']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
    }
}
