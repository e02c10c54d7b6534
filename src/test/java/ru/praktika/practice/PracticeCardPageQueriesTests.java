package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.Actor;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.StatementCounter;
import ru.praktika.support.TestActors;

/**
 * The card page reads the card once per view, whoever looks at it: the permissions, the actions, the contacts and the
 * card itself come from that one read, and the rest of the page costs one statement per list it shows.
 */
@PraktikaTest
class PracticeCardPageQueriesTests {

    /** A statement that reads the card's own row (not its child tables, whose names only begin the same way). */
    private static final Pattern READS_CARD =
            Pattern.compile("(?is)^\\s*select\\b.*\\bfrom\\s+\"?practice\"?\\.\"?practices\"?(?![\\w\"]).*");

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return StatementCounter.wrapDataSource();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    PracticeService practices;

    private long card(String where) {
        return jdbc.sql("select p.id from practice.practices p where " + where + " order by p.id limit 1")
                .query(Long.class)
                .single();
    }

    private List<String> statementsOf(MockHttpServletRequestBuilder request) throws Exception {
        // warm the caches of names (regions, municipalities, the catalogue) that any earlier page would have filled
        mvc.perform(request).andExpect(status().isOk());
        StatementCounter.start();
        try {
            mvc.perform(request).andExpect(status().isOk());
        } finally {
            List<String> sql = StatementCounter.stop();
            sql.forEach(s -> System.out.println("SQL> " + s));
            return sql;
        }
    }

    private static long cardReads(List<String> sql) {
        return sql.stream().filter(s -> READS_CARD.matcher(s).matches()).count();
    }

    private void report(String who, List<String> sql) {
        System.out.println(
                "STATEMENTS " + who + ": total " + sql.size() + ", reading practice.practices " + cardReads(sql));
    }

    @Test
    void theSecretariatsViewReadsTheCardOnce() throws Exception {
        long id = card("p.status = 'PUBLISHED' and p.region_code = '59'");
        List<String> sql = statementsOf(get("/practices/{id}", id).with(actors.as("admin")));
        report("admin", sql);
        assertThat(cardReads(sql)).as("reads of the card").isEqualTo(1);
        assertThat(sql).as("statements of the page").hasSizeLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void theRegionsOperatorsViewOfADraftReadsTheCardOnce() throws Exception {
        Actor perm = actors.actor("perm");
        long id = practices
                .create(
                        perm,
                        Drafts.draft(
                                2023,
                                "59",
                                "57735000",
                                "Карточка подсчёта запросов",
                                "Зубрилка квакля бормотень.",
                                null,
                                "Квакля зубрилка бормотень, трижды.",
                                Drafts.link("NP19-04", "NP19-04-FP03")))
                .id();
        practices.comment(perm, id, "Замечание к названию", "title");
        List<String> sql = statementsOf(get("/practices/{id}", id).with(actors.as("perm")));
        report("perm", sql);
        assertThat(cardReads(sql)).as("reads of the card").isEqualTo(1);
        assertThat(sql).as("statements of the page").hasSizeLessThanOrEqualTo(MAX_STATEMENTS);
        // the one read still keeps another region's draft from its operator
        mvc.perform(get("/practices/{id}", id).with(actors.as("tatarstan"))).andExpect(status().isNotFound());
    }

    @Test
    void anAnonymousViewOfAPublishedCardReadsTheCardOnce() throws Exception {
        long id = card("p.status = 'PUBLISHED' and p.region_code = '59'");
        List<String> sql = statementsOf(get("/practices/{id}", id));
        report("anonymous", sql);
        assertThat(cardReads(sql)).as("reads of the card").isEqualTo(1);
        assertThat(sql).as("statements of the page").hasSizeLessThanOrEqualTo(MAX_STATEMENTS);
    }

    /**
     * The page's budget: the card with its parts (1 statement), the names of its municipalities and of its links'
     * projects, looked up one by one in their modules (a demo card has up to two municipalities and one link: up to
     * 4), the region (1), the reviewer's versions, history, comments and attachments (4; the public's attachments: 1)
     * and the bell's notifications (1). 11 for the secretariat, 10 for the operator, 7 anonymous; before the card was
     * read once a view took 52, 51 and 30.
     */
    private static final int MAX_STATEMENTS = 12;
}
