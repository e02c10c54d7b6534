package ru.praktika.organization.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import ru.praktika.organization.OrganizationDetails;
import ru.praktika.organization.OrganizationKind;

/** An organization: the association, a regional council, a partner or a federal body. */
@Table(schema = "organization", name = "organizations")
class Organization {

    @Id
    private Long id;

    private OrganizationKind kind;
    private String name;
    private String shortName;
    private String regionCode;
    private String headName;
    private String headPosition;
    private String email;
    private String phone;
    private String website;
    private String address;
    private String seedKey;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    Organization() {}

    static Organization found(OrganizationKind kind, String name, String shortName, String regionCode, String seedKey) {
        Organization o = new Organization();
        o.kind = kind;
        o.name = name;
        o.shortName = shortName;
        o.regionCode = regionCode;
        o.seedKey = seedKey;
        o.createdAt = Instant.now();
        o.updatedAt = o.createdAt;
        return o;
    }

    Organization headedBy(String headName, String headPosition) {
        this.headName = headName;
        this.headPosition = headPosition;
        return this;
    }

    /** Changes the details an editor may change; the kind and the region never change. */
    void amend(OrganizationDetails details) {
        this.name = details.name().strip();
        this.shortName = ru.praktika.shared.Texts.strippedOrNull(details.shortName());
        this.headName = ru.praktika.shared.Texts.strippedOrNull(details.headName());
        this.headPosition = ru.praktika.shared.Texts.strippedOrNull(details.headPosition());
        this.email = ru.praktika.shared.Texts.strippedOrNull(details.email());
        this.phone = ru.praktika.shared.Texts.strippedOrNull(details.phone());
        this.website = ru.praktika.shared.Texts.strippedOrNull(details.website());
        this.address = ru.praktika.shared.Texts.strippedOrNull(details.address());
        this.updatedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    OrganizationKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String regionCode() {
        return regionCode;
    }

    long version() {
        return version == null ? 0 : version;
    }

    java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("shortName", shortName);
        m.put("headName", headName);
        m.put("headPosition", headPosition);
        m.put("email", email);
        m.put("phone", phone);
        m.put("website", website);
        m.put("address", address);
        return m;
    }
}
