package ru.praktika.territory;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of municipal formations (131-ФЗ), with the Russian names used in OKTMO. */
public enum MunicipalityType {
    MUNICIPAL_DISTRICT("муниципальный район"),
    MUNICIPAL_OKRUG("муниципальный округ"),
    URBAN_OKRUG("городской округ"),
    URBAN_SETTLEMENT("городское поселение"),
    RURAL_SETTLEMENT("сельское поселение"),
    FEDERAL_CITY_TERRITORY("внутригородская территория города федерального значения"),
    CITY_DISTRICT("внутригородской район"),
    INTER_SETTLEMENT_TERRITORY("межселенная территория");

    private final String russianName;

    MunicipalityType(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }

    private String firstTwoWords() {
        String[] words = russianName.split(" ");
        return words[0] + " " + words[1];
    }

    /** Finds a type by its code ({@code RURAL_SETTLEMENT}) or by the start of its Russian name. */
    public static Optional<MunicipalityType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(v -> v.name().equalsIgnoreCase(t)
                        || t.toLowerCase(java.util.Locale.ROOT).startsWith(v.firstTwoWords()))
                .findFirst();
    }
}
