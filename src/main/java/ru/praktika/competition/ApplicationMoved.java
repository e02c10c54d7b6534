package ru.praktika.competition;

/**
 * A step of an application that someone must hear of (the notification module tells them).
 *
 * @param step SUBMITTED, FORWARDED, REJECTED, ASSIGNED, WINNER, NOT_AWARDED
 * @param applicant the login of who wrote the application
 * @param regionCode the applicant's region
 * @param expert the login of the expert it was assigned to (ASSIGNED), else null
 * @param note the commission's justification or reason, or null
 */
public record ApplicationMoved(
        long applicationId,
        int year,
        String title,
        String step,
        String applicant,
        String regionCode,
        String expert,
        String note) {}
