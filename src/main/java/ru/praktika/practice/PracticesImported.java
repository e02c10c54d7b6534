package ru.praktika.practice;

import java.util.List;

/**
 * Published once per import that created cards, inside its transaction, instead of one {@link PracticeSaved} per card:
 * listeners derive what they keep (linkage documents, findings, quality scores) for all the cards at once.
 *
 * @param regionCode the region imported for
 * @param year the campaign year
 * @param practices each created card as {@link PracticeSaved} would describe it
 */
public record PracticesImported(String regionCode, int year, List<PracticeSaved> practices) {}
