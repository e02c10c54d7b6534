package ru.praktika.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.support.JobWaiter;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.Workbooks;

/**
 * The full-text vectors of imported cards are made after the import's commit (ADR 0015): the cards are found by their
 * words before that, the vectors are the ones a card saved on the site gets, and the catch-up makes the missing ones.
 */
@PraktikaTest
class SearchVectorsTests {

    private static final String SAME_AS_SAVED =
            "search is not distinct from practice.search_vector(title, problem, goals, description)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchVectors vectors;

    @Test
    void importedCardsAreFoundByTheirWordsBeforeAndAfterTheirVectorsAreMade() throws Exception {
        Workbooks book = Workbooks.empty();
        for (int i = 1; i <= 3; i++) {
            book.practice("VEC-59-" + i, "Прокат снегоходов " + i, "01.03.2024");
        }
        String job = upload(book);
        assertThat(JsonPath.<String>read(JobWaiter.waitFor(mvc, job, "perm"), "$.status"))
                .isEqualTo("DONE");

        // after the commit the listener makes the three vectors, the same as the trigger makes on the site
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> count("search is not null") == 3);
        assertThat(count(SAME_AS_SAVED)).isEqualTo(3);
        assertThat(found("снегоходы")).containsExactlyInAnyOrder("VEC-59-1", "VEC-59-2", "VEC-59-3");

        // as if a crash had cut the listener off: the cards are still found, and the catch-up makes the vectors again
        jdbc.sql("""
                        update practice.practices set search = null
                        where external_id like 'VEC-59-%' and external_id <> 'VEC-59-1'
                        """).update();
        assertThat(count("search is null")).isEqualTo(2);
        assertThat(found("прокат снегохода")).containsExactlyInAnyOrder("VEC-59-1", "VEC-59-2", "VEC-59-3");
        assertThat(vectors.catchUp()).isGreaterThanOrEqualTo(2);
        assertThat(count(SAME_AS_SAVED)).isEqualTo(3);
        assertThat(count("search is null")).isZero();

        // a text changed on the site gets its new vector at once
        jdbc.sql("update practice.practices set title = 'Прокат лыж' where external_id = 'VEC-59-2'")
                .update();
        assertThat(count(SAME_AS_SAVED)).isEqualTo(3);
        assertThat(found("лыжи")).containsExactly("VEC-59-2");
        assertThat(found("снегоходы")).containsExactlyInAnyOrder("VEC-59-1", "VEC-59-3");

        // a card a later import changes is saved as on the site: its new vector is there when the job is DONE
        Workbooks change = Workbooks.empty();
        change.practice("VEC-59-3", "Прокат саней 3", "01.03.2024");
        String done = JobWaiter.waitFor(mvc, upload(change), "perm");
        assertThat(JsonPath.<Integer>read(done, "$.result.updated")).as(done).isEqualTo(1);
        assertThat(count(SAME_AS_SAVED + " and search is not null")).isEqualTo(3);
        assertThat(found("сани")).containsExactly("VEC-59-3");
    }

    private String upload(Workbooks book) throws Exception {
        return JsonPath.read(
                mvc.perform(multipart("/api/v1/campaigns/2024/imports")
                                .file(new MockMultipartFile(
                                        "file", "practices.xlsx", "application/octet-stream", book.bytes()))
                                .with(httpBasic("perm", "demo")))
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.jobId");
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from practice.practices where external_id like 'VEC-59-%' and " + condition)
                .query(Long.class)
                .single();
    }

    /** The external ids of this test's practices among those perm's list finds by these words. */
    private List<String> found(String words) throws Exception {
        String body = mvc.perform(get("/api/v1/practices")
                        .param("q", words)
                        .param("size", "50")
                        .with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(body, "$.items[*].id");
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select external_id from practice.practices where id in (:ids) and external_id like 'VEC-59-%'")
                .param("ids", ids)
                .query(String.class)
                .list();
    }
}
