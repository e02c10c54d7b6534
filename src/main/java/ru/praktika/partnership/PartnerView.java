package ru.praktika.partnership;

/**
 * A partner of the association.
 *
 * @param id its id
 * @param organizationId the organization of the organization module it is, if any
 * @param name full name
 * @param shortName abbreviation
 * @param kind what it is («общероссийская общественная организация»)
 * @param inn ИНН, 10 or 12 digits, optional
 * @param site site
 * @param address address
 * @param contactPerson contact person
 * @param contactPosition their position
 * @param phone phone
 * @param email e-mail
 * @param demo demo data
 * @param agreements how many agreements the viewer may see it a party of
 * @param version for optimistic locking of edits
 */
public record PartnerView(
        long id,
        Long organizationId,
        String name,
        String shortName,
        String kind,
        String inn,
        String site,
        String address,
        String contactPerson,
        String contactPosition,
        String phone,
        String email,
        boolean demo,
        long agreements,
        long version) {}
