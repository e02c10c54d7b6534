package ru.praktika.organization.domain;

import org.springframework.stereotype.Component;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/** Who may change organizations: the secretariat any; a regional operator only the council of their own region. */
@Component
public class OrganizationPermissions {

    public boolean canEdit(Actor actor, OrganizationKind kind, String regionCode) {
        if (actor.isAdmin()) {
            return true;
        }
        return kind == OrganizationKind.REGIONAL_COUNCIL
                && actor.has(Role.REGIONAL_OPERATOR)
                && regionCode != null
                && regionCode.equals(actor.regionCode());
    }

    void checkEdit(Actor actor, Organization organization) {
        if (!canEdit(actor, organization.kind(), organization.regionCode())) {
            throw new AccessDeniedException("Изменять сведения об этой организации может только секретариат ассоциации"
                    + (organization.kind() == OrganizationKind.REGIONAL_COUNCIL
                            ? " или оператор совета этого региона"
                            : ""));
        }
    }
}
