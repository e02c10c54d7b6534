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

    public String pathName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<PracticeAction> parse(String text) {
        return Arrays.stream(values())
                .filter(a -> a.name().equalsIgnoreCase(text))
                .findFirst();
    }
}
