package ru.praktika.practice;

/**
 * Published when a card takes a workflow step.
 *
 * @param id the card
 * @param regionCode its region
 * @param title its title
 * @param action the step
 * @param to the state after it
 * @param actor who took it
 * @param comment the comment given
 */
public record PracticeMoved(
        long id,
        String regionCode,
        String title,
        PracticeAction action,
        PracticeStatus to,
        String actor,
        String comment) {}
