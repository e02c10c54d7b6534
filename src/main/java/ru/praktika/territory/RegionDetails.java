package ru.praktika.territory;

/**
 * A region with what its page shows beside the name.
 *
 * @param region the region
 * @param capital its administrative centre
 * @param population population about 1 January 2023 (not verified), may be null
 * @param timezone e.g. UTC+5
 * @param note a note on unverified data
 * @param municipalities active municipal formations
 * @param byType active municipal formations per type
 */
public record RegionDetails(
        RegionView region,
        String capital,
        Integer population,
        String timezone,
        String note,
        long municipalities,
        java.util.Map<MunicipalityType, Long> byType) {}
