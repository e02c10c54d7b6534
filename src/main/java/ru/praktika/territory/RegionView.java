package ru.praktika.territory;

/**
 * A subject of the Russian Federation.
 *
 * @param code the 2-digit region code (59 = Пермский край)
 * @param oktmo its 8-digit OKTMO code
 * @param name the short name
 * @param fullName the official name
 * @param federalDistrict the federal district, e.g. «Приволжский»
 * @param isoCode ISO 3166-2 code, e.g. RU-PER (null for the subjects admitted in 2022)
 */
public record RegionView(
        String code, String oktmo, String name, String fullName, String federalDistrict, String isoCode) {}
