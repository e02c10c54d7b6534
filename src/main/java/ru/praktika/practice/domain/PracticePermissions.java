package ru.praktika.practice.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/**
 * Who may do what with a card. Published cards are public. Otherwise: the secretariat and experts read all; a
 * regional operator reads and works on their own region's cards; a municipal operator on the cards of their
 * municipality. Nobody reads another region's unpublished cards.
 */
@Component
public class PracticePermissions {

    public boolean canRead(Actor actor, String regionCode, List<String> municipalities, PracticeStatus status) {
        if (status == PracticeStatus.PUBLISHED || actor.isAdmin() || actor.has(Role.EXPERT)) {
            return true;
        }
        if (actor.has(Role.REGIONAL_OPERATOR) && regionCode.equals(actor.regionCode())) {
            return true;
        }
        return actor.has(Role.MUNICIPAL_OPERATOR) && actor.oktmo() != null && municipalities.contains(actor.oktmo());
    }

    /**
     * Who sees a card's review data (quality score and findings, near duplicates, history with logins, versions,
     * comments, unconsented contacts): those who may read it unpublished. The public sees only published content.
     */
    public boolean canSeeReview(Actor actor, String regionCode, List<String> municipalities) {
        return actor.isAuthenticated() && canRead(actor, regionCode, municipalities, PracticeStatus.DRAFT);
    }

    /** Authors: the secretariat, the region's operator, the lead municipality's operator. */
    public boolean isAuthor(Actor actor, String regionCode, String leadOktmo) {
        if (actor.isAdmin()) {
            return true;
        }
        if (actor.has(Role.REGIONAL_OPERATOR) && regionCode.equals(actor.regionCode())) {
            return true;
        }
        return actor.has(Role.MUNICIPAL_OPERATOR) && leadOktmo.equals(actor.oktmo());
    }

    public boolean canCreate(Actor actor, String regionCode, String leadOktmo) {
        return isAuthor(actor, regionCode, leadOktmo == null ? "" : leadOktmo);
    }

    boolean canEdit(Actor actor, Practice p) {
        return canEdit(actor, p.status(), p.regionCode(), p.leadOktmo());
    }

    /** {@link #canEdit(Actor, Practice)} from a card already read (the card page reads it once). */
    boolean canEdit(Actor actor, PracticeStatus status, String regionCode, String leadOktmo) {
        return Practice.isEditable(status) && isAuthor(actor, regionCode, leadOktmo);
    }

    boolean canComment(Actor actor, Practice p) {
        return actor.isAuthenticated() && canRead(actor, p.regionCode(), p.municipalityCodes(), p.status());
    }

    /** The actions this actor may take on this card now. */
    Set<PracticeAction> actions(Actor actor, Practice p) {
        return actions(actor, p.status(), p.regionCode(), p.leadOktmo());
    }

    /** {@link #actions(Actor, Practice)} from a card already read (the card page reads it once). */
    Set<PracticeAction> actions(Actor actor, PracticeStatus status, String regionCode, String leadOktmo) {
        Set<PracticeAction> allowed = EnumSet.noneOf(PracticeAction.class);
        for (PracticeAction a : PracticeAction.values()) {
            if (Practice.allows(a, status) && may(actor, a, status, regionCode, leadOktmo)) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    private boolean may(
            Actor actor, PracticeAction action, PracticeStatus status, String regionCode, String leadOktmo) {
        boolean council =
                actor.isAdmin() || (actor.has(Role.REGIONAL_OPERATOR) && regionCode.equals(actor.regionCode()));
        return switch (action) {
            case SUBMIT -> isAuthor(actor, regionCode, leadOktmo);
            case FORWARD -> council;
            case RETURN -> status == PracticeStatus.SUBMITTED ? council : actor.isAdmin();
            case ACCEPT, PUBLISH -> actor.isAdmin();
        };
    }
}
