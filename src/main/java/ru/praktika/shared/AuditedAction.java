package ru.praktika.shared;

import java.util.Map;

/**
 * Published by every write so the audit log records it in the same transaction.
 *
 * @param actor who did it (a login, "system" or "anonymous")
 * @param action a civic verb in the form {@code object.verb}, e.g. {@code user.create}, {@code oktmo.import}
 * @param objectType the kind of object changed
 * @param objectId its id
 * @param details what changed (before/after values, counts); serialised as JSON
 */
public record AuditedAction(String actor, String action, String objectType, String objectId, Map<String, ?> details) {

    public static AuditedAction by(
            Actor actor, String action, String objectType, Object objectId, Map<String, ?> details) {
        return new AuditedAction(actor.username(), action, objectType, String.valueOf(objectId), details);
    }
}
