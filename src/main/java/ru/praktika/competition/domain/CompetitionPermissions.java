package ru.praktika.competition.domain;

import ru.praktika.competition.ApplicationView;
import ru.praktika.competition.CompetitionPhase;
import ru.praktika.competition.CompetitionView;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/**
 * Who may see and do what in the competition (the table is in {@code docs/modules/competition.md}). The secretariat
 * sees and does everything. The applicant's municipality and the region's council see its applications; the council is
 * the region's commission. An expert sees only what is assigned to them, only in the scoring phase, never an
 * application of their home region or a declared conflict (checked again at each look, not only when assigned).
 */
final class CompetitionPermissions {

    private CompetitionPermissions() {}

    static boolean canSetUp(Actor actor) {
        return actor.isAdmin();
    }

    /** The applicant side: the municipality's operator, the region's council, or whoever wrote it. */
    static boolean isApplicant(Actor actor, ApplicationView a) {
        if (!actor.isAuthenticated()) {
            return false;
        }
        if (actor.has(Role.REGIONAL_OPERATOR) && a.regionCode().equals(actor.regionCode())) {
            return true;
        }
        return actor.has(Role.MUNICIPAL_OPERATOR)
                && (a.oktmo() != null && a.oktmo().equals(actor.oktmo())
                        || actor.username().equals(a.createdBy()));
    }

    /** The region's commission: its council's operator; and the secretariat. */
    static boolean isCommission(Actor actor, String regionCode) {
        return actor.isAdmin() || actor.has(Role.REGIONAL_OPERATOR) && regionCode.equals(actor.regionCode());
    }

    /** Whether the actor may read the application in full (an expert reads it through their assignment only). */
    static boolean canRead(Actor actor, ApplicationView a) {
        return actor.isAdmin() || isApplicant(actor, a);
    }

    /** Whether the actor may change the draft: its applicant side, while applications are open. */
    static boolean canEdit(Actor actor, ApplicationView a, CompetitionView c, java.time.LocalDate today) {
        return (actor.isAdmin() || isApplicant(actor, a))
                && a.status() == ru.praktika.competition.ApplicationStatus.DRAFT
                && c.phase() == CompetitionPhase.APPLICATIONS
                && !today.isAfter(c.applicationsDeadline());
    }

    /** Whether the expert works in this phase at all. */
    static boolean scoringOpen(CompetitionView c) {
        return c.phase() == CompetitionPhase.SCORING;
    }
}
