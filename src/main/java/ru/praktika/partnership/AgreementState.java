package ru.praktika.partnership;

import java.util.Set;

/**
 * Where an agreement is: DRAFT → AGREED → SIGNED → ACTIVE → EXPIRED, or TERMINATED (with a reason) from SIGNED or
 * ACTIVE. SIGNED needs the signed scan; SIGNED → ACTIVE on the effective date or by a click; ACTIVE → EXPIRED when the
 * term ends.
 */
public enum AgreementState {
    DRAFT("проект"),
    AGREED("согласовано"),
    SIGNED("подписано"),
    ACTIVE("действует"),
    EXPIRED("истекло"),
    TERMINATED("расторгнуто");

    private final String russian;

    AgreementState(String russian) {
        this.russian = russian;
    }

    /** The state as a page says it. */
    public String russian() {
        return russian;
    }

    /** The states this one may move to. */
    public Set<AgreementState> next() {
        return switch (this) {
            case DRAFT -> Set.of(AGREED);
            case AGREED -> Set.of(SIGNED);
            case SIGNED -> Set.of(ACTIVE, TERMINATED);
            case ACTIVE -> Set.of(EXPIRED, TERMINATED);
            case EXPIRED, TERMINATED -> Set.of();
        };
    }

    public boolean canMoveTo(AgreementState to) {
        return next().contains(to);
    }

    /** Signed or later: read by every signed-in user, not only the secretariat. */
    public boolean signed() {
        return this != DRAFT && this != AGREED;
    }
}
