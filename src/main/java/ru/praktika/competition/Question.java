package ru.praktika.competition;

/**
 * A question of a nomination's application form, defined as data per nomination and year.
 *
 * @param key the answer's key (latin letters, digits, underscores)
 * @param label the question as shown
 * @param kind {@code TEXT}, {@code NUMBER} or {@code YES_NO}
 * @param required whether a submitted application must answer it
 * @param maxLength the longest answer for TEXT (characters)
 */
public record Question(String key, String label, String kind, boolean required, int maxLength) {}
