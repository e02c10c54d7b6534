package ru.praktika.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.organization.OrganizationView;

/**
 * The line a news item ends with, so a journalist knows whom to ask: {@code praktika.press-contact} when the
 * installation sets it, else the association's press service with the association's e-mail, phone and site.
 */
@Component
class PressContact {

    private final OrganizationApi organizations;
    private final String configured;

    PressContact(OrganizationApi organizations, @Value("${praktika.press-contact:}") String configured) {
        this.organizations = organizations;
        this.configured = configured;
    }

    String line() {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        OrganizationView association = organizations.organizations(OrganizationKind.ASSOCIATION).stream()
                .findFirst()
                .orElse(null);
        if (association == null) {
            return "Пресс-служба ВАРМСУ";
        }
        String name = association.shortName() != null ? association.shortName() : association.name();
        List<String> contacts = new ArrayList<>();
        if (association.email() != null && !association.email().isBlank()) {
            contacts.add("эл. почта " + association.email().strip());
        }
        if (association.phone() != null && !association.phone().isBlank()) {
            contacts.add("тел. " + association.phone().strip());
        }
        if (association.website() != null && !association.website().isBlank()) {
            contacts.add("сайт " + association.website().strip());
        }
        return "Пресс-служба " + name + (contacts.isEmpty() ? "" : ": " + String.join(", ", contacts));
    }
}
