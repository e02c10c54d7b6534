package ru.praktika.vote.domain;

import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;
import ru.praktika.vote.VoteTypes;

/**
 * Who may see and do what with votes (the table is in {@code docs/modules/vote.md}). The secretariat sets votes up,
 * opens and closes them; a council's regional operator casts its ballot and gives its proxy; every signed-in user reads
 * a vote that is no longer a draft; the public reads nothing.
 */
final class VotePermissions {

    private VotePermissions() {}

    static boolean canManage(Actor actor) {
        return actor.isAdmin();
    }

    static boolean canRead(Actor actor, VoteTypes.State state) {
        return actor.isAuthenticated() && (state != VoteTypes.State.DRAFT || actor.isAdmin());
    }

    /** Whether the actor acts for a council at all: a regional operator of a region (the council is checked after). */
    static boolean actsForACouncil(Actor actor) {
        return actor.has(Role.REGIONAL_OPERATOR) && actor.regionCode() != null;
    }
}
