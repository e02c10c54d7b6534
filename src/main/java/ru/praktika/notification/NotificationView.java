package ru.praktika.notification;

import java.time.Instant;

/**
 * A notification as its reader sees it.
 *
 * @param id its id
 * @param subject the subject
 * @param body the text
 * @param link where to go
 * @param createdAt when
 * @param read whether this reader has read it
 */
public record NotificationView(long id, String subject, String body, String link, Instant createdAt, boolean read) {}
