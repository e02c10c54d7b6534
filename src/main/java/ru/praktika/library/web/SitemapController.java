package ru.praktika.library.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import ru.praktika.library.domain.OpenData;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * What search engines read: {@code /sitemap.xml} lists the public pages (home, the library, every published practice,
 * the regions, the competition, open data), streamed; {@code /robots.txt} keeps robots out of the working pages.
 *
 * <p>A sitemap holds at most 50,000 addresses. Up to {@value #PART} practices it is one list; beyond, {@code
 * /sitemap.xml} is an index of parts {@code /sitemap.xml?part=N}, each with {@value #PART} practices (the first also
 * with the other pages).
 */
@Controller
class SitemapController {

    static final int PART = 45_000;
    private static final int BATCH = 5_000;
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_INSTANT;

    private final OpenData data;
    private final TerritoryApi territory;

    SitemapController(OpenData data, TerritoryApi territory) {
        this.data = data;
        this.territory = territory;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    void sitemap(@RequestParam(required = false) Integer part, HttpServletResponse response) throws IOException {
        OpenData.State state = data.state();
        int parts = (int) Math.max(1, (state.practices() + PART - 1) / PART);
        if (part != null && (part < 1 || part > parts)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(MediaType.APPLICATION_XML_VALUE);
        response.setCharacterEncoding("UTF-8");
        String base = OpenDataController.baseUrl();
        String changed = lastmod(state.changedAt());
        Writer out = new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 64 * 1024);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (parts > 1 && part == null) {
            out.write("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (int p = 1; p <= parts; p++) {
                out.write("<sitemap><loc>" + xml(base + "/sitemap.xml?part=" + p) + "</loc><lastmod>" + changed
                        + "</lastmod></sitemap>\n");
            }
            out.write("</sitemapindex>\n");
            out.flush();
            return;
        }
        int current = part == null ? 1 : part;
        out.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        if (current == 1) {
            url(out, base + "/", null);
            url(out, base + "/library", changed);
            url(out, base + "/opendata", changed);
            url(out, base + "/competitions", null);
            for (RegionView region : territory.regions()) {
                url(out, base + "/regions/" + region.code(), null);
            }
        }
        long from = (long) (current - 1) * PART;
        for (long offset = from; offset < from + PART; offset += BATCH) {
            int[] n = {0};
            data.pages(offset, (int) Math.min(BATCH, from + PART - offset), (id, at) -> {
                n[0]++;
                try {
                    url(out, base + "/library/practices/" + id, lastmod(at));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (n[0] < BATCH) {
                break;
            }
        }
        out.write("</urlset>\n");
        out.flush();
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    void robots(HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        String text = "User-agent: *\n"
                + "Allow: /\n"
                + "Disallow: /admin\n"
                + "Disallow: /desk\n"
                + "Disallow: /api/\n"
                + "Disallow: /login\n"
                + "\n"
                + "Sitemap: " + OpenDataController.baseUrl() + "/sitemap.xml\n";
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void url(Writer out, String loc, String lastmod) throws IOException {
        out.write("<url><loc>");
        out.write(xml(loc));
        out.write("</loc>");
        if (lastmod != null) {
            out.write("<lastmod>");
            out.write(lastmod);
            out.write("</lastmod>");
        }
        out.write("</url>\n");
    }

    private static String lastmod(Instant at) {
        return W3C.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String xml(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
