package ru.praktika.practice;

/**
 * A search of cards; every part optional.
 *
 * @param regionCode region
 * @param nationalProject linked national project code
 * @param federalProject linked federal project code
 * @param status workflow state
 * @param year campaign year
 * @param interMunicipal only inter-municipal (true) or only single (false)
 * @param mechanism mechanism
 * @param query words, in any form (Russian morphology)
 */
public record PracticeFilter(
        String regionCode,
        String nationalProject,
        String federalProject,
        PracticeStatus status,
        Integer year,
        Boolean interMunicipal,
        Mechanism mechanism,
        String query) {

    public static PracticeFilter none() {
        return new PracticeFilter(null, null, null, null, null, null, null, null);
    }
}
