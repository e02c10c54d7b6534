package ru.praktika.vote;

/** The kinds, rules and states of a vote. */
public final class VoteTypes {

    private VoteTypes() {}

    /** How a ballot chooses. */
    public enum Kind {
        /** One option. */
        SINGLE,
        /** Up to N options. */
        MULTIPLE,
        /** A full or partial ranking, counted by Borda. */
        RANKING
    }

    /** The share of the electorate that must cast ballots for the vote to count. */
    public enum Quorum {
        /** No quorum. */
        NONE,
        /** More than half of the electorate. */
        MORE_THAN_HALF,
        /** At least two thirds of the electorate. */
        TWO_THIRDS
    }

    /** What an option needs to pass. */
    public enum Majority {
        /** The most votes (relative majority). */
        RELATIVE,
        /** More than half of the ballots cast. */
        SIMPLE,
        /** More than half of the electorate. */
        ABSOLUTE,
        /** At least two thirds of the ballots cast. */
        QUALIFIED
    }

    /** Who may vote. */
    public enum Electorate {
        /** The regional councils of the subjects of the RF on the day of the opening. */
        COUNCILS,
        /** A given list of councils (a meeting's participants). */
        LIST
    }

    /** Where the vote stands. */
    public enum State {
        DRAFT,
        SCHEDULED,
        OPEN,
        CLOSED
    }
}
