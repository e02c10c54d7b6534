package ru.praktika.practice;

import java.util.List;

/**
 * Published once per import that created cards, inside its transaction, instead of one {@link PracticeSaved} per card:
 * listeners read the cards ({@link PracticeApi#described}, {@link PracticeApi#cards}) in batches and derive what they
 * keep (linkage documents, findings, quality scores) for all of them at once. Only the ids travel, so the event stays
 * small in the publication registry whatever the size of the import.
 *
 * @param regionCode the region imported for
 * @param year the campaign year
 * @param practiceIds the created cards
 */
public record PracticesImported(String regionCode, int year, List<Long> practiceIds) {}
