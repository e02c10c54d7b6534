package ru.praktika.library;

/**
 * A column of the open data set, as the data dictionary describes it.
 *
 * @param name the key in JSON and the header in CSV and XLSX (camelCase, Latin)
 * @param description what the column holds, in Russian
 * @param type {@code integer}, {@code number}, {@code string} or {@code date} (ISO 8601, yyyy-MM-dd)
 */
public record OpenDataColumn(String name, String description, String type) {}
