package ru.praktika.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationDetails;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.organization.OrganizationView;
import ru.praktika.organization.domain.OrganizationRegistry;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.Role;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Организации и пользователи")
class OrganizationRestController {

    private final OrganizationApi organizations;
    private final OrganizationRegistry registry;

    OrganizationRestController(OrganizationApi organizations, OrganizationRegistry registry) {
        this.organizations = organizations;
        this.registry = registry;
    }

    @GetMapping("/organizations")
    @Operation(summary = "Ассоциация, советы муниципальных образований 89 регионов, партнёры, федеральные органы")
    List<OrganizationView> organizations(@RequestParam(required = false) String kind) {
        return organizations.organizations(kind(kind));
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "Организация")
    OrganizationView organization(@PathVariable long id) {
        return organizations.organization(id);
    }

    @PutMapping("/organizations/{id}")
    @Operation(
            summary = "Изменить сведения об организации",
            description = "Секретариат — любую, оператор региона — только совет своего региона. Тело несёт version;"
                    + " устаревшая версия даёт 409.")
    OrganizationView amend(@PathVariable long id, @Valid @RequestBody OrganizationDetails details) {
        registry.amend(CurrentActor.get(), id, details);
        return organizations.organization(id);
    }

    @GetMapping("/me")
    @Operation(summary = "Кто я: учётная запись, роли, регион")
    Me me() {
        Actor actor = CurrentActor.get();
        if (actor.userId() == null) {
            throw new AccessDeniedException("Нужна аутентификация");
        }
        return organizations
                .user(actor.userId())
                .map(u -> new Me(
                        u.id(),
                        u.username(),
                        u.fullName(),
                        u.email(),
                        u.roles(),
                        u.regionCode(),
                        u.oktmo(),
                        u.organizationId() == null ? null : organizations.organization(u.organizationId())))
                .orElseThrow(() -> new AccessDeniedException("Учётная запись не найдена"));
    }

    private static OrganizationKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OrganizationKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Неизвестный вид организации «" + kind + "». Допустимо: "
                    + java.util.Arrays.toString(OrganizationKind.values()));
        }
    }

    /**
     * The caller.
     *
     * @param id user id
     * @param username login
     * @param fullName name
     * @param email e-mail
     * @param roles roles
     * @param regionCode region of an operator
     * @param oktmo municipality of a municipal operator
     * @param organization the organization the user works for
     */
    record Me(
            long id,
            String username,
            String fullName,
            String email,
            Set<Role> roles,
            String regionCode,
            String oktmo,
            OrganizationView organization) {}
}
