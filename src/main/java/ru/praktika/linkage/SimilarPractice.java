package ru.praktika.linkage;

/**
 * A practice that looks like another.
 *
 * @param id its id
 * @param title its title
 * @param regionCode its region
 * @param year its campaign year
 * @param similarity estimated similarity 0..1
 * @param nearDuplicate at or above the near-duplicate threshold
 */
public record SimilarPractice(
        long id, String title, String regionCode, int year, double similarity, boolean nearDuplicate) {}
