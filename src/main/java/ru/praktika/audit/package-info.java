/** Audit: records every write ({@link ru.praktika.shared.AuditedAction}) in the same transaction, and lists them. */
@org.springframework.modulith.ApplicationModule(displayName = "Журнал аудита")
package ru.praktika.audit;
