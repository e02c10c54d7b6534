package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.Actor;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * A card's files are part of its content: they are added while the card is a draft or returned, go through the
 * council's and the association's review with the text, and the public sees only the files of the published card.
 */
@PraktikaTest
class PublishedAttachmentTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeService practices;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileCannotBeAddedToAPublishedCardAndThePublicSeesOnlyReviewedFiles() throws Exception {
        Actor perm = actors.actor("perm");
        Actor admin = actors.actor("admin");
        long id = practices.create(perm, PracticeAccessTests.draft("57735000")).id();
        long reviewed = practices.attach(perm, id, "акт.pdf", PDF).id();
        practices.act(perm, id, PracticeAction.SUBMIT, null);

        // under review: the file would skip the council's look
        upload(id, "позже.pdf")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("черновику или к карточке, возвращённой на доработку")));

        practices.act(perm, id, PracticeAction.FORWARD, null);
        practices.act(admin, id, PracticeAction.ACCEPT, null);
        practices.act(admin, id, PracticeAction.PUBLISH, null);

        upload(id, "после публикации.pdf")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("«опубликована» не правится")));
        mvc.perform(multipart("/practices/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "со страницы.pdf", "application/pdf", PDF))
                        .with(actors.as("perm"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("не прикладываются")));

        mvc.perform(get("/api/v1/practices/{id}/attachments", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].fileName", is("акт.pdf")));
        mvc.perform(get("/api/v1/practices/{id}/attachments/{a}", id, reviewed)).andExpect(status().isOk());
    }

    @Test
    void aFileAddedToAPublishedCardBeforeTheRuleStaysWithTheReviewers() throws Exception {
        Actor perm = actors.actor("perm");
        Actor admin = actors.actor("admin");
        long id = practices.create(perm, PracticeAccessTests.draft("57735000")).id();
        practices.act(perm, id, PracticeAction.SUBMIT, null);
        practices.act(perm, id, PracticeAction.FORWARD, null);
        practices.act(admin, id, PracticeAction.ACCEPT, null);
        practices.act(admin, id, PracticeAction.PUBLISH, null);
        // what the probe did while attaching to published cards was allowed
        long late = jdbc.sql("""
                        insert into practice.attachments (practice_id, file_name, content_type, size_bytes, sha256,
                                                          uploaded_by, uploaded_at, content)
                        values (:p, 'непроверенный.pdf', 'application/pdf', 3, repeat('0', 64), 'perm',
                                now() + interval '1 minute', 'abc')
                        returning id
                        """).param("p", id).query(Long.class).single();

        mvc.perform(get("/api/v1/practices/{id}/attachments", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/practices/{id}/attachments/{a}", id, late)).andExpect(status().isNotFound());
        mvc.perform(get("/practices/{id}/attachments/{a}", id, late)).andExpect(status().isNotFound());
        String page = mvc.perform(get("/practices/{id}", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("непроверенный.pdf");

        assertThat(practices.attachments(perm, id))
                .extracting(a -> a.fileName())
                .containsExactly("непроверенный.pdf");
        mvc.perform(get("/api/v1/practices/{id}/attachments/{a}", id, late).with(httpBasic("perm", "demo")))
                .andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions upload(long id, String name) throws Exception {
        return mvc.perform(multipart("/api/v1/practices/{id}/attachments", id)
                .file(new MockMultipartFile("file", name, "application/pdf", PDF))
                .with(httpBasic("perm", "demo")));
    }
}
