package ru.praktika.library;

/**
 * Published when a municipality records that it adopted a published practice.
 *
 * @param practiceId the practice
 * @param title its title
 * @param authorRegion the region of the practice's author, whose council hears
 * @param municipality the municipality that adopted it
 * @param adopterRegion that municipality's region
 * @param actor who recorded it
 */
public record PracticeAdopted(
        long practiceId, String title, String authorRegion, String municipality, String adopterRegion, String actor) {}
