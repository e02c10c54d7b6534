package ru.praktika.partnership.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.praktika.partnership.AgreementState;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/**
 * Who may see and do what in partnerships (the table is in {@code docs/modules/partnership.md}). The secretariat
 * (ADMIN) records everything and alone sees drafts and agreed texts. Every signed-in user reads partners and the
 * agreements from their signature on (signed, active, expired, terminated) with their programmes. A regional
 * operator links a practice of its own region to a programme its region takes part in; the council responsible for an
 * obligation reports on it in the register of instructions (the meeting module's rule). The public sees nothing.
 */
final class PartnershipPermissions {

    /** SQL condition on {@code partnership.agreements a}: the agreements the viewer of {@link #viewer} may read. */
    static final String READABLE = "(:viewerAdmin or (:viewerSignedIn and a.state not in ('DRAFT', 'AGREED')))";

    private PartnershipPermissions() {}

    static Map<String, Object> viewer(Actor actor) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("viewerAdmin", actor.isAdmin());
        p.put("viewerSignedIn", actor.isAuthenticated());
        return p;
    }

    static void requireSignedIn(Actor actor) {
        if (!actor.isAuthenticated()) {
            throw new AccessDeniedException("Партнёрства видны участникам платформы; войдите");
        }
    }

    static boolean canRecord(Actor actor) {
        return actor.isAdmin();
    }

    static void requireSecretariat(Actor actor) {
        if (!canRecord(actor)) {
            throw new AccessDeniedException("Вести партнёрства может секретариат ассоциации");
        }
    }

    /** Drafts and agreed texts are the secretariat's; from the signature on, every signed-in user reads it. */
    static boolean canRead(Actor actor, AgreementState state) {
        return actor.isAdmin() || (actor.isAuthenticated() && state.signed());
    }

    /**
     * A practice may be linked to a programme by the secretariat, or by the operator of a region that takes part in the
     * programme when the practice is of that region.
     */
    static boolean canLinkPractice(Actor actor, boolean regionTakesPart, String practiceRegion) {
        return actor.isAdmin()
                || (actor.has(Role.REGIONAL_OPERATOR)
                        && actor.regionCode() != null
                        && regionTakesPart
                        && actor.regionCode().equals(practiceRegion));
    }
}
