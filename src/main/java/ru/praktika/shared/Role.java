package ru.praktika.shared;

/** The roles of the platform. The Russian names are shown in the UI through {@code messages.properties}. */
public enum Role {
    /** The association's secretariat (ВАРМСУ). */
    ADMIN,
    /** A scientific expert or a competition commission member. */
    EXPERT,
    /** An operator of one region's council of municipal formations. */
    REGIONAL_OPERATOR,
    /** An operator of one municipality. */
    MUNICIPAL_OPERATOR
}
