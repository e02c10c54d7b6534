package ru.praktika.territory;

import java.time.LocalDate;

/**
 * A subject of the Russian Federation.
 *
 * @param code the 2-digit region code (59 = Пермский край)
 * @param oktmo its 8-digit OKTMO code
 * @param name the short name
 * @param fullName the official name
 * @param federalDistrict the federal district, e.g. «Приволжский»
 * @param isoCode ISO 3166-2 code, e.g. RU-PER (null for the subjects admitted in 2022)
 * @param subjectSince the day from which it is a subject of the RF (18.03.2014 for Крым and Севастополь, 30.09.2022
 *     for the four subjects admitted in 2022)
 */
public record RegionView(
        String code,
        String oktmo,
        String name,
        String fullName,
        String federalDistrict,
        String isoCode,
        LocalDate subjectSince) {

    /** Whether it was a subject of the RF on that day. */
    public boolean existedOn(LocalDate day) {
        return !day.isBefore(subjectSince);
    }
}
