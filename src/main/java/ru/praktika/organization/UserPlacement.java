package ru.praktika.organization;

import java.util.Set;
import ru.praktika.shared.Role;

/**
 * New roles and place of an existing account.
 *
 * @param fullName the person's name
 * @param email e-mail
 * @param position the person's position
 * @param roles the roles
 * @param regionCode the region, for regional operators
 * @param oktmo the municipality, for municipal operators
 * @param version the version the editor saw
 */
public record UserPlacement(
        String fullName,
        String email,
        String position,
        Set<Role> roles,
        String regionCode,
        String oktmo,
        long version) {}
