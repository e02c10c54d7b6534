package ru.praktika.nationalproject;

import java.util.List;

/**
 * A national project with its federal projects, as the catalogue lists it.
 *
 * @param code e.g. {@code NP19-04}
 * @param name its name
 * @param period {@code 2019-2024} or {@code 2025-2030}
 * @param federalProjects its federal projects in order
 */
public record NationalProjectView(String code, String name, String period, List<ProjectRef> federalProjects) {}
