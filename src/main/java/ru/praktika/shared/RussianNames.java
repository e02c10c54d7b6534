package ru.praktika.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Russian personal names as documents print them: «И. Н. Цецерский», «Русанова А. В.» (whom one heard), «по словам
 * Екатерины Шугриной». A person's record is free text in any usual order («Иван Николаевич Цецерский», «Цецерский Иван
 * Николаевич», «Екатерина Шугрина», «Русанов А. В.»); this class finds the surname, the first name and the patronymic.
 *
 * <p>The gender comes from the patronymic (‑вич/‑вна, оглы/кызы), else from a common first name, else from an
 * unambiguous surname form (‑ова, ‑ская / ‑ов, ‑ский). A surname is declined only by the rules that are safe (‑ов/‑ев/
 * ‑ин/‑ын, ‑ский/‑цкий/‑ой/‑ый, feminine ‑ова/‑ина/‑ая, masculine on a consonant when the gender is known, ‑а/‑я after a
 * consonant); ‑ко, ‑их/‑ых, ‑аго/‑ово and foreign surnames on a vowel never change; when the rules do not tell, the
 * nominative stays, which a reader forgives more easily than a wrong ending.
 */
public final class RussianNames {

    /** Gender, when the record tells it. */
    public enum Gender {
        MALE,
        FEMALE
    }

    /** Grammatical case a name is put in. */
    public enum Case {
        NOMINATIVE,
        GENITIVE,
        ACCUSATIVE
    }

    /**
     * A person's name split into its parts.
     *
     * @param surname the surname, or null when the record has none recognisable
     * @param firstName the first name, or an initial («А.»), or null
     * @param patronymic the patronymic, or an initial («В.»), or null
     * @param gender from the patronymic, the first name or the surname; null when none tells
     */
    public record Name(String surname, String firstName, String patronymic, Gender gender) {

        /** «И. Н. Цецерский» (nominative), «Цецерский» when there are no initials. */
        public String initialsFirst() {
            String initials = initials();
            return initials.isEmpty() ? nz(surname) : initials + " " + nz(surname);
        }

        /** «Русанова А. В.» in the given case; the surname alone when there are no initials. */
        public String surnameFirst(Case c) {
            String initials = initials();
            String s = surname == null ? "" : RussianNames.surname(surname, gender, c);
            return initials.isEmpty() ? s : s + " " + initials;
        }

        /**
         * «Ивана Цецерского», «Екатерины Шугриной»: the first name and the surname in the given case; empty when the
         * record has no full first name or does not tell the gender, so the caller can choose a neutral phrase.
         */
        public Optional<String> firstNameAndSurname(Case c) {
            if (firstName == null || isInitial(firstName) || surname == null || gender == null) {
                return Optional.empty();
            }
            return RussianNames.firstName(firstName, gender, c)
                    .map(f -> f + " " + RussianNames.surname(surname, gender, c));
        }

        /** «И. Н.» — the initials, or an empty string. */
        public String initials() {
            List<String> parts = new ArrayList<>();
            if (firstName != null) {
                parts.add(initial(firstName));
            }
            if (patronymic != null) {
                parts.add(initial(patronymic));
            }
            return String.join(" ", parts);
        }
    }

    private static final Set<String> MALE_FIRST = Set.of(
            "александр",
            "алексей",
            "анатолий",
            "андрей",
            "антон",
            "аркадий",
            "арсений",
            "артем",
            "артём",
            "артур",
            "борис",
            "вадим",
            "валентин",
            "валерий",
            "василий",
            "виктор",
            "виталий",
            "владимир",
            "владислав",
            "вячеслав",
            "геннадий",
            "георгий",
            "герман",
            "глеб",
            "григорий",
            "давид",
            "даниил",
            "данила",
            "денис",
            "дмитрий",
            "евгений",
            "егор",
            "иван",
            "игорь",
            "илья",
            "кирилл",
            "константин",
            "лев",
            "леонид",
            "максим",
            "марат",
            "матвей",
            "михаил",
            "никита",
            "николай",
            "олег",
            "павел",
            "петр",
            "пётр",
            "радик",
            "ринат",
            "роман",
            "ростислав",
            "руслан",
            "семен",
            "семён",
            "сергей",
            "станислав",
            "степан",
            "тимур",
            "федор",
            "фёдор",
            "филипп",
            "эдуард",
            "юрий",
            "ярослав");

    private static final Set<String> FEMALE_FIRST = Set.of(
            "александра",
            "алена",
            "алёна",
            "алина",
            "алла",
            "анастасия",
            "анна",
            "антонина",
            "валентина",
            "валерия",
            "вера",
            "вероника",
            "виктория",
            "галина",
            "дарья",
            "диана",
            "евгения",
            "екатерина",
            "елена",
            "елизавета",
            "жанна",
            "зоя",
            "инна",
            "ирина",
            "карина",
            "кристина",
            "ксения",
            "лариса",
            "лидия",
            "любовь",
            "людмила",
            "маргарита",
            "марина",
            "мария",
            "надежда",
            "наталья",
            "наталия",
            "нина",
            "оксана",
            "ольга",
            "полина",
            "раиса",
            "светлана",
            "софья",
            "софия",
            "тамара",
            "татьяна",
            "ульяна",
            "юлия",
            "яна");

    private static final String HUSHING_OR_VELAR = "гкхжшчщ";

    private RussianNames() {}

    /** The parts of a name typed in any usual order; empty for a blank record. */
    public static Optional<Name> parse(String record) {
        if (record == null || record.isBlank()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String w : record.strip().split("\\s+")) {
            // «А.В.» typed without a space is two initials
            if (w.matches("(\\p{Lu}\\.){2}")) {
                words.add(w.substring(0, 2));
                words.add(w.substring(2));
            } else {
                words.add(w);
            }
        }
        String surname = null;
        String first = null;
        String patronymic = null;
        if (!words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            return Optional.of(new Name(null, null, null, null));
        }
        if (words.size() == 3 && isPatronymic(words.get(2))) {
            surname = words.get(0);
            first = words.get(1);
            patronymic = words.get(2);
        } else if (words.size() == 3 && isPatronymic(words.get(1))) {
            first = words.get(0);
            patronymic = words.get(1);
            surname = words.get(2);
        } else if (words.size() == 3 && isInitial(words.get(1))) {
            // «Иван Н. Цецерский», «Цецерский И. Н.», «И. Н. Цецерский»
            if (isInitial(words.get(2))) {
                surname = words.get(0);
                first = words.get(1);
                patronymic = words.get(2);
            } else {
                first = words.get(0);
                patronymic = words.get(1);
                surname = words.get(2);
            }
        } else if (words.size() == 2) {
            String a = words.get(0);
            String b = words.get(1);
            if (isInitial(a) || (isFirstName(a) && !isFirstName(b))) {
                first = a;
                surname = b;
            } else if (isInitial(b) || isFirstName(b)) {
                surname = a;
                first = b;
            } else {
                first = a;
                surname = b;
            }
        } else if (words.size() == 1) {
            surname = words.get(0);
        } else {
            return Optional.of(new Name(null, null, null, null));
        }
        return Optional.of(new Name(surname, first, patronymic, gender(surname, first, patronymic)));
    }

    /** The gender the record tells, or null. */
    public static Gender gender(String record) {
        return parse(record).map(Name::gender).orElse(null);
    }

    /** «Русанова А. В.» — whom the meeting heard (accusative); the record itself when it is not a name. */
    public static String surnameFirst(String record, Case c) {
        return parse(record)
                .filter(n -> n.surname() != null)
                .map(n -> n.surnameFirst(c))
                .orElse(record == null ? "" : record.strip());
    }

    /** «Иван Цецерский» as newsrooms print it (no patronymic); the record itself when it has no full first name. */
    public static String firstNameAndSurname(String record) {
        return parse(record)
                .filter(n -> n.surname() != null && n.firstName() != null && !isInitial(n.firstName()))
                .map(n -> n.firstName() + " " + n.surname())
                .orElse(record == null ? "" : record.strip());
    }

    /** «И. Н. Цецерский»; the record itself when it is not a name. */
    public static String initialsFirst(String record) {
        return parse(record)
                .filter(n -> n.surname() != null)
                .map(Name::initialsFirst)
                .orElse(record == null ? "" : record.strip());
    }

    /**
     * A surname in the given case. The nominative is returned when the gender is needed but unknown, and for surnames
     * that do not change.
     */
    public static String surname(String surname, Gender gender, Case c) {
        if (c == Case.NOMINATIVE || surname == null || surname.isBlank()) {
            return surname;
        }
        int hyphen = surname.indexOf('-');
        if (hyphen > 0 && hyphen < surname.length() - 1) {
            return surname(surname.substring(0, hyphen), gender, c) + "-"
                    + surname(surname.substring(hyphen + 1), gender, c);
        }
        String s = surname;
        String l = lower(s);
        if (indeclinable(l)) {
            return s;
        }
        Gender g = gender != null ? gender : genderOfSurname(l);
        // adjectival: Цецерский, Толстой, Белый; Вишневская, Толстая, Синяя
        if (l.matches(".+(ский|цкий|ской|цкой)$")) {
            return g == Gender.FEMALE ? s : stem(s, 2) + "ого";
        }
        if (l.matches(".+[" + HUSHING_OR_VELAR + "]ий$") || (l.matches(".+(ый|ой)$") && l.length() > 4)) {
            return g == Gender.FEMALE ? s : stem(s, 2) + "ого";
        }
        if (l.matches(".+ий$") && l.length() > 4) {
            return g == Gender.FEMALE ? s : stem(s, 2) + "его";
        }
        if (l.matches(".+(ская|цкая|ая)$")) {
            return stem(s, 2) + (c == Case.GENITIVE ? "ой" : "ую");
        }
        if (l.matches(".+яя$")) {
            return stem(s, 2) + (c == Case.GENITIVE ? "ей" : "юю");
        }
        // possessive: Русанов, Игнатьева, Шугрина, Кузнецова
        if (l.matches(".+(ов|ев|ёв|ин|ын)$") && g != Gender.FEMALE) {
            return s + "а";
        }
        if (l.matches(".+(ова|ева|ёва|ина|ына)$") && g != Gender.MALE) {
            return stem(s, 1) + (c == Case.GENITIVE ? "ой" : "у");
        }
        // Глинка, Зозуля (both genders); not after a vowel (Гарсиа, Моравиа)
        if (l.matches(".+[^аеёиоуыэюяь]а$")) {
            char before = l.charAt(l.length() - 2);
            String gen = HUSHING_OR_VELAR.indexOf(before) >= 0 ? "и" : "ы";
            return stem(s, 1) + (c == Case.GENITIVE ? gen : "у");
        }
        if (l.matches(".+[^аеёиоуыэюяи]я$")) {
            return stem(s, 1) + (c == Case.GENITIVE ? "и" : "ю");
        }
        // a man's surname on a consonant, -й or -ь; a woman's never changes
        if (g == Gender.MALE) {
            if (l.endsWith("ь") || l.endsWith("й")) {
                return stem(s, 1) + "я";
            }
            if (l.matches(".+[бвгджзклмнпрстфхцчшщ]$")) {
                return s + "а";
            }
        }
        return s;
    }

    /** A first name in the given case, or empty when it cannot be done safely. */
    public static Optional<String> firstName(String name, Gender gender, Case c) {
        if (c == Case.NOMINATIVE) {
            return Optional.of(name);
        }
        String l = lower(name);
        switch (l) {
            case "пётр", "петр" -> {
                return Optional.of(name.charAt(0) + "етра");
            }
            case "павел" -> {
                return Optional.of(name.charAt(0) + "авла");
            }
            case "лев" -> {
                return Optional.of(name.charAt(0) + "ьва");
            }
            case "любовь" -> {
                return Optional.of(name.charAt(0) + "юбови");
            }
            default -> {}
        }
        if (l.endsWith("ия")) {
            return Optional.of(stem(name, 1) + (c == Case.GENITIVE ? "и" : "ю"));
        }
        if (l.endsWith("а")) {
            char before = l.charAt(l.length() - 2);
            String gen = HUSHING_OR_VELAR.indexOf(before) >= 0 ? "и" : "ы";
            return Optional.of(stem(name, 1) + (c == Case.GENITIVE ? gen : "у"));
        }
        if (l.endsWith("я")) {
            return Optional.of(stem(name, 1) + (c == Case.GENITIVE ? "и" : "ю"));
        }
        if (gender != Gender.MALE) {
            return Optional.empty();
        }
        if (l.endsWith("й") || l.endsWith("ь")) {
            return Optional.of(stem(name, 1) + "я");
        }
        if (l.matches(".+[бвгджзклмнпрстфхцчшщ]$")) {
            return Optional.of(name + "а");
        }
        return Optional.empty();
    }

    private static Gender gender(String surname, String first, String patronymic) {
        if (patronymic != null && !isInitial(patronymic)) {
            String p = lower(patronymic);
            if (p.endsWith("вич") || p.endsWith("ич") || p.equals("оглы")) {
                return Gender.MALE;
            }
            if (p.endsWith("вна") || p.endsWith("чна") || p.endsWith("шна") || p.equals("кызы")) {
                return Gender.FEMALE;
            }
        }
        if (first != null) {
            String f = lower(first);
            if (MALE_FIRST.contains(f)) {
                return Gender.MALE;
            }
            if (FEMALE_FIRST.contains(f)) {
                return Gender.FEMALE;
            }
        }
        return surname == null ? null : genderOfSurname(lower(surname));
    }

    private static Gender genderOfSurname(String l) {
        if (l.matches(".+(ова|ева|ёва|ина|ына|ская|цкая|ая)$")) {
            return Gender.FEMALE;
        }
        if (l.matches(".+(ов|ев|ёв|ин|ын|ский|цкий|ской|цкой)$")) {
            return Gender.MALE;
        }
        return null;
    }

    private static boolean indeclinable(String l) {
        return l.matches(".+(ко|их|ых|аго|яго|ово|ёво)$") || l.matches(".+[еёиоуыэю]$") || l.matches(".*[a-z].*");
    }

    private static boolean isPatronymic(String word) {
        String w = lower(word);
        return w.matches(".+(вич|вна|ична|ич)$") || w.equals("оглы") || w.equals("кызы");
    }

    private static boolean isFirstName(String w) {
        String l = lower(w);
        return MALE_FIRST.contains(l) || FEMALE_FIRST.contains(l);
    }

    private static boolean isInitial(String w) {
        return w.matches("\\p{Lu}\\.?");
    }

    private static String initial(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + ".";
    }

    private static String stem(String s, int drop) {
        return s.substring(0, s.length() - drop);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
