package ru.praktika.organization;

import java.util.Set;
import ru.praktika.shared.Role;

/**
 * A request to open an account.
 *
 * @param username the login: Latin letters, digits, «.», «_», «-»; 3 to 40 characters
 * @param fullName the person's name
 * @param email e-mail, optional
 * @param position the person's position, optional
 * @param roles the roles
 * @param regionCode the region, for regional operators
 * @param oktmo the municipality, for municipal operators
 * @param password the initial password (at least 8 characters), or blank to generate one
 */
public record NewUser(
        String username,
        String fullName,
        String email,
        String position,
        Set<Role> roles,
        String regionCode,
        String oktmo,
        String password) {}
