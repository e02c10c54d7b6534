package ru.praktika.competition;

/** The phase of a competition year, moved on by the secretariat. */
public enum CompetitionPhase {
    /** Applications are written and submitted; the regions' commissions select. */
    APPLICATIONS("приём заявок и региональный этап"),
    /** The federal stage: experts score what is assigned to them. */
    SCORING("федеральный этап: экспертная оценка"),
    /** The secretariat has confirmed the places; not public yet. */
    RESULTS("итоги утверждены"),
    /** The results are public. */
    PUBLISHED("итоги опубликованы");

    private final String label;

    CompetitionPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
