package ru.praktika.library.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ru.praktika.library.domain.OpenData;
import ru.praktika.shared.CurrentActor;

/**
 * Conditional GETs for the public reads of the library ({@code /library}, {@code /opendata}, their API and {@code
 * /sitemap.xml}): an anonymous answer carries {@code Last-Modified} (the library's last change, or the start of this
 * instance if later), a weak {@code ETag} built from the library's change generation, the full URL and the sign-in
 * state, and {@code Cache-Control: public, max-age=60}; a repeated request whose {@code If-None-Match} (or, without
 * it, {@code If-Modified-Since}) still matches gets 304 without the page being built. Signed-in pages carry personal
 * navigation and are never marked cacheable. Such an anonymous page carries no CSRF token (the layout leaves it out when
 * the request attribute {@link #SHARED} is set), so it sets no cookie; should a cookie be set all the same, the answer is
 * marked {@code private} instead, and a shared cache never hands one visitor's cookie to another.
 *
 * <p>The headers are added only when a successful answer starts its body, so an error page never carries them. {@code
 * Vary: Cookie} keeps a browser from showing the anonymous page it cached after its user signs in.
 *
 * <p>The answers of the library's pages and API are also kept whole for anonymous visitors by their ETag ({@link
 * PageCache}): a search asked again is sent without being built, until the library changes.
 *
 * <p>For every GET it also puts the request's full URL in the request attribute {@code ogUrl} (the layout's {@code
 * og:url}).
 */
@Component
class PublicCachingFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, max-age=60";

    /** What a shared cache may not keep: an answer that sets a cookie is for its browser alone. */
    static final String PRIVATE_CACHE_CONTROL = "private, max-age=60";

    /**
     * The request attribute that tells the layout the answer may be kept by shared caches: it then carries no CSRF
     * token (an anonymous public page has no form that writes), so no visitor is handed another's token cookie.
     */
    public static final String SHARED = "publiclyCacheable";

    /** A new deployment changes templates without changing the library: its pages must not match old ETags. */
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final OpenData data;
    private final PageCache pages;

    PublicCachingFilter(
            OpenData data,
            @org.springframework.beans.factory.annotation.Value("${praktika.library.page-cache-size:500}") int pages) {
        this.data = data;
        this.pages = new PageCache(Math.max(0, pages), 64L * 1024 * 1024);
    }

    /** The answers kept whole ({@link PageCache}): the library's pages and API, never the large downloads. */
    static boolean kept(String path) {
        return path.equals("/library")
                || path.startsWith("/library/")
                || path.equals("/api/v1/library")
                || path.startsWith("/api/v1/library/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !"GET".equals(method) && !"HEAD".equals(method);
    }

    static boolean cached(String path) {
        return path.equals("/library")
                || path.startsWith("/library/")
                || path.equals("/opendata")
                || path.startsWith("/opendata/")
                || path.startsWith("/api/v1/library/")
                || path.equals("/api/v1/library")
                || path.startsWith("/api/v1/opendata/")
                || path.equals("/sitemap.xml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String url = fullUrl(request);
        request.setAttribute("ogUrl", url);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signedIn = CurrentActor.get().isAuthenticated();
        if (!cached(path) || signedIn) {
            chain.doFilter(request, response);
            return;
        }
        OpenData.Generation generation = data.generation();
        Instant lastModified = generation.changedAt().truncatedTo(ChronoUnit.SECONDS);
        if (lastModified.isBefore(started)) {
            lastModified = started;
        }
        String etag = "W/\"" + generation.generation() + "-"
                + hash(generation.generation() + "|" + url + "|" + signedIn + "|" + started.getEpochSecond()) + "\"";
        Headers headers = new Headers(etag, lastModified.toEpochMilli());
        request.setAttribute(SHARED, Boolean.TRUE);
        if (notModified(request, etag, lastModified)) {
            headers.writeTo(response);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Cacheable cacheable = new Cacheable(response, headers);
        if (!kept(path)) {
            chain.doFilter(request, cacheable);
            return;
        }
        PageCache.Page page = pages.get(generation.generation(), etag);
        if (page != null) {
            headers.writeTo(response);
            response.setContentType(page.contentType());
            if (page.contentLanguage() != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
            }
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(cacheable);
        chain.doFilter(request, capture);
        if (capture.getStatus() == HttpServletResponse.SC_OK
                && !cacheable.setsCookie
                && capture.getContentType() != null
                && request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) == null) {
            pages.put(
                    generation.generation(),
                    etag,
                    new PageCache.Page(
                            capture.getContentType(),
                            response.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                            capture.getContentAsByteArray()));
        }
        capture.copyBodyToResponse();
    }

    /** Whether the answer with this ETag is kept whole for the generation given. */
    boolean keeps(long generation, String etag) {
        return pages.get(generation, etag) != null;
    }

    /**
     * The validators of an answer.
     *
     * @param etag the weak ETag
     * @param lastModified epoch milliseconds
     */
    record Headers(String etag, long lastModified, String cacheControl) {

        Headers(String etag, long lastModified) {
            this(etag, lastModified, CACHE_CONTROL);
        }

        Headers personal() {
            return new Headers(etag, lastModified, PRIVATE_CACHE_CONTROL);
        }

        void writeTo(HttpServletResponse response) {
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            response.setHeader(HttpHeaders.VARY, "Cookie");
        }
    }

    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String mine = opaque(etag);
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || opaque(t).equals(mine)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && lastModified.toEpochMilli() <= since;
    }

    /** The tag without its weakness mark: GET compares weakly. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String fullUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the validators when a successful answer starts its body (and only then). */
    static final class Cacheable extends HttpServletResponseWrapper {

        private Headers headers;
        private boolean written;
        private boolean setsCookie;

        Cacheable(HttpServletResponse response, Headers headers) {
            super(response);
            this.headers = headers;
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            super.addCookie(cookie);
            personal();
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                personal();
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                personal();
            }
        }

        /** A cookie makes the answer personal: browsers may keep it, shared caches may not. */
        private void personal() {
            setsCookie = true;
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (written && !response.isCommitted() && response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE_CACHE_CONTROL);
            }
            headers = headers.personal();
        }

        private void validators() {
            if (!written) {
                written = true;
                HttpServletResponse response = (HttpServletResponse) getResponse();
                if (!response.isCommitted() && response.getStatus() >= 200 && response.getStatus() < 300) {
                    headers.writeTo(response);
                }
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            validators();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            validators();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            validators();
            super.flushBuffer();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            written = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            written = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            written = true;
            super.sendRedirect(location);
        }
    }
}
