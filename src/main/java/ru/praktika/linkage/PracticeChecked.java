package ru.praktika.linkage;

/**
 * Linkage has read a practice again: its copy of the text, its link check and its near duplicates are current. Published
 * for the saved practice and for every practice that became or stopped being its near duplicate, so a listener that
 * derives something from the findings (the quality score) recomputes after them, never before.
 *
 * @param practiceId the practice whose findings may have changed
 */
public record PracticeChecked(long practiceId) {}
