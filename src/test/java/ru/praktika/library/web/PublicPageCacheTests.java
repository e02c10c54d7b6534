package ru.praktika.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.library.domain.LibraryIndex;
import ru.praktika.library.domain.OpenData;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * The library's public answers kept whole for anonymous visitors (PageCache): the same search is sent again as it
 * was built, a change of the library builds it anew, and signed-in visitors, errors and downloads are never kept.
 */
@PraktikaTest
class PublicPageCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicCachingFilter filter;

    @Autowired
    OpenData data;

    @Autowired
    LibraryIndex index;

    @Autowired
    TestActors actors;

    @Autowired
    PracticeService practices;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The generation an ETag was made for: {@code W/"<generation>-<hash>"}. */
    private static long generationOf(String etag) {
        return Long.parseLong(etag.substring(3, etag.indexOf('-')));
    }

    @Test
    void aSearchAskedAgainIsSentAsItWasBuiltUntilTheLibraryChanges() throws Exception {
        for (String url :
                List.of("/library?q=%D0%B4%D0%B2%D0%BE%D1%80%D1%8B&sort=date", "/api/v1/library/practices?q=x1")) {
            MockHttpServletResponse first = send(get(url));
            assertThat(first.getStatus()).as(url).isEqualTo(200);
            String etag = first.getHeader(HttpHeaders.ETAG);
            assertThat(filter.keeps(generationOf(etag), etag)).as(url).isTrue();

            MockHttpServletResponse again = send(get(url));
            assertThat(again.getStatus()).isEqualTo(200);
            if (etag.equals(again.getHeader(HttpHeaders.ETAG))) {
                assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
                assertThat(again.getContentType()).isEqualTo(first.getContentType());
                assertThat(again.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
            }
        }
        MockHttpServletResponse page = send(get("/library"));
        String etag = page.getHeader(HttpHeaders.ETAG);
        long before = generationOf(etag);
        assertThat(filter.keeps(before, etag)).isTrue();

        // any change of the library (here: a card indexed again) makes a new generation; the old answers are let go
        long publishedId = Drafts.publish(
                        practices,
                        actors.actor("perm"),
                        actors.actor("admin"),
                        Drafts.draft(
                                2024,
                                "59",
                                "57735000",
                                "Страница из кэша",
                                "Проблема",
                                "Цели",
                                "Сделано",
                                Drafts.link("NP19-04", "NP19-04-FP03")))
                .id();
        index.refresh(List.of(publishedId));
        long after = data.generation().generation();
        assertThat(after).isGreaterThan(before);
        assertThat(filter.keeps(after, etag)).isFalse();
        MockHttpServletResponse rebuilt = send(get("/library"));
        assertThat(generationOf(rebuilt.getHeader(HttpHeaders.ETAG))).isGreaterThanOrEqualTo(after);
        assertThat(rebuilt.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
    }

    @Test
    void signedInAnswersErrorsAndDownloadsAreNeverKept() throws Exception {
        MockHttpServletResponse signedIn = send(get("/library?q=signed").with(actors.as("perm")));
        assertThat(signedIn.getStatus()).isEqualTo(200);
        assertThat(signedIn.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(signedIn.getContentAsString(StandardCharsets.UTF_8)).contains("name=\"_csrf\"");
        // the anonymous answer of the same address is not the signed-in one
        MockHttpServletResponse anonymous = send(get("/library?q=signed"));
        assertThat(anonymous.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("name=\"_csrf\"");

        MockHttpServletResponse missing = send(get("/library/practices/987654321"));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getHeader(HttpHeaders.ETAG)).isNull();

        MockHttpServletResponse bad = send(get("/api/v1/library/practices/abc"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getHeader(HttpHeaders.ETAG)).isNull();

        mvc.perform(get("/opendata/practices.csv")).andExpect(status().isOk());
        assertThat(PublicCachingFilter.kept("/opendata/practices.csv")).isFalse();
        assertThat(PublicCachingFilter.kept("/sitemap.xml")).isFalse();
        assertThat(PublicCachingFilter.kept("/library/map")).isTrue();
    }
}
