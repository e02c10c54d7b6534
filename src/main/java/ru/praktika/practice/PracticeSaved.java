package ru.praktika.practice;

import java.util.List;

/**
 * Published whenever a card is created, changed or moved, inside the transaction that saved it.
 *
 * @param id the card
 * @param regionCode its region
 * @param year campaign year
 * @param title title
 * @param text problem, goals and what was done, as one text
 * @param status the state after the change
 * @param municipalities all participating OKTMO codes, the lead first
 * @param nationalProjects linked national project codes
 * @param federalProjects linked federal project codes
 */
public record PracticeSaved(
        long id,
        String regionCode,
        int year,
        String title,
        String text,
        PracticeStatus status,
        List<String> municipalities,
        List<String> nationalProjects,
        List<String> federalProjects) {}
