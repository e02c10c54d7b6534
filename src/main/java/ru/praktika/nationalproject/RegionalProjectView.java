package ru.praktika.nationalproject;

import java.util.List;

/**
 * A regional project: a subject's own project carrying one federal project into the region.
 *
 * @param id its id
 * @param regionCode the region
 * @param nationalProject the national project
 * @param federalProject the federal project it carries
 * @param name its name
 * @param description what it is about
 * @param indicators its own indicators and results
 * @param version for optimistic locking
 */
public record RegionalProjectView(
        long id,
        String regionCode,
        ProjectRef nationalProject,
        ProjectRef federalProject,
        String name,
        String description,
        List<IndicatorView> indicators,
        long version) {}
