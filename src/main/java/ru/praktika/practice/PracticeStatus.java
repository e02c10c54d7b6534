package ru.praktika.practice;

/** Where a card is in the workflow. */
public enum PracticeStatus {
    /** Being written by the municipality or the council. */
    DRAFT,
    /** Sent to the regional council. */
    SUBMITTED,
    /** Accepted by the council and sent to the association. */
    FORWARDED,
    /** Sent back to its author for revision, with a comment. */
    RETURNED,
    /** Accepted by the association for the report. */
    ACCEPTED,
    /** Public in the library. */
    PUBLISHED
}
