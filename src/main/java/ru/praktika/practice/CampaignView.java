package ru.praktika.practice;

import java.time.LocalDate;
import java.util.Map;

/**
 * A yearly reporting campaign.
 *
 * @param year the campaign year
 * @param period the national-project period its practices link to
 * @param deadline the deadline for submitting practices
 * @param instructions instructions for the regional councils
 * @param extensions region code → extended deadline
 * @param open whether today is on or before the deadline
 */
public record CampaignView(
        int year,
        String period,
        LocalDate deadline,
        String instructions,
        Map<String, LocalDate> extensions,
        boolean open) {

    /** The deadline that applies to a region. */
    public LocalDate deadlineFor(String regionCode) {
        return extensions.getOrDefault(regionCode, deadline);
    }
}
