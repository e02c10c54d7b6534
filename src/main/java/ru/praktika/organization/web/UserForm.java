package ru.praktika.organization.web;

import java.util.Set;
import ru.praktika.organization.NewUser;
import ru.praktika.organization.UserPlacement;
import ru.praktika.organization.UserView;
import ru.praktika.shared.Role;

/** The user form of the admin pages; keeps what was typed when the service refuses it. */
record UserForm(
        String username,
        String fullName,
        String email,
        String position,
        Set<Role> roles,
        String regionCode,
        String oktmo,
        String password,
        Long version) {

    static UserForm empty() {
        return new UserForm("", "", "", "", Set.of(), "", "", "", 0L);
    }

    static UserForm of(UserView u) {
        return new UserForm(
                u.username(),
                u.fullName(),
                u.email(),
                u.position(),
                u.roles(),
                u.regionCode(),
                u.oktmo(),
                "",
                u.version());
    }

    /** Public: templates call it (SpEL sees only public methods). */
    public boolean hasRole(String role) {
        return roles != null && roles.contains(Role.valueOf(role));
    }

    NewUser toNewUser() {
        return new NewUser(username, fullName, email, position, roles, regionCode, oktmo, password);
    }

    UserPlacement toPlacement() {
        return new UserPlacement(fullName, email, position, roles, regionCode, oktmo, version == null ? 0 : version);
    }
}
