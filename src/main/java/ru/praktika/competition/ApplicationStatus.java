package ru.praktika.competition;

/** Where an application to the competition is. */
public enum ApplicationStatus {
    /** Being written by the municipality (or the council, or the association). */
    DRAFT("черновик"),
    /** Submitted to the region's commission. */
    SUBMITTED("на региональном этапе"),
    /** Forwarded by the region's commission (or added by the association) to the federal stage. */
    FORWARDED("на федеральном этапе"),
    /** Not forwarded by the region's commission, with its reason. */
    REJECTED("отклонена на региональном этапе"),
    /** Took a place. */
    WINNER("победитель"),
    /** Took part in the federal stage without a place. */
    NOT_AWARDED("участник федерального этапа");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
