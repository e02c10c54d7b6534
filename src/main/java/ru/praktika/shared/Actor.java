package ru.praktika.shared;

import java.util.Set;

/**
 * Who is acting: a signed-in user, or the anonymous public, or the system itself (start-up loaders, the command
 * line).
 *
 * @param userId the user's id, {@code null} for the public and the system
 * @param username the login, {@code "anonymous"} or {@code "system"}
 * @param roles the roles held
 * @param regionCode the 2-digit code of the region a regional or municipal operator belongs to
 * @param oktmo the municipality a municipal operator belongs to
 */
// serializable because the signed-in principal holding it is stored in the session table (Spring Session JDBC)
public record Actor(Long userId, String username, Set<Role> roles, String regionCode, String oktmo)
        implements java.io.Serializable {

    public static final Actor ANONYMOUS = new Actor(null, "anonymous", Set.of(), null, null);
    public static final Actor SYSTEM = new Actor(null, "system", Set.of(Role.ADMIN), null, null);

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isAuthenticated() {
        return userId != null || this == SYSTEM;
    }

    /** True when the actor may act for the given region: the admin everywhere, an operator only in their own. */
    public boolean actsFor(String region) {
        return isAdmin() || (region != null && region.equals(regionCode));
    }
}
