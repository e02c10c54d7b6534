package ru.praktika.organization;

import java.time.Instant;
import java.util.Set;
import ru.praktika.shared.Role;

/**
 * A user account as the admin pages and {@code /api/v1/me} show it; never the password.
 *
 * @param id its id
 * @param username the login
 * @param fullName the person's name
 * @param email e-mail
 * @param position the person's position
 * @param roles the roles held
 * @param regionCode the region of a regional or municipal operator
 * @param oktmo the municipality of a municipal operator
 * @param organizationId the organization the person works for
 * @param active false once deactivated
 * @param demo a demo account (active only in demo mode)
 * @param lastLoginAt the last successful sign-in
 * @param version for optimistic locking of edits
 */
public record UserView(
        long id,
        String username,
        String fullName,
        String email,
        String position,
        Set<Role> roles,
        String regionCode,
        String oktmo,
        Long organizationId,
        boolean active,
        boolean demo,
        Instant lastLoginAt,
        long version) {}
