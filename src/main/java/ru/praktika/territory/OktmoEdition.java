package ru.praktika.territory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An OKTMO edition loaded into Praktika: the shipped list of 1 January 2024 or a newer Rosstat file.
 *
 * @param importId the import that loaded it
 * @param date the date the edition is on, e.g. 1 January 2024
 * @param fileName the file
 * @param importedAt when it was loaded
 * @param importedBy who loaded it ({@code system} for the shipped ones)
 * @param rowsRead municipal formations in it
 */
public record OktmoEdition(
        long importId, LocalDate date, String fileName, OffsetDateTime importedAt, String importedBy, int rowsRead) {

    private static final DateTimeFormatter RUSSIAN =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));

    /** «Справочник ОКТМО на 1 января 2024 г.» */
    public String title() {
        return "Справочник ОКТМО на " + RUSSIAN.format(date) + " г.";
    }
}
