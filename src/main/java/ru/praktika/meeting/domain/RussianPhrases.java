package ru.praktika.meeting.domain;

import java.util.Locale;
import java.util.Set;

/** Small pieces of Russian the documents need: verb endings by gender, numerals (dates: {@code RussianDates}). */
final class RussianPhrases {

    private static final Set<String> MALE_NAMES_ON_A = Set.of(
            "никита", "илья", "кузьма", "фома", "лука", "савва", "данила", "гаврила", "фока", "миша", "саша", "женя",
            "валя");

    private RussianPhrases() {}

    /**
     * Whether a person is a woman, judged by the name «Имя Фамилия» (or «Фамилия Имя»): a surname in -ова, -ева, -ина,
     * -ая, or a first name in -а/-я that is not one of the male names like Никита, Илья.
     */
    static boolean female(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String[] parts = name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\s+");
        for (String p : parts) {
            if (p.matches(".+(ова|ева|ина|ына|ая)$")) {
                return true;
            }
        }
        for (String p : parts) {
            if (p.matches(".+(ов|ев|ин|ын|ий|ой)$")) {
                return false;
            }
        }
        String first = parts[0];
        return first.matches(".+[ая]$") && !MALE_NAMES_ON_A.contains(first);
    }

    /** «выступил» / «выступила»: adds «а» to a past-tense verb for a woman. */
    static String verb(String pastMasculine, String name) {
        return female(name) ? pastMasculine + "а" : pastMasculine;
    }

    /** The verb «состоялось/состоялась/состоялся» for a meeting title, by its head noun. */
    static String tookPlace(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        for (String w : t.split("[^\\p{L}]+")) {
            if (w.matches("(совещание|заседание|собрание|мероприятие|совещания)")) {
                return "состоялось";
            }
            if (w.matches("(встреча|конференция|сессия|видеоконференция|планерка|планёрка)")) {
                return "состоялась";
            }
            if (w.matches("(семинар|съезд|форум|стол|совет|конгресс)")) {
                return "состоялся";
            }
        }
        return "состоялось";
    }

    /** 1 субъекта, 5 субъектов — genitive after «из». */
    static String fromRegions(long n) {
        return n + " " + (n % 10 == 1 && n % 100 != 11 ? "субъекта" : "субъектов") + " Российской Федерации";
    }

    static String capitalize(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
