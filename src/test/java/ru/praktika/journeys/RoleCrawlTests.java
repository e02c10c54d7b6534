package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.praktika.support.PraktikaTest;

/**
 * A crawler per role, the way a person clicks: it signs in through the {@code /login} form (no Basic auth), follows
 * every same-site link the pages show, and fails on what a person would stumble on: a page or download that does not
 * answer 200, a download that asks for a second login, raw enum values, programmer numbers ({@code 38.4},
 * {@code 38.400000000000006}), English words, or a bare region code in a table cell.
 */
@PraktikaTest
class RoleCrawlTests {

    private static final Pattern SKIP = Pattern.compile(
            "/logout|^mailto:|^tel:|^javascript:|/swagger-ui|/v3/api-docs|/actuator|\\.(png|jpg|svg|css|js|ico|woff2?)(\\?|$)");
    private static final Pattern DOWNLOAD = Pattern.compile(
            "\\.(xlsx|docx|pdf|csv|zip|ics|json)(\\?|$)|/file$|/minutes|/export|template|/attachments/");
    static final Pattern ENUM = Pattern.compile("\\b(DRAFT|SUBMITTED|FORWARDED|ACCEPTED|PUBLISHED|RETURNED|CONSOLIDATED"
            + "|COLLECTION|REGIONAL_OPERATOR|MUNICIPAL_OPERATOR|ADMIN|EXPERT|IN_PROGRESS|ASSIGNED|DONE|FAILED|QUEUED"
            + "|RUNNING|VIDEO|IN_PERSON|CONCESSION|PPP|EXTRA_BUDGETARY|[A-Z]{3,}_[A-Z_]{3,})\\b");
    /** A decimal point between digits that is not part of a date (dd.mm.yyyy) or a time. */
    static final Pattern POINT_NUMBER = Pattern.compile("(?<![\\d.]|BY-SA )\\d+\\.\\d+(?![\\d.])");

    static final Pattern ENGLISH = Pattern.compile("\\b(Choose File|No file chosen|null|undefined|NaN|Error|Exception"
            + "|Submit|Cancel|Delete|Edit|Save|Loading|Search|Next|Previous|Page|true|false|Europe/Moscow|SHA-256)\\b");
    /** Text made of national/federal project codes only (NP19-04, NP19-04-FP03): people read names. */
    static final Pattern PROJECT_CODES_ONLY = Pattern.compile("\\s*(NP\\d{2}-\\d{2}(-[A-Z]+\\d+)?[,;\\s]*)+");

    private static final int MAX_PAGES = 260;
    private static final int PER_SHAPE = 3;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anonymous", "perm", "expert", "admin"})
    void everyPageAndDownloadARoleReachesOpensCleanly(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        if (!user.equals("anonymous")) {
            signIn(http, user);
        }
        List<String> findings = crawl(http);
        assertThat(findings).as("what %s stumbles on", user).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void signIn(HttpClient http, String user) throws IOException, InterruptedException {
        Document login = Jsoup.parse(get(http, "/login").body());
        String csrf = login.select("input[name=_csrf]").attr("value");
        String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).as("sign-in of %s", user).isNotEqualTo("/login");
    }

    private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .timeout(Duration.ofSeconds(120))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> crawl(HttpClient http) throws IOException, InterruptedException {
        List<String> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> referer = new HashMap<>();
        Map<String, Integer> shapes = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> response = get(http, path);
            String from = " ← " + referer.get(path);
            if (response.statusCode() != 200) {
                boolean secondLogin =
                        response.headers().firstValue("WWW-Authenticate").isPresent();
                findings.add("HTTP " + response.statusCode() + (secondLogin ? " (asks for a second login) " : " ")
                        + path + from);
                continue;
            }
            if (response.uri().getPath().equals("/login") && !path.startsWith("/login")) {
                findings.add("sent to the sign-in page: " + path + from);
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.contains("html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), base() + path);
            page.select("script, style, code, pre, textarea, .mono-code").remove();
            String text = page.body() == null ? "" : page.body().text();
            check(findings, path, "raw enum", ENUM, text);
            check(findings, path, "programmer number", POINT_NUMBER, text);
            check(findings, path, "English", ENGLISH, text);
            bareRegionCodes(findings, path, page);
            for (Element cell : page.select("td, li, dd")) {
                if (PROJECT_CODES_ONLY.matcher(cell.ownText()).matches()) {
                    findings.add("a project code instead of its name on " + path + ": " + cell.ownText());
                    break;
                }
            }
            for (Element a : page.select("a[href]")) {
                String url = a.absUrl("href");
                if (!url.startsWith(base())) {
                    continue;
                }
                String rel = url.substring(base().length()).split("#")[0];
                rel = rel.isEmpty() ? "/" : rel;
                if (SKIP.matcher(rel).find() || seen.contains(rel)) {
                    continue;
                }
                referer.putIfAbsent(rel, path);
                String shape = shape(rel);
                if (shapes.merge(shape, 1, Integer::sum) > PER_SHAPE) {
                    continue;
                }
                if (DOWNLOAD.matcher(rel).find()) {
                    queue.addFirst(rel);
                } else {
                    queue.add(rel);
                }
            }
        }
        return findings;
    }

    /** A table column headed «Регион» must name regions, not print their two-digit codes. */
    private static void bareRegionCodes(List<String> findings, String path, Document page) {
        for (Element table : page.select("table")) {
            List<String> headers = table.select("thead th").eachText();
            int column = -1;
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).startsWith("Регион") || headers.get(i).startsWith("Субъект")) {
                    column = i;
                }
            }
            if (column < 0) {
                continue;
            }
            for (Element row : table.select("tbody tr")) {
                var cells = row.select("td");
                if (cells.size() > column && cells.get(column).text().matches("\\d{2}")) {
                    findings.add("a region code instead of its name on " + path + ": "
                            + cells.get(column).text());
                    return;
                }
            }
        }
    }

    private static void check(List<String> findings, String path, String kind, Pattern pattern, String text) {
        Set<String> hits = new java.util.TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            hits.add(m.group());
        }
        if (!hits.isEmpty()) {
            findings.add(kind + " on " + path + ": " + hits);
        }
    }

    private static String shape(String rel) {
        String[] parts = rel.split("\\?", 2);
        String path = parts[0].replaceAll("/\\d+", "/{n}");
        if (parts.length == 1) {
            return path;
        }
        List<String> keys = new ArrayList<>();
        for (String kv : parts[1].split("&")) {
            keys.add(kv.split("=", 2)[0]);
        }
        java.util.Collections.sort(keys);
        return path + "?" + String.join("&", keys);
    }
}
