package ru.praktika.audit;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.PageView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records each {@link AuditedAction} synchronously, inside the transaction of the write it describes: a write that
 * rolls back leaves no audit row, and a write never commits without one (ADR 0004).
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final org.springframework.jdbc.core.JdbcTemplate batch;

    AuditLog(JdbcClient jdbc, JsonMapper json, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    @EventListener
    void on(AuditedAction action) {
        on(new ru.praktika.shared.AuditedActions(java.util.List.of(action)));
    }

    @EventListener
    void on(ru.praktika.shared.AuditedActions actions) {
        java.util.List<Object[]> rows = actions.actions().stream()
                .map(a -> new Object[] {
                    a.actor(),
                    a.action(),
                    a.objectType(),
                    a.objectId(),
                    json.writeValueAsString(a.details() == null ? java.util.Map.of() : a.details())
                })
                .toList();
        batch.batchUpdate(
                "insert into audit.audit_events (actor, action, object_type, object_id, details)"
                        + " values (?, ?, ?, ?, cast(? as jsonb))",
                rows);
    }

    /** Who wrote to the log and what kinds of objects it names: the choices of the log's filters. */
    public java.util.List<String> actors(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Журнал аудита доступен только секретариату ассоциации");
        }
        return jdbc.sql("select distinct actor from audit.audit_events order by actor")
                .query(String.class)
                .list();
    }

    public java.util.List<String> objectTypes(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Журнал аудита доступен только секретариату ассоциации");
        }
        return jdbc.sql("select distinct object_type from audit.audit_events order by object_type")
                .query(String.class)
                .list();
    }

    /** The latest entries, newest first; only the secretariat reads the log. */
    public PageView<AuditEntry> latest(Actor actor, String actorFilter, String objectType, PageRequest page) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Журнал аудита доступен только секретариату ассоциации");
        }
        StringBuilder where = new StringBuilder(" where true");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (actorFilter != null && !actorFilter.isBlank()) {
            where.append(" and actor = :actor");
            params.put("actor", actorFilter.strip());
        }
        if (objectType != null && !objectType.isBlank()) {
            where.append(" and object_type = :type");
            params.put("type", objectType.strip());
        }
        long total = jdbc.sql("select count(*) from audit.audit_events" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> items = jdbc.sql(
                        "select id, occurred_at, actor, action, object_type, object_id, details::text as details"
                                + " from audit.audit_events" + where + " order by id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(AuditEntry.class)
                .list();
        return new PageView<>(items, total, page.page(), page.size());
    }
}
