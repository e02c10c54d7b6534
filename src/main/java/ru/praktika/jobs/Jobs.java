package ru.praktika.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.shared.Actor;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Long work as jobs (ADR 0014): a job is stored in {@code jobs.jobs} with everything needed to run it (who asked, the
 * parameters, the uploaded file) and handed to db-scheduler, which lets exactly one instance run it, keeps a heartbeat
 * while it runs and, when the instance running it dies, has another instance start it again. The work is a
 * {@link JobHandler} of the job's kind; it reports progress through {@link Progress}; its outcome is DONE with a result
 * or FAILED with errors.
 */
@Service
public class Jobs {

    /** What a running job may say about itself. */
    public interface Progress {
        void total(int total);

        void advance(int done);
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
    private final ObjectProvider<SchedulerClient> scheduler;

    Jobs(JdbcClient jdbc, JsonMapper json, ObjectProvider<SchedulerClient> scheduler) {
        this.jdbc = jdbc;
        this.json = json;
        this.scheduler = scheduler;
    }

    /**
     * Stores the job and schedules it to run now on whichever instance is free; returns its id at once. In the
     * caller's transaction both happen or neither does.
     */
    @Transactional
    public UUID submit(Actor actor, String kind, Map<String, String> params, byte[] payload) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into jobs.jobs (id, kind, owner, status, payload, actor, params)
                        values (:id, :k, :o, 'QUEUED', :p, cast(:actor as jsonb), cast(:params as jsonb))
                        """)
                .param("id", id)
                .param("k", kind)
                .param("o", actor.username())
                .param("p", payload)
                .param("actor", json.writeValueAsString(actorJson(actor)))
                .param("params", json.writeValueAsString(params))
                .update();
        SchedulerClient client = scheduler.getObject();
        client.scheduleIfNotExists(JobTasks.JOB.instance(id.toString()).build(), Instant.now());
        // db-scheduler looks for the job at once, before this transaction has committed, and then only at its next
        // poll (2 s later): after the commit it is told to look again, so the job starts within milliseconds
        if (client instanceof com.github.kagkarlsson.scheduler.Scheduler local
                && org.springframework.transaction.support.TransactionSynchronizationManager
                        .isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            local.triggerCheckForDueExecutions();
                        }
                    });
        }
        return id;
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

    private static Map<String, Object> actorJson(Actor actor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("userId", actor.userId());
        m.put("username", actor.username());
        m.put("roles", actor.roles().stream().map(Role::name).sorted().toList());
        m.put("regionCode", actor.regionCode());
        m.put("oktmo", actor.oktmo());
        return m;
    }

    static Actor actorOf(Map<String, Object> m) {
        if (m == null || (m.get("userId") == null && "system".equals(m.get("username")))) {
            return Actor.SYSTEM;
        }
        Object userId = m.get("userId");
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) m.getOrDefault("roles", List.of());
        return new Actor(
                userId == null ? null : ((Number) userId).longValue(),
                (String) m.get("username"),
                roles.stream().map(Role::valueOf).collect(java.util.stream.Collectors.toSet()),
                (String) m.get("regionCode"),
                (String) m.get("oktmo"));
    }
}
