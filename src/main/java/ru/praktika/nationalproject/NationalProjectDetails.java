package ru.praktika.nationalproject;

import java.util.List;

/**
 * A national project with everything the catalogue knows of it.
 *
 * @param code e.g. {@code NP19-04}
 * @param name its name
 * @param period {@code 2019-2024} or {@code 2025-2030}
 * @param basis the acts it rests on
 * @param successors for a 2019–2024 project, the 2025–2030 projects that took it over (crosswalk), or null
 * @param federalProjects its federal projects with indicators
 * @param version for optimistic locking of renames
 */
public record NationalProjectDetails(
        String code,
        String name,
        String period,
        String basis,
        String successors,
        List<FederalProjectView> federalProjects,
        long version) {}
