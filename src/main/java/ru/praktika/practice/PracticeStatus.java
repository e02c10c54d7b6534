package ru.praktika.practice;

/** Where a card is in the workflow. */
public enum PracticeStatus {
    /** Being written by the municipality or the council. */
    DRAFT("черновик"),
    /** Sent to the regional council. */
    SUBMITTED("в совете региона"),
    /** Accepted by the council and sent to the association. */
    FORWARDED("в ассоциации"),
    /** Sent back to its author for revision, with a comment. */
    RETURNED("на доработке"),
    /** Accepted by the association for the report. */
    ACCEPTED("принята"),
    /** Public in the library. */
    PUBLISHED("опубликована");

    private final String label;

    PracticeStatus(String label) {
        this.label = label;
    }

    /** The state in Russian, for messages to people («на доработке»). */
    public String label() {
        return label;
    }
}
