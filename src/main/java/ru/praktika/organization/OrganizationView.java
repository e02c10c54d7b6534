package ru.praktika.organization;

/**
 * An organization as pages and the API show it.
 *
 * @param id its id
 * @param kind association, regional council, partner or federal body
 * @param name the full name
 * @param shortName the abbreviation
 * @param regionCode the region of a regional council
 * @param headName its head
 * @param headPosition the head's position
 * @param email e-mail
 * @param phone phone
 * @param website site
 * @param address address
 * @param version for optimistic locking of edits
 */
public record OrganizationView(
        long id,
        OrganizationKind kind,
        String name,
        String shortName,
        String regionCode,
        String headName,
        String headPosition,
        String email,
        String phone,
        String website,
        String address,
        long version) {}
