package ru.praktika.partnership.domain;

import java.util.List;
import java.util.Map;

/**
 * How the register of instructions and the pages name an agreement: «Соглашение № 3 с Ассоциацией волонтерских
 * центров». The partner's name is put in the instrumental case by its first word when that word is one of the usual
 * heads of an organization's name (Ассоциация, Союз, Совет, Фонд, …); otherwise «партнёром «name»».
 */
final class AgreementLabels {

    private static final Map<String, String> INSTRUMENTAL = Map.ofEntries(
            Map.entry("ассоциация", "Ассоциацией"),
            Map.entry("союз", "Союзом"),
            Map.entry("совет", "Советом"),
            Map.entry("фонд", "Фондом"),
            Map.entry("центр", "Центром"),
            Map.entry("агентство", "Агентством"),
            Map.entry("министерство", "Министерством"),
            Map.entry("федерация", "Федерацией"),
            Map.entry("организация", "Организацией"),
            Map.entry("общество", "Обществом"),
            Map.entry("движение", "Движением"),
            Map.entry("палата", "Палатой"),
            Map.entry("университет", "Университетом"),
            Map.entry("институт", "Институтом"));

    private AgreementLabels() {}

    static String label(String number, List<String> partners) {
        StringBuilder s = new StringBuilder("Соглашение № ").append(number);
        if (!partners.isEmpty()) {
            s.append(" с ");
            for (int i = 0; i < partners.size(); i++) {
                if (i > 0) {
                    s.append(i == partners.size() - 1 ? " и " : ", ");
                }
                s.append(instrumental(partners.get(i)));
            }
        }
        return s.toString();
    }

    static String instrumental(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        String first = space < 0 ? n : n.substring(0, space);
        String declined = INSTRUMENTAL.get(first.toLowerCase(java.util.Locale.ROOT));
        if (declined == null) {
            return "партнёром «" + n + "»";
        }
        return declined + (space < 0 ? "" : n.substring(space));
    }
}
