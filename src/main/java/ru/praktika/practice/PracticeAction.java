package ru.praktika.practice;

import java.util.Arrays;
import java.util.Optional;

/** The workflow steps, named by civic verbs; the API path uses the lower-case name. */
public enum PracticeAction {
    SUBMIT,
    FORWARD,
    RETURN,
    ACCEPT,
    PUBLISH;

    /** The action in Russian, for messages to people. */
    public String label() {
        return switch (this) {
            case SUBMIT -> "отправить в совет региона";
            case FORWARD -> "направить в ассоциацию";
            case RETURN -> "вернуть на доработку";
            case ACCEPT -> "принять";
            case PUBLISH -> "опубликовать";
        };
    }

    public String pathName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<PracticeAction> parse(String text) {
        return Arrays.stream(values())
                .filter(a -> a.name().equalsIgnoreCase(text))
                .findFirst();
    }
}
