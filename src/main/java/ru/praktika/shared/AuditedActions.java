package ru.praktika.shared;

import java.util.List;

/**
 * Many writes made at once (an import's cards), recorded by the audit log in one batch in the same transaction: each
 * is still an entry of its own.
 *
 * @param actions the writes
 */
public record AuditedActions(List<AuditedAction> actions) {}
