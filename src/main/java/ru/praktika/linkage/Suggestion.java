package ru.praktika.linkage;

import java.util.List;
import ru.praktika.nationalproject.ProjectRef;

/**
 * One suggested national project.
 *
 * @param nationalProject the national project
 * @param federalProject the best federal project inside it, or null when the text says nothing more specific
 * @param score confidence 0..1
 * @param evidence the words and phrases of the text that led here
 */
public record Suggestion(ProjectRef nationalProject, ProjectRef federalProject, double score, List<String> evidence) {}
