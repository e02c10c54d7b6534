package ru.praktika.jobs;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one job on the instance db-scheduler gave it to: reads what the job was asked to do, marks it RUNNING with its
 * attempt and instance, calls the handler of its kind, and stores the outcome. A job that already ended is not run
 * again; a job cut off by crashes {@value #MAX_ATTEMPTS} times is marked failed instead of being tried forever.
 */
@Component
class JobRunner {

    static final int MAX_ATTEMPTS = 3;
    static final String INSTANCE = instanceName();

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JdbcClient jdbc;
    /**
     * The progress is written in its own transaction: a handler doing its work in one transaction (an import, an OKTMO
     * edition) would otherwise hide the bar's movement until its commit.
     */
    private final org.springframework.transaction.support.TransactionTemplate apart;

    private final JsonMapper json;
    private final Map<String, JobHandler> handlers;

    JobRunner(
            JdbcClient jdbc,
            JsonMapper json,
            List<JobHandler> handlers,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.apart = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    }

    private record Stored(
            String kind,
            Map<String, Object> actor,
            Map<String, String> params,
            byte[] payload,
            int attempt,
            long waitedMillis) {}

    void run(UUID id) {
        Stored job = jdbc.sql("""
                        update jobs.jobs set status = 'RUNNING', attempts = attempts + 1, instance = :instance,
                            progress = 0, updated = now()
                        where id = :id and status in ('QUEUED', 'RUNNING')
                        returning kind, actor::text, params::text, payload, attempts,
                            (extract(epoch from clock_timestamp() - created) * 1000)::bigint
                        """)
                .param("id", id)
                .param("instance", INSTANCE)
                .query((rs, i) -> new Stored(
                        rs.getString(1),
                        rs.getString(2) == null
                                ? null
                                : json.readValue(rs.getString(2), new TypeReference<Map<String, Object>>() {}),
                        json.readValue(rs.getString(3), new TypeReference<Map<String, String>>() {}),
                        rs.getBytes(4),
                        rs.getInt(5),
                        rs.getLong(6)))
                .optional()
                .orElse(null);
        if (job == null) {
            log.info("Job {} has already ended; nothing to run", id);
            return;
        }
        log.info(
                "Job {} ({}) starts on {}, {} ms after it was submitted", id, job.kind(), INSTANCE, job.waitedMillis());
        JobHandler handler = handlers.get(job.kind());
        if (handler == null) {
            end(id, "FAILED", "Неизвестный вид задания: " + job.kind(), List.of(), Map.of());
            return;
        }
        JobRun run = new JobRun(id, Jobs.actorOf(job.actor()), job.params(), job.payload(), job.attempt());
        if (job.attempt() > MAX_ATTEMPTS) {
            String message = "Задание прерывалось остановкой сервера " + MAX_ATTEMPTS + " раза; данные не изменены,"
                    + " запустите его снова";
            handler.gaveUp(run, message);
            end(id, "FAILED", message, List.of(), Map.of());
            return;
        }
        if (job.attempt() > 1) {
            log.warn("Job {} ({}) is started again on {}: attempt {}", id, job.kind(), INSTANCE, job.attempt());
        }
        try {
            Map<String, Object> result = handler.run(run, progress(id));
            end(id, "DONE", String.valueOf(result.getOrDefault("message", "Готово")), List.of(), result);
        } catch (Jobs.JobFailure f) {
            end(id, "FAILED", f.getMessage(), f.errors(), Map.of());
        } catch (RuntimeException e) {
            log.error("Job {} failed", id, e);
            end(id, "FAILED", "Задание прервано внутренней ошибкой; данные не изменены", List.of(), Map.of());
        } catch (Error e) {
            log.error("Job {} failed", id, e);
            end(id, "FAILED", "Задание прервано: не хватило ресурсов сервера; данные не изменены", List.of(), Map.of());
            throw e;
        }
    }

    private Jobs.Progress progress(UUID id) {
        return new Jobs.Progress() {
            private int total;
            private int writtenPercent = -1;

            @Override
            public void total(int total) {
                this.total = total;
                apart.executeWithoutResult(
                        status -> jdbc.sql("update jobs.jobs set total = :t, updated = now() where id = :id")
                                .param("t", total)
                                .param("id", id)
                                .update());
            }

            /** Written when the whole percent changes: a 10,000-row import writes ~100 times, not 20,000. */
            @Override
            public void advance(int done) {
                int percent = total == 0 ? 0 : (int) ((long) done * 100 / total);
                if (percent == writtenPercent) {
                    return;
                }
                writtenPercent = percent;
                apart.executeWithoutResult(
                        status -> jdbc.sql("update jobs.jobs set progress = :p, updated = now() where id = :id")
                                .param("p", done)
                                .param("id", id)
                                .update());
            }
        };
    }

    private void end(
            UUID id, String status, String message, List<JobView.JobError> errors, Map<String, Object> result) {
        jdbc.sql("""
                        update jobs.jobs set status = :s, message = :m, errors = cast(:e as jsonb),
                            result = cast(:r as jsonb), payload = null, updated = now()
                        where id = :id
                        """)
                .param("s", status)
                .param("m", message)
                .param("e", json.writeValueAsString(errors))
                .param("r", json.writeValueAsString(result))
                .param("id", id)
                .update();
    }

    private static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + "#" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 4);
    }
}
