package ru.praktika.nationalproject;

import java.util.Arrays;
import java.util.Optional;

/** The two periods of national projects: the decree of 2018 (2019–2024) and of 2024 (2025–2030). */
public enum Period {
    P2019_2024("2019-2024"),
    P2025_2030("2025-2030");

    private final String label;

    Period(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A practice reported in 2025 or later links to the 2025–2030 tree. */
    public static Period ofYear(int year) {
        return year >= 2025 ? P2025_2030 : P2019_2024;
    }

    public static Optional<Period> parse(String label) {
        return Arrays.stream(values())
                .filter(p -> p.label.equals(label) || p.name().equals(label))
                .findFirst();
    }
}
