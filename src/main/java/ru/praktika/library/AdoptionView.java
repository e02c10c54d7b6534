package ru.praktika.library;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A municipality that adopted a practice.
 *
 * @param id the record
 * @param practiceId the practice adopted
 * @param oktmo the municipality
 * @param regionCode its region
 * @param municipality its name
 * @param periodFrom since when
 * @param periodTo until when, or null when it goes on
 * @param results what it achieved, in its own words
 * @param recordedAt when it was recorded
 */
public record AdoptionView(
        long id,
        long practiceId,
        String oktmo,
        String regionCode,
        String municipality,
        LocalDate periodFrom,
        LocalDate periodTo,
        String results,
        Instant recordedAt) {}
