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

    private static final java.util.regex.Pattern HEAD_NOUN = java.util.regex.Pattern.compile(
            "(?iu)(совещание|заседание|собрание|мероприятие|встреча|конференция|видеоконференция|сессия|семинар|съезд"
                    + "|форум|стол|конгресс|планерка|планёрка)");

    /**
     * The title of a meeting after «ПРОТОКОЛ»: the words up to the head noun in the genitive, the rest as it is —
     * «Заседание Правления ВАРМСУ» → «заседания Правления ВАРМСУ», «Всероссийское селекторное рабочее совещание…» →
     * «всероссийского селекторного рабочего совещания…». A title without a known head noun is quoted after
     * «совещания».
     */
    static String titleInGenitive(String title) {
        String[] words = title.strip().split(" ");
        int head = -1;
        for (int i = 0; i < Math.min(words.length, 6); i++) {
            if (HEAD_NOUN.matcher(words[i]).matches()) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            return "совещания " + quoted(title.strip());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = i < head ? adjectiveInGenitive(words[i]) : i == head ? nounInGenitive(words[i]) : words[i];
            if (i == 0 && !w.equals(w.toUpperCase(Locale.ROOT))) {
                w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
            }
            out.append(i == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }

    /** «всероссийское селекторное рабочее совещание»: the title up to its head noun; «совещание» if there is none. */
    static String kindOf(String title) {
        String[] words = title.strip().split("\\s+");
        for (int i = 0; i < Math.min(words.length, 6); i++) {
            if (HEAD_NOUN.matcher(words[i]).matches()) {
                StringBuilder out = new StringBuilder();
                for (int k = 0; k <= i; k++) {
                    String w = words[k];
                    if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                        w = w.toLowerCase(Locale.ROOT);
                    }
                    out.append(k == 0 ? "" : " ").append(w);
                }
                return out.toString();
            }
        }
        return "совещание";
    }

    /** «провела встречу», «провела совещание»: only a feminine head noun changes in the accusative. */
    static String accusativeOfKind(String kind) {
        String[] words = kind.split(" ");
        String head = words[words.length - 1];
        if (!head.endsWith("а") && !head.endsWith("я")) {
            return kind;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i < words.length - 1) {
                w = w.endsWith("ая")
                        ? w.substring(0, w.length() - 2) + "ую"
                        : w.endsWith("яя") ? w.substring(0, w.length() - 2) + "юю" : w;
            } else {
                w = w.substring(0, w.length() - 1) + (w.endsWith("а") ? "у" : "ю");
            }
            out.append(i == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }

    private static String adjectiveInGenitive(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("ое") || l.endsWith("ый") || l.endsWith("ой")) {
            return w.substring(0, w.length() - 2) + "ого";
        }
        if (l.endsWith("ее")) {
            return w.substring(0, w.length() - 2) + "его";
        }
        if (l.endsWith("ий")) {
            return w.substring(0, w.length() - 2) + (l.matches(".*[гкх]ий") ? "ого" : "его");
        }
        if (l.endsWith("ая")) {
            return w.substring(0, w.length() - 2) + (l.matches(".*[жшчщ]ая") ? "ей" : "ой");
        }
        if (l.endsWith("яя")) {
            return w.substring(0, w.length() - 2) + "ей";
        }
        return w;
    }

    private static String nounInGenitive(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("ие")) {
            return w.substring(0, w.length() - 1) + "я";
        }
        if (l.endsWith("ия")) {
            return w.substring(0, w.length() - 1) + "и";
        }
        if (l.endsWith("ча") || l.endsWith("ка")) {
            return w.substring(0, w.length() - 1) + "и";
        }
        if (l.endsWith("а")) {
            return w.substring(0, w.length() - 1) + "ы";
        }
        return w + "а";
    }

    /**
     * «…» around a text, with the quotes inside it turned into „…“ as Russian typography nests them; straight quotes
     * become «…» first.
     */
    static String quoted(String text) {
        return "«" + nestQuotes(text) + "»";
    }

    /** The «…» inside a text that is itself put in «…» become „…“. */
    static String nestQuotes(String text) {
        return straightQuotes(text).replace('«', '„').replace('»', '“');
    }

    /** "…" → «…». */
    static String straightQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean open = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append(open ? '«' : '»');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A sentence that follows «, что» or a dash: «В ряде случаев…» becomes «в ряде случаев…», «Пермский край…» keeps its
     * capital (only common sentence openers are lowered, never a proper name).
     */
    static String lowerFirst(String s) {
        String t = s.strip();
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || Character.isUpperCase(t.charAt(1))) {
            return t;
        }
        String first = t.split("[\\s,;:]", 2)[0];
        // proper names and regions keep their capital: only common sentence openers are lowered
        return first.matches(
                        "(?iu)(отмечен[аоы]?|проанализирован[аоы]?|в|на|по|при|для|у|о|об|рассмотрен[аоы]?"
                                + "|представлен[аоы]?|высказан[аоы]?|предложен[аоы]?|обсуждены?|даны?|было|были|особое"
                                + "|необходимо|важно|следует|участники|члены|советы|практики|результаты|совещание|города|регионы"
                                + "|ответы|сведения|работа|практику|практика|нужно|нужна|нужны|надо|можно|программа|проект|конкурс)")
                ? Character.toLowerCase(t.charAt(0)) + t.substring(1)
                : t;
    }

    static String capitalize(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
