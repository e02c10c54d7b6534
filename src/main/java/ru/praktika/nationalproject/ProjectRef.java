package ru.praktika.nationalproject;

/**
 * A national or federal project by code and name.
 *
 * @param code e.g. {@code NP19-04} or {@code NP19-04-FP03}
 * @param name e.g. «Жилье и городская среда»
 */
public record ProjectRef(String code, String name) {}
