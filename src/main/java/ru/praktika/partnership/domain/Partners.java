package ru.praktika.partnership.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.organization.OrganizationView;
import ru.praktika.partnership.PartnerView;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;

/**
 * Partners of the association: an organization of the organization module (kind PARTNER or FEDERAL_BODY) taken with
 * its name, or one kept here only; contacts and details belong to partnership. The secretariat records them; every
 * signed-in user reads them.
 */
@Service
public class Partners {

    private final JdbcClient jdbc;
    private final PartnershipQueries queries;
    private final OrganizationApi organizations;
    private final ApplicationEventPublisher events;

    Partners(
            JdbcClient jdbc,
            PartnershipQueries queries,
            OrganizationApi organizations,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.organizations = organizations;
        this.events = events;
    }

    public static boolean canRecord(Actor actor) {
        return PartnershipPermissions.canRecord(actor);
    }

    @Transactional(readOnly = true)
    public List<PartnerView> partners(Actor actor) {
        PartnershipPermissions.requireSignedIn(actor);
        return queries.partners(actor);
    }

    @Transactional(readOnly = true)
    public PartnerView partner(Actor actor, long id) {
        PartnershipPermissions.requireSignedIn(actor);
        return queries.partner(id, actor).orElseThrow(() -> new NotFoundException("Партнёр №" + id + " не найден"));
    }

    /** Organizations of the organization module that may become partners and are not partners yet. */
    @Transactional(readOnly = true)
    public List<OrganizationView> candidates(Actor actor) {
        PartnershipPermissions.requireSignedIn(actor);
        java.util.Set<Long> taken = new java.util.HashSet<>(
                jdbc.sql("select organization_id from partnership.partners where organization_id is not null")
                        .query(Long.class)
                        .list());
        return java.util.stream.Stream.of(OrganizationKind.PARTNER, OrganizationKind.FEDERAL_BODY)
                .flatMap(k -> organizations.organizations(k).stream())
                .filter(o -> !taken.contains(o.id()))
                .toList();
    }

    @Transactional
    public long create(Actor actor, PartnershipCommands.PartnerDetails d) {
        return create(actor, d, false);
    }

    @Transactional
    long create(Actor actor, PartnershipCommands.PartnerDetails d, boolean demo) {
        PartnershipPermissions.requireSecretariat(actor);
        Map<String, Object> p = params(d);
        if (d.organizationId() != null) {
            OrganizationView o = organizations.organization(d.organizationId());
            boolean taken = jdbc.sql("select exists (select 1 from partnership.partners where organization_id = :o)")
                    .param("o", o.id())
                    .query(Boolean.class)
                    .single();
            if (taken) {
                throw new ConflictException("«" + o.name() + "» уже среди партнёров");
            }
            p.put("name", o.name());
            if (p.get("short") == null) {
                p.put("short", o.shortName());
            }
        }
        if (p.get("name") == null) {
            throw InvalidRequestException.ofFields(Map.of("name", "Укажите название партнёра"));
        }
        long id = jdbc.sql("""
                        insert into partnership.partners (organization_id, name, short_name, kind, inn, site, address,
                                                          contact_person, contact_position, phone, email, demo)
                        values (:org, :name, :short, :kind, :inn, :site, :address, :person, :position, :phone, :email,
                                :demo)
                        returning id
                        """)
                .params(p)
                .param("org", d.organizationId())
                .param("demo", demo)
                .query(Long.class)
                .single();
        events.publishEvent(AuditedAction.by(actor, "partner.create", "partner", id, Map.of("name", p.get("name"))));
        return id;
    }

    @Transactional
    public PartnerView update(Actor actor, long id, PartnershipCommands.PartnerDetails d) {
        PartnershipPermissions.requireSecretariat(actor);
        PartnerView before = partner(actor, id);
        Map<String, Object> p = params(d);
        if (before.organizationId() != null || p.get("name") == null) {
            p.put("name", before.name());
        }
        int changed = jdbc.sql("""
                        update partnership.partners set name = :name, short_name = :short, kind = :kind, inn = :inn,
                            site = :site, address = :address, contact_person = :person, contact_position = :position,
                            phone = :phone, email = :email, updated_at = now(), version = version + 1
                        where id = :id and version = :version
                        """)
                .params(p)
                .param("id", id)
                .param("version", d.version() == null ? before.version() : d.version())
                .update();
        if (changed == 0) {
            throw new ConflictException("Сведения о партнёре уже изменил кто-то другой; обновите страницу");
        }
        events.publishEvent(AuditedAction.by(
                actor,
                "partner.update",
                "partner",
                id,
                Map.of("before", String.valueOf(before.contactPerson()), "after", String.valueOf(p.get("person")))));
        return partner(actor, id);
    }

    private static Map<String, Object> params(PartnershipCommands.PartnerDetails d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", Inputs.optional(d.name(), "name", Inputs.SHORT));
        p.put("short", Inputs.optional(d.shortName(), "shortName", 100));
        p.put("kind", Inputs.optional(d.kind(), "kind", Inputs.SHORT));
        String inn = Inputs.optional(d.inn(), "inn", 12);
        if (inn != null && !inn.matches("[0-9]{10}([0-9]{2})?")) {
            throw InvalidRequestException.ofFields(Map.of("inn", "ИНН — 10 или 12 цифр"));
        }
        p.put("inn", inn);
        p.put("site", Inputs.optional(d.site(), "site", Inputs.SHORT));
        p.put("address", Inputs.optional(d.address(), "address", Inputs.SHORT));
        p.put("person", Inputs.optional(d.contactPerson(), "contactPerson", Inputs.SHORT));
        p.put("position", Inputs.optional(d.contactPosition(), "contactPosition", Inputs.SHORT));
        p.put("phone", Inputs.optional(d.phone(), "phone", 100));
        String email = Inputs.optional(d.email(), "email", 200);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw InvalidRequestException.ofFields(Map.of("email", "Адрес электронной почты вида name@example.ru"));
        }
        p.put("email", email);
        return p;
    }
}
