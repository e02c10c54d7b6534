package ru.praktika.meeting;

/** The enumerations of the meeting module. */
public final class MeetingTypes {

    private MeetingTypes() {}

    /** How people meet. */
    public enum Kind {
        /** Video (селекторное) meeting. */
        VIDEO,
        IN_PERSON,
        HYBRID
    }

    /** Where a meeting is: draft → announced → held → closed. */
    public enum State {
        DRAFT,
        ANNOUNCED,
        HELD,
        CLOSED
    }

    /** Who a participant is. */
    public enum ParticipantKind {
        COUNCIL,
        ASSOCIATION,
        PARTNER,
        FEDERAL_BODY,
        OTHER
    }

    /** Doклад, содоклад, выступление. */
    public enum SpeechRole {
        SPEAKER,
        CO_SPEAKER,
        REMARKS
    }

    /** Where an instruction is; "overdue" is derived from the deadline. */
    public enum InstructionStatus {
        ASSIGNED,
        IN_PROGRESS,
        DONE
    }

    /** Where an entry of the register of instructions comes from: a meeting, or a partnership agreement (ADR 0019). */
    public enum InstructionOrigin {
        MEETING,
        AGREEMENT
    }
}
