package ru.praktika.organization.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.Role;

/**
 * A person's account. Its roles and the place it acts for are kept consistent here: a regional operator belongs to
 * exactly one region, a municipal operator to one municipality (and so to its region).
 */
@Table(schema = "organization", name = "users")
class UserAccount {

    @Id
    private Long id;

    private String username;
    private String fullName;
    private String email;
    private String position;
    private String passwordHash;
    private boolean active;
    private boolean demo;
    private Long organizationId;
    private String regionCode;
    private String oktmo;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles = new HashSet<>();

    @Version
    private Long version;

    UserAccount() {}

    static UserAccount open(String username, String fullName, String passwordHash, Placement placement) {
        UserAccount u = new UserAccount();
        u.username = username;
        u.fullName = fullName;
        u.passwordHash = passwordHash;
        u.active = true;
        u.createdAt = Instant.now();
        u.updatedAt = u.createdAt;
        u.place(placement);
        return u;
    }

    /** Gives the account its roles and the region or municipality it acts for. */
    void place(Placement placement) {
        if (placement.roles().isEmpty()) {
            throw new InvalidRequestException("Назначьте хотя бы одну роль");
        }
        if (placement.roles().contains(Role.REGIONAL_OPERATOR) && placement.regionCode() == null) {
            throw new InvalidRequestException("Оператору региона нужно указать регион");
        }
        if (placement.roles().contains(Role.MUNICIPAL_OPERATOR) && placement.oktmo() == null) {
            throw new InvalidRequestException("Оператору муниципального образования нужно указать его ОКТМО");
        }
        boolean placed = placement.roles().contains(Role.REGIONAL_OPERATOR)
                || placement.roles().contains(Role.MUNICIPAL_OPERATOR);
        this.roles = placement.roles().stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
        this.regionCode = placed ? placement.regionCode() : null;
        this.oktmo = placement.roles().contains(Role.MUNICIPAL_OPERATOR) ? placement.oktmo() : null;
        this.organizationId = placement.organizationId();
        this.updatedAt = Instant.now();
    }

    void describe(String fullName, String email, String position) {
        this.fullName = fullName;
        this.email = email;
        this.position = position;
        this.updatedAt = Instant.now();
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.updatedAt = Instant.now();
    }

    void deactivate() {
        this.active = false;
        this.updatedAt = Instant.now();
    }

    void activate() {
        this.active = true;
        this.updatedAt = Instant.now();
    }

    void markDemo() {
        this.demo = true;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    String regionCode() {
        return regionCode;
    }

    long version() {
        return version == null ? 0 : version;
    }

    Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(g -> set.add(g.role()));
        return set;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("email", email);
        m.put("roles", roles().stream().map(Enum::name).sorted().toList());
        m.put("regionCode", regionCode);
        m.put("oktmo", oktmo);
        m.put("organizationId", organizationId);
        m.put("active", active);
        return m;
    }

    /** One role held by the account. */
    @Table(schema = "organization", name = "user_roles")
    record RoleGrant(Role role) {}

    /**
     * The roles of an account and where it acts.
     *
     * @param roles the roles
     * @param regionCode the region (regional and municipal operators)
     * @param oktmo the municipality (municipal operators)
     * @param organizationId the organization the person works for
     */
    record Placement(Set<Role> roles, String regionCode, String oktmo, Long organizationId) {}
}
