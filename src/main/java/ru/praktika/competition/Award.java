package ru.praktika.competition;

/**
 * A published award of the competition.
 *
 * @param year the competition's year
 * @param title the application's title
 * @param municipality the applicant municipality
 * @param nomination the nomination's title
 * @param place the place, or null
 * @param practiceId the practice it was made from, or null
 */
public record Award(int year, String title, String municipality, String nomination, Integer place, Long practiceId) {}
