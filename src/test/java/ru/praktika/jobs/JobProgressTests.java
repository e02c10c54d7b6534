package ru.praktika.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.support.PraktikaTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bar moves while a job works inside one transaction (an import writes all its cards in one): the progress is
 * written apart from the job's transaction, so a person watching sees it before the job commits.
 */
@PraktikaTest
class JobProgressTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void progressIsSeenWhileTheJobsTransactionIsStillOpen() throws Exception {
        CountDownLatch seen = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        JobHandler halfway = new JobHandler() {
            @Override
            public String kind() {
                return "progress-test";
            }

            @Override
            public Map<String, Object> run(JobRun job, Jobs.Progress progress) {
                return tx.execute(status -> {
                    progress.total(10);
                    progress.advance(5);
                    try {
                        // the job holds its transaction open until the test has seen the bar at half
                        assertThat(seen.await(60, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    progress.advance(10);
                    return Map.of("message", "Готово");
                });
            }
        };
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into jobs.jobs (id, kind, owner, status) values (:id, 'progress-test', 'admin', 'QUEUED')")
                .param("id", id)
                .update();
        // run here, not through db-scheduler, whose runner does not know this kind
        JobRunner runner = new JobRunner(jdbc, json, List.of(halfway), transactions);
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> runner.run(id));

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> progress(id).equals(List.of("RUNNING", 5, 10)));
        seen.countDown();
        running.get(60, TimeUnit.SECONDS);
        assertThat(progress(id)).containsExactly("DONE", 10, 10);
    }

    /** Status, progress and total as another connection sees them. */
    private List<Object> progress(UUID id) {
        return jdbc.sql("select status, progress, total from jobs.jobs where id = :id")
                .param("id", id)
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }
}
