package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/** Attachments are recognised by content, not by name, and read only by those who may read the card. */
@PraktikaTest
class PracticeAttachmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeService practices;

    @Autowired
    TestActors actors;

    @Test
    void acceptsRealDocumentsRefusesARenamedExeAndGuardsDownloads() throws Exception {
        long id = practices
                .create(actors.actor("perm"), PracticeAccessTests.draft("57735000"))
                .id();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        String uploaded = mvc.perform(multipart("/api/v1/practices/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "акт о приёмке.pdf", "application/pdf", pdf))
                        .with(httpBasic("perm", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType", is("application/pdf")))
                .andExpect(jsonPath("$.fileName", is("акт о приёмке.pdf")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int attachmentId = JsonPath.read(uploaded, "$.id");

        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        mvc.perform(multipart("/api/v1/practices/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "отчёт.pdf", "application/pdf", exe))
                        .with(httpBasic("perm", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file", containsString("PDF, DOCX, XLSX, JPG или PNG")));

        mvc.perform(multipart("/api/v1/practices/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "таблица", "application/octet-stream", docx()))
                        .with(httpBasic("perm", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName", is("таблица.docx")));

        mvc.perform(get("/api/v1/practices/" + id + "/attachments/" + attachmentId)
                        .with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(pdf));
        mvc.perform(get("/api/v1/practices/" + id + "/attachments/" + attachmentId)
                        .with(httpBasic("tatarstan", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/practices/" + id + "/attachments/" + attachmentId))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/practices/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .with(httpBasic("expert", "demo")))
                .andExpect(status().isForbidden());
    }

    private static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
