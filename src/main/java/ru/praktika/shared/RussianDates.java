package ru.praktika.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Russian documents write them, and as Russian users type them. */
public final class RussianDates {

    private static final String[] MONTHS = {
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря"
    };
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern IN_WORDS = Pattern.compile("(\\d{1,2})\\s+([а-яё]+)\\s+(\\d{4})(\\s*г\\.?)?");

    private RussianDates() {}

    /** «26 августа 2020 г.» */
    public static String inWords(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear() + " г.";
    }

    /** «26.08.2020» */
    public static String numeric(LocalDate d) {
        return d.format(NUMERIC);
    }

    /**
     * A date a person typed (or a date field sent as 2024-03-01): null when blank, a clear Russian refusal when it is
     * not a date.
     */
    public static LocalDate parseInput(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate d = parse(text);
        if (d == null) {
            throw new InvalidRequestException("Не удалось прочитать дату «" + text.strip() + "»: например, 01.03.2024");
        }
        return d;
    }

    /** 01.03.2024, 1.3.2024, 01.03.24, 2024-03-01, 01/03/2024, «1 марта 2024 г.»; null when it is none of them. */
    public static LocalDate parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String pattern : new String[] {"d.M.uuuu", "d.M.uu", "uuuu-M-d", "d/M/uuuu"}) {
            try {
                return LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        Matcher m = IN_WORDS.matcher(t);
        if (m.matches()) {
            for (int i = 0; i < MONTHS.length; i++) {
                if (MONTHS[i].equals(m.group(2))) {
                    try {
                        return LocalDate.of(Integer.parseInt(m.group(3)), i + 1, Integer.parseInt(m.group(1)));
                    } catch (DateTimeException e) {
                        return null; // «31 февраля»
                    }
                }
            }
        }
        return null;
    }
}
