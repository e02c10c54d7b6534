package ru.praktika.shared;

/** What typed input becomes before it is checked: blanks are «not given», spaces around are dropped. */
public final class Texts {

    private Texts() {}

    /** The text without surrounding spaces, or null when nothing was typed. */
    public static String strippedOrNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The constant named by the text, or null when the text is blank or names none. */
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
