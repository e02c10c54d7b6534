package ru.praktika.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the actor of the current request (or the system, when no request is being served). */
public final class CurrentActor {

    private CurrentActor() {}

    public static Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        if (auth == null && SystemContext.active()) {
            return Actor.SYSTEM;
        }
        return Actor.ANONYMOUS;
    }
}
