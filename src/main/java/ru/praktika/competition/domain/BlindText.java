package ru.praktika.competition.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hides who and where an application comes from in the texts a blind expert reads: every form of each proper word of
 * the municipality's and the region's names («Чайковский», «Чайковского», «Чайковском»; «Пермский», «Перми») and of the
 * people named on the card, and the OKTMO code, become «[скрыто]».
 */
final class BlindText {

    static final String HIDDEN = "[скрыто]";

    /** Words of names that say what kind of place it is, not which. */
    private static final Set<String> GENERIC = Set.of(
            "городской",
            "городское",
            "городского",
            "округ",
            "муниципальный",
            "муниципальное",
            "муниципального",
            "сельское",
            "поселение",
            "район",
            "край",
            "область",
            "республика",
            "автономный",
            "автономная",
            "город",
            "внутригородская",
            "территория",
            "федерального",
            "значения",
            "поселок",
            "посёлок",
            "село",
            "деревня",
            "станица",
            "рабочий",
            "сельсовет",
            "образование",
            "народная",
            "чувашия",
            "кузбасс",
            "югра",
            "алания");

    private final List<Pattern> patterns;

    private BlindText(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /**
     * @param names the municipality's and region's names, and the people's names
     * @param codes codes to hide as they are (OKTMO)
     */
    static BlindText hiding(Collection<String> names, Collection<String> codes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String word : name.split("[^\\p{L}-]+")) {
                for (String part : word.split("-")) {
                    String stem = stem(part);
                    if (stem != null) {
                        patterns.add(Pattern.compile(
                                "(?<![\\p{L}])" + Pattern.quote(stem) + "\\p{L}*",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    }
                }
            }
        }
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                patterns.add(Pattern.compile(Pattern.quote(code.strip())));
            }
        }
        return new BlindText(patterns);
    }

    private static final List<String> ADJECTIVE_ENDINGS =
            List.of("ского", "цкого", "ская", "ский", "ское", "ской", "ских", "цкая", "цкий", "цкое");
    private static final List<String> SHORT_ENDINGS = List.of("ый", "ий", "ой", "ая", "ое", "ые", "ие", "ого");

    /**
     * The part of a proper word every form shares («Пермский» → «Перм», «Чайковский» → «Чайков», «Татарстан» →
     * «Татарстан», «Казань» → «Казан»), or null for a generic or short word.
     */
    static String stem(String word) {
        String w = word.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() < 3 || GENERIC.contains(lower)) {
            return null;
        }
        int cut = 0;
        for (String e : ADJECTIVE_ENDINGS) {
            if (lower.endsWith(e)) {
                cut = e.length();
                break;
            }
        }
        if (cut == 0) {
            for (String e : SHORT_ENDINGS) {
                if (lower.endsWith(e)) {
                    cut = e.length();
                    break;
                }
            }
        }
        if (cut == 0 && "аеёиоуыэюяьй".indexOf(lower.charAt(lower.length() - 1)) >= 0) {
            cut = 1;
        }
        String stem = w.substring(0, w.length() - cut);
        return stem.length() < 3 ? null : stem;
    }

    String apply(String text) {
        if (text == null) {
            return null;
        }
        String t = text;
        for (Pattern p : patterns) {
            t = p.matcher(t).replaceAll(HIDDEN);
        }
        return t;
    }
}
