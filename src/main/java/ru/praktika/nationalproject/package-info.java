/**
 * National projects: the catalogue of national and federal projects of both periods (2019–2024, 2025–2030), the
 * regional projects of the subjects, and indicators/results with values by year. Practices link to its nodes by
 * code ({@code NP19-04}, {@code NP19-04-FP03}) and by id (regional projects, indicators).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Национальные проекты")
package ru.praktika.nationalproject;
