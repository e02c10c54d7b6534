package ru.praktika.competition;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An expert's assignment to an application.
 *
 * @param points the expert's weighted points, once scored
 */
public record AssignmentView(
        long id, long applicationId, long expertId, String expertName, Instant submittedAt, BigDecimal points) {}
