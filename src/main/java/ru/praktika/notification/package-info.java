/**
 * Notifications: an outbox of messages to a person or to everyone of a role in a region — workflow steps of practices
 * (the other side is told), reminders to regions that have not submitted a week before the campaign deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Уведомления")
package ru.praktika.notification;
