package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.praktika.support.PraktikaTest;

/**
 * Every public page, as a 1366 px desktop and as a 390 px phone shows it, passes axe-core (the accessibility engine
 * browsers' developer tools use) with no critical or serious violation, and nothing scrolls sideways on the phone.
 */
@PraktikaTest
class PublicPagesAreAccessibleTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    static String axe() throws IOException {
        try (InputStream in = PublicPagesAreAccessibleTests.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    List<String> publicPages() {
        long practice = jdbc.sql("select min(practice_id) from library.entries")
                .query(Long.class)
                .single();
        return List.of(
                "/",
                "/library",
                "/library?q=" + java.net.URLEncoder.encode("благоустройство дворв", StandardCharsets.UTF_8),
                "/library?district=" + java.net.URLEncoder.encode("Приволжский", StandardCharsets.UTF_8)
                        + "&np=NP19-04",
                "/library/practices/" + practice,
                "/library/map",
                "/library/map?measure=per100k",
                "/library/regions/59",
                "/opendata",
                "/practices/" + practice,
                "/regions",
                "/regions/59",
                "/national-projects",
                "/organizations",
                "/competitions",
                "/competitions/2024",
                "/competitions/2024/results",
                "/news",
                "/about",
                "/login");
    }

    @Test
    void everyPublicPagePassesAxeOnDesktopAndPhone() throws IOException {
        String axe = axe();
        // the check can fail: a page with an unlabelled field and an image without text is caught
        driver.get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
        assertThat(violations(axe)).extracting(v -> v.get("id")).contains("image-alt", "label");
        List<String> problems = new ArrayList<>();
        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                asPhone();
            }
            for (String page : publicPages()) {
                driver.get(url(page));
                String where = (phone ? "390 px " : "1366 px ") + page;
                for (Map<String, Object> v : violations(axe)) {
                    problems.add(where + ": " + v.get("impact") + " " + v.get("id") + " — " + v.get("help") + " "
                            + v.get("targets"));
                }
                if (phone && sidewaysOverflow() > 0) {
                    problems.add(where + ": the page scrolls sideways by " + sidewaysOverflow() + " px");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> violations(String axe) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'critical' || v.impact === 'serious')
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));
                """);
        return (List<Map<String, Object>>) result;
    }
}
