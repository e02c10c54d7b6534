package ru.praktika.territory.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Puts the official name of a subject of the RF into the genitive case, for names such as «Совет муниципальных
 * образований Пермского края». Covers the patterns the 89 names use; the admin may correct any result.
 */
public final class RussianGenitive {

    private RussianGenitive() {}

    public static String ofRegion(String fullName, String type) {
        if ("г".equals(type)) {
            return "города " + word(fullName);
        }
        if (fullName.startsWith("Республика ")) {
            return "Республики " + fullName.substring("Республика ".length());
        }
        String[] parts = fullName.split(" — ", 2);
        String head =
                Arrays.stream(parts[0].split(" ")).map(RussianGenitive::word).collect(Collectors.joining(" "));
        return parts.length == 1 ? head : head + " — " + word(parts[1]);
    }

    static String word(String w) {
        if (w.contains("-") && !w.startsWith("Санкт")) {
            int dash = w.lastIndexOf('-');
            return w.substring(0, dash + 1) + word(w.substring(dash + 1));
        }
        if (w.equals("Санкт-Петербург")) return "Санкт-Петербурга";
        if (w.endsWith("ая")) return w.substring(0, w.length() - 2) + "ой";
        if (w.endsWith("ий") || w.endsWith("ый")) {
            return w.substring(0, w.length() - 2) + "ого";
        }
        if (w.equals("край")) return "края";
        if (w.equals("область")) return "области";
        if (w.equals("округ")) return "округа";
        if (w.equals("Республика")) return "Республики";
        if (w.endsWith("ь")) return w.substring(0, w.length() - 1) + "я";
        if (w.endsWith("а")) return w.substring(0, w.length() - 1) + "ы";
        if (w.matches(".*[бвгджзклмнпрстфхцчшщ]")) return w + "а";
        return w;
    }
}
