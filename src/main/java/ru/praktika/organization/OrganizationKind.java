package ru.praktika.organization;

/** Kinds of organizations. */
public enum OrganizationKind {
    /** The all-Russian association (ВАРМСУ). */
    ASSOCIATION,
    /** A council of municipal formations of one subject of the RF. */
    REGIONAL_COUNCIL,
    /** A partner organisation (Союз российских городов, …). */
    PARTNER,
    /** A federal body (the Presidential Administration's directorate for domestic policy, a ministry). */
    FEDERAL_BODY
}
