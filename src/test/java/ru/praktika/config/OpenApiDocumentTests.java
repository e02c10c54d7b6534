package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.support.PraktikaTest;

/**
 * The OpenAPI document as the recommended rules of a linter read it (redocly: security-defined, operation-summary):
 * every operation of the API has a summary and says how to sign in; the reads open to everyone say so, the others
 * do not.
 */
@PraktikaTest
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyOperationHasASummaryAndSaysHowToSignIn() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Object> schemes = JsonPath.read(doc, "$.components.securitySchemes");
        assertThat(schemes).containsKeys("basicAuth", "bearerAuth", "sessionCookie");
        List<Object> global = JsonPath.read(doc, "$.security");
        assertThat(global).hasSize(3);

        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(doc, "$.paths");
        List<String> withoutSummary = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("summary") == null
                    || operation.get("summary").toString().isBlank()) {
                withoutSummary.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(withoutSummary).isEmpty();
        assertThat(paths.size()).isGreaterThan(100);

        // a public read: anyone (an empty requirement) or any way of signing in
        List<Map<String, Object>> library = JsonPath.read(doc, "$.paths['/api/v1/library/practices'].get.security");
        assertThat(library).contains(Map.of()).hasSize(4);
        List<Map<String, Object>> competition =
                JsonPath.read(doc, "$.paths['/api/v1/competitions/{year}/results'].get.security");
        assertThat(competition).contains(Map.of());
        // a write or a read for the signed-in only keeps the document's requirement
        assertThat((Map<String, Object>) JsonPath.read(doc, "$.paths['/api/v1/votes'].post"))
                .doesNotContainKey("security");
        assertThat((Map<String, Object>) JsonPath.read(doc, "$.paths['/api/v1/instructions'].get"))
                .doesNotContainKey("security");
    }
}
