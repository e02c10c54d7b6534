package ru.praktika.partnership.domain;

import java.util.Map;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.shared.Texts;

/** The checks of typed values shared by the partnership's services: Russian messages per field. */
final class Inputs {

    static final int SHORT = PartnershipCommands.SHORT_TEXT;
    static final int LONG = PartnershipCommands.LONG_TEXT;

    private Inputs() {}

    static String required(String value, String field, String message, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw InvalidRequestException.ofFields(Map.of(field, message));
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        String v = Texts.strippedOrNull(value);
        if (v != null && v.length() > max) {
            throw InvalidRequestException.ofFields(
                    Map.of(field, "Не длиннее " + RussianNumbers.format(max) + " знаков"));
        }
        return v;
    }

    static void year(Integer year, String field) {
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidRequestException.ofFields(Map.of(field, "Год — между 2000 и 2100"));
        }
    }

    static void date(java.time.LocalDate day, String field) {
        if (day != null && (day.getYear() < 2000 || day.getYear() > 2100)) {
            throw InvalidRequestException.ofFields(Map.of(field, "Дата — между 2000 и 2100 годом"));
        }
    }
}
