package ru.praktika.practice.domain;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.practice.PracticesImported;

/**
 * Makes the full-text vectors the cards of an import were written without (ADR 0015): after the import's commit, a
 * thousand cards per transaction, so the import's own transaction does not wait for the stemming of every text. Until a
 * card has its vector the practices' search makes it on the fly, so nothing is missing from a search meanwhile. The
 * catch-up at start and every ten minutes finishes what a crash cut off; instances share the work through row locks.
 */
@Component
class SearchVectors {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchVectors.class);
    static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SearchVectors(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @ApplicationModuleListener
    public void on(PracticesImported imported) {
        List<Long> ids = imported.practiceIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            tx.executeWithoutResult(status -> write("""
                    where id in (select id from practice.practices
                                 where id in (:ids) and search is null for update skip locked)
                    """, Map.of("ids", batch)));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("The full-text vectors' catch-up at start failed; it is tried again in ten minutes", e);
        }
    }

    /** Makes every missing vector; returns how many. */
    @Scheduled(initialDelay = 600_000, fixedDelay = 600_000)
    public int catchUp() {
        int total = 0;
        while (true) {
            Integer written = tx.execute(status -> write("""
                    where id in (select id from practice.practices
                                 where search is null order by id limit :limit for update skip locked)
                    """, Map.of("limit", BATCH)));
            if (written == null || written == 0) {
                return total;
            }
            total += written;
        }
    }

    /** Makes the vectors of the cards {@code where} picks; returns how many. */
    private int write(String where, Map<String, ?> params) {
        // the GIN index takes the vectors into its pending list, merged later by autovacuum (this transaction only)
        jdbc.sql("set local gin_pending_list_limit = '64MB'").update();
        return jdbc.sql(
                        "update practice.practices set search = practice.search_vector(title, problem, goals, description) "
                                + where)
                .params(params)
                .update();
    }
}
