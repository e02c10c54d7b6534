package ru.praktika.library.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a Russian text as the typo correction knows them: lower case, ё as е, at least three letters. */
final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("[\\p{IsCyrillic}a-zA-Z]{3,40}");

    private Vocabulary() {}

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(normal(m.group()));
        }
        return out;
    }

    static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
