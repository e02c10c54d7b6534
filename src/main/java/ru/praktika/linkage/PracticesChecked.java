package ru.praktika.linkage;

import java.util.List;

/**
 * Linkage has read the cards of an import (and the practices that became their near duplicates): like
 * {@link PracticeChecked}, once for all of them.
 *
 * @param practiceIds the practices whose findings may have changed
 */
public record PracticesChecked(List<Long> practiceIds) {}
