package ru.praktika.organization.domain;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.organization.OrganizationDetails;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.NotFoundException;

/** Changes to organizations, checked and audited. */
@Service
public class OrganizationRegistry {

    private final OrganizationRepository organizations;
    private final OrganizationPermissions permissions;
    private final ApplicationEventPublisher events;

    OrganizationRegistry(
            OrganizationRepository organizations,
            OrganizationPermissions permissions,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional
    public void amend(Actor actor, long id, OrganizationDetails details) {
        Organization organization = organizations
                .findById(id)
                .orElseThrow(() -> new NotFoundException("Организация №" + id + " не найдена"));
        permissions.checkEdit(actor, organization);
        ru.praktika.shared.Versions.requireSeen(details.version());
        if (organization.version() != details.version()) {
            throw staleEdit();
        }
        Map<String, Object> before = organization.snapshot();
        organization.amend(details);
        try {
            organizations.save(organization);
        } catch (RuntimeException e) {
            if (Failures.causedBy(e, OptimisticLockingFailureException.class)) {
                throw staleEdit();
            }
            if (Failures.causedBy(e, org.springframework.dao.DuplicateKeyException.class)) {
                throw new ConflictException("Организация с таким наименованием уже есть");
            }
            throw e;
        }
        events.publishEvent(AuditedAction.by(
                actor,
                "organization.amend",
                "organization",
                id,
                Map.of("before", before, "after", organization.snapshot())));
    }

    private static ConflictException staleEdit() {
        return new ConflictException(
                "Сведения об организации уже изменил другой пользователь. Обновите страницу и внесите правки снова.");
    }
}
