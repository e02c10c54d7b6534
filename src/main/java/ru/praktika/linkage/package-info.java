/**
 * Linkage: reads Russian practice texts. Suggests the national and federal project a practice belongs to (with the
 * words that led there, or an honest "unlinked"), checks a practice's own link against its text, finds near
 * duplicates and similar practices, and learns from the links experts accept. Listens to practice events; nothing
 * depends on it at compile time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Связь с нацпроектами и похожие практики")
package ru.praktika.linkage;
