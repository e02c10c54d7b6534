package ru.praktika.partnership;

/**
 * A programme in a list.
 *
 * @param id its id
 * @param agreementId the agreement it runs under
 * @param agreementLabel that agreement's label
 * @param title title
 * @param firstYear first year
 * @param lastYear last year
 * @param regions how many regions take part
 */
public record ProgrammeSummary(
        long id, long agreementId, String agreementLabel, String title, int firstYear, int lastYear, long regions) {}
