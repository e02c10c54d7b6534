package ru.praktika.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ActorPrincipal;

/** The signed-in user as Spring Security sees it. Authorities are {@code ROLE_ADMIN}, {@code ROLE_EXPERT}, … */
public final class PraktikaPrincipal implements UserDetails, CredentialsContainer, ActorPrincipal {

    private final Actor actor;
    private final String fullName;
    private String passwordHash;
    private final boolean active;
    private final boolean locked;

    public PraktikaPrincipal(Actor actor, String fullName, String passwordHash, boolean active, boolean locked) {
        this.actor = actor;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.locked = locked;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    public String fullName() {
        return fullName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = actor.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PraktikaPrincipal p && p.actor.username().equals(actor.username());
    }

    @Override
    public int hashCode() {
        return actor.username().hashCode();
    }

    @Override
    public String toString() {
        return "PraktikaPrincipal[" + actor.username() + "]";
    }
}
