package ru.praktika.audit;

import java.time.OffsetDateTime;

/**
 * One recorded write.
 *
 * @param id its number
 * @param occurredAt when
 * @param actor who (login)
 * @param action what, as {@code object.verb}
 * @param objectType the kind of object
 * @param objectId its id
 * @param details what changed, as JSON
 */
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String objectType,
        String objectId,
        String details) {}
