package ru.praktika.organization.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationDetails;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.organization.OrganizationView;
import ru.praktika.organization.domain.OrganizationPermissions;
import ru.praktika.organization.domain.OrganizationRegistry;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.CurrentActor;

@Controller
class OrganizationPageController {

    private final OrganizationApi organizations;
    private final OrganizationRegistry registry;
    private final OrganizationPermissions permissions;

    OrganizationPageController(
            OrganizationApi organizations, OrganizationRegistry registry, OrganizationPermissions permissions) {
        this.organizations = organizations;
        this.registry = registry;
        this.permissions = permissions;
    }

    @GetMapping("/organizations")
    String list(Model model) {
        Map<OrganizationKind, java.util.List<OrganizationView>> byKind = new TreeMap<>(
                organizations.organizations(null).stream().collect(Collectors.groupingBy(OrganizationView::kind)));
        model.addAttribute("byKind", byKind);
        return "organization/organizations";
    }

    @GetMapping("/organizations/{id}")
    String show(@PathVariable long id, Model model) {
        OrganizationView o = organizations.organization(id);
        model.addAttribute("organization", o);
        model.addAttribute("canEdit", permissions.canEdit(CurrentActor.get(), o.kind(), o.regionCode()));
        return "organization/organization";
    }

    @GetMapping("/organizations/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        OrganizationView o = editable(id);
        model.addAttribute("organization", o);
        model.addAttribute("form", OrganizationDetails.of(o));
        return "organization/organization-form";
    }

    @PostMapping("/organizations/{id}/edit")
    String amend(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrganizationDetails form,
            BindingResult errors,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect) {
        OrganizationView o = editable(id);
        model.addAttribute("organization", o);
        if (errors.hasErrors()) {
            // a record whose binding failed (a version that is no number or is negative) leaves no form to show:
            // the form comes back as typed
            model.addAttribute("form", typedForm(typed, o.version()));
            Map<String, String> fieldErrors = new java.util.HashMap<>();
            errors.getFieldErrors().forEach(f -> fieldErrors.putIfAbsent(f.getField(), f.getDefaultMessage()));
            model.addAttribute("fieldErrors", fieldErrors);
            if (fieldErrors.containsKey("version")) {
                model.addAttribute("problem", ru.praktika.shared.Versions.BROKEN);
            }
            return "organization/organization-form";
        }
        try {
            registry.amend(CurrentActor.get(), id, form);
        } catch (ConflictException | ru.praktika.shared.InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
            return "organization/organization-form";
        }
        redirect.addFlashAttribute("notice", "organizations.saved");
        return "redirect:/organizations/" + id;
    }

    private static OrganizationDetails typedForm(Map<String, String> typed, long current) {
        long version;
        try {
            version =
                    Math.max(0, Long.parseLong(typed.getOrDefault("version", "").strip()));
        } catch (NumberFormatException e) {
            version = current;
        }
        return new OrganizationDetails(
                typed.get("name"),
                typed.get("shortName"),
                typed.get("headName"),
                typed.get("headPosition"),
                typed.get("email"),
                typed.get("phone"),
                typed.get("website"),
                typed.get("address"),
                version);
    }

    private OrganizationView editable(long id) {
        OrganizationView o = organizations.organization(id);
        if (!permissions.canEdit(CurrentActor.get(), o.kind(), o.regionCode())) {
            throw new AccessDeniedException("Изменять сведения об этой организации вам нельзя");
        }
        return o;
    }
}
