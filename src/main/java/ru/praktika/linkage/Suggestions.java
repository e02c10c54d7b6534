package ru.praktika.linkage;

import java.util.List;

/**
 * The three best national projects for a text.
 *
 * @param suggestions best first
 * @param unlinked true when nothing fits: the text is not about any national project
 */
public record Suggestions(List<Suggestion> suggestions, boolean unlinked) {}
