package ru.praktika.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.praktika.shared.Actor;
import ru.praktika.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs jobs on a small pool of background threads (two: the machine has two cores) and keeps their state in
 * {@code jobs.jobs}. A job reports progress through {@link Progress}; its outcome is DONE with a result or FAILED with
 * errors. Jobs belong to the instance that accepted them (ADR 0008).
 */
@Service
public class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    /** What a running job may say about itself. */
    public interface Progress {
        void total(int total);

        void advance(int done);
    }

    /** The work of a job: returns the result, or throws {@link JobFailure} with the errors. */
    public interface Work {
        Map<String, Object> run(byte[] payload, Progress progress);
    }

    /** A job's work ended with problems; nothing it did stays. */
    public static class JobFailure extends RuntimeException {
        private final List<JobView.JobError> errors;

        public JobFailure(String message, List<JobView.JobError> errors) {
            super(message);
            this.errors = List.copyOf(errors);
        }

        public List<JobView.JobError> errors() {
            return errors;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Executor executor =
            new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(100));

    Jobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Jobs run in this process only (ADR 0008): a job still queued or running when the application starts was cut off
     * by a stop or crash. It is marked failed with a Russian message, so nobody waits for it forever.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void failInterrupted() {
        int n = jdbc.sql("""
                        update jobs.jobs set status = 'FAILED', payload = null, updated = now(),
                            message = 'Задание прервано остановкой сервера; запустите его снова'
                        where status in ('QUEUED', 'RUNNING') and created < :started
                        """).param("started", processStarted()).update();
        if (n > 0) {
            log.warn("{} jobs were interrupted by the last stop and are marked failed", n);
        }
    }

    /** When this JVM started: rows older than that belong to a previous run. */
    public static java.sql.Timestamp processStarted() {
        return new java.sql.Timestamp(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** Queues work; returns its id at once. */
    public UUID submit(Actor actor, String kind, byte[] payload, Work work) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into jobs.jobs (id, kind, owner, status, payload) values (:id, :k, :o, 'QUEUED', :p)")
                .param("id", id)
                .param("k", kind)
                .param("o", actor.username())
                .param("p", payload)
                .update();
        try {
            executor.execute(() -> run(id, payload, work));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            update(id, "FAILED", "Очередь заданий заполнена", List.of(), Map.of());
            throw new ru.praktika.shared.ConflictException(
                    "Очередь фоновых заданий заполнена; повторите через несколько минут");
        }
        return id;
    }

    private void run(UUID id, byte[] payload, Work work) {
        update(id, "RUNNING", null, null, null);
        try {
            Map<String, Object> result = work.run(payload, new Progress() {
                private int total;
                private int writtenPercent = -1;

                @Override
                public void total(int total) {
                    this.total = total;
                    jdbc.sql("update jobs.jobs set total = :t, updated = now() where id = :id")
                            .param("t", total)
                            .param("id", id)
                            .update();
                }

                /** Written when the whole percent changes: a 10,000-row import writes ~100 times, not 20,000. */
                @Override
                public void advance(int done) {
                    int percent = total == 0 ? 0 : (int) ((long) done * 100 / total);
                    if (percent == writtenPercent) {
                        return;
                    }
                    writtenPercent = percent;
                    jdbc.sql("update jobs.jobs set progress = :p, updated = now() where id = :id")
                            .param("p", done)
                            .param("id", id)
                            .update();
                }
            });
            update(id, "DONE", String.valueOf(result.getOrDefault("message", "Готово")), List.of(), result);
        } catch (JobFailure f) {
            update(id, "FAILED", f.getMessage(), f.errors(), Map.of());
        } catch (RuntimeException e) {
            log.error("Job {} failed", id, e);
            update(id, "FAILED", "Задание прервано внутренней ошибкой; данные не изменены", List.of(), Map.of());
        } catch (Error e) {
            log.error("Job {} failed", id, e);
            update(
                    id,
                    "FAILED",
                    "Задание прервано: не хватило ресурсов сервера; данные не изменены",
                    List.of(),
                    Map.of());
            throw e;
        }
    }

    private void update(
            UUID id, String status, String message, List<JobView.JobError> errors, Map<String, Object> result) {
        jdbc.sql("""
                        update jobs.jobs set status = :s, message = coalesce(:m, message),
                            errors = coalesce(cast(:e as jsonb), errors), result = coalesce(cast(:r as jsonb), result),
                            payload = case when :s in ('DONE', 'FAILED') then null else payload end, updated = now()
                        where id = :id
                        """)
                .param("s", status)
                .param("m", message)
                .param("e", errors == null ? null : json.writeValueAsString(errors))
                .param("r", result == null ? null : json.writeValueAsString(result))
                .param("id", id)
                .update();
    }

    /** A job its owner (or the secretariat) may see. */
    public JobView job(Actor actor, UUID id) {
        return find(id).filter(j -> actor.isAdmin()
                        || owner(id).map(actor.username()::equals).orElse(false))
                .orElseThrow(() -> new NotFoundException("Задание " + id + " не найдено"));
    }

    private Optional<String> owner(UUID id) {
        return jdbc.sql("select owner from jobs.jobs where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private Optional<JobView> find(UUID id) {
        return jdbc.sql(
                        "select id, kind, status, progress, total, message, errors::text, result::text, created, updated"
                                + " from jobs.jobs where id = :id")
                .param("id", id)
                .query((rs, i) -> new JobView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getString(6),
                        json.readValue(rs.getString(7), new TypeReference<List<JobView.JobError>>() {}),
                        json.readValue(rs.getString(8), new TypeReference<Map<String, Object>>() {}),
                        rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant()))
                .optional();
    }
}
