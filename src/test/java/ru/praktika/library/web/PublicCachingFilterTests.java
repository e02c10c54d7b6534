package ru.praktika.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicCachingFilterTests {

    private final PublicCachingFilter.Headers headers = new PublicCachingFilter.Headers("W/\"1-ab\"", 0L);

    @Test
    void anAnswerThatSetsACookieAfterItsBodyStartedIsMarkedPrivate() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        PublicCachingFilter.Cacheable cacheable = new PublicCachingFilter.Cacheable(response, headers);
        cacheable.getWriter().write("<html>");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");

        cacheable.addCookie(new Cookie("XSRF-TOKEN", "t"));

        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, max-age=60");
    }

    @Test
    void anAnswerThatSetsACookieBeforeItsBodyIsNeverMarkedPublic() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        PublicCachingFilter.Cacheable cacheable = new PublicCachingFilter.Cacheable(response, headers);
        cacheable.addHeader(HttpHeaders.SET_COOKIE, "a=b");
        cacheable.getOutputStream().write(1);

        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, max-age=60");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("W/\"1-ab\"");
    }

    @Test
    void anAnswerWithoutCookiesStaysPublic() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        PublicCachingFilter.Cacheable cacheable = new PublicCachingFilter.Cacheable(response, headers);
        cacheable.setHeader(HttpHeaders.CONTENT_TYPE, "text/html");
        cacheable.getWriter().write("<html>");

        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
    }
}
