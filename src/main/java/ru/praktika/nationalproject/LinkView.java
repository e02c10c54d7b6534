package ru.praktika.nationalproject;

/**
 * A checked link of a practice to the tree: national → federal → regional project, and an indicator.
 *
 * @param nationalProject the national project
 * @param federalProject the federal project, or null
 * @param regionalProjectId the regional project, or null
 * @param regionalProjectName its name
 * @param indicatorId the indicator or result, or null
 * @param indicatorName its name
 * @param indicatorUnit its unit
 */
public record LinkView(
        ProjectRef nationalProject,
        ProjectRef federalProject,
        Long regionalProjectId,
        String regionalProjectName,
        Long indicatorId,
        String indicatorName,
        String indicatorUnit) {}
