package ru.praktika.practice;

import java.time.Instant;
import java.util.List;

/**
 * A card in a list.
 *
 * @param id its id
 * @param year campaign year
 * @param title title
 * @param regionCode region
 * @param leadMunicipality OKTMO of the lead municipality
 * @param leadMunicipalityName its name
 * @param interMunicipal two or more municipalities
 * @param mechanism mechanism
 * @param status workflow state
 * @param nationalProjects codes of linked national projects
 * @param updatedAt last change
 */
public record PracticeSummary(
        long id,
        int year,
        String title,
        String regionCode,
        String leadMunicipality,
        String leadMunicipalityName,
        boolean interMunicipal,
        Mechanism mechanism,
        PracticeStatus status,
        List<String> nationalProjects,
        Instant updatedAt) {}
