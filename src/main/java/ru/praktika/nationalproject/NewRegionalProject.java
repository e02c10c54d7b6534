package ru.praktika.nationalproject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new regional project.
 *
 * @param federalProject the code of the federal project it carries, e.g. {@code NP19-04-FP03}
 * @param name its name
 * @param description what it is about
 */
public record NewRegionalProject(
        @NotBlank(message = "Укажите федеральный проект") String federalProject,

        @NotBlank(message = "Укажите наименование регионального проекта") @Size(max = 500)
        String name,

        @Size(max = 5000) String description) {}
