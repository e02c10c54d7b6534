package ru.praktika.library;

/**
 * A region's figures in the library.
 *
 * @param code two-digit region code
 * @param name its full name
 * @param district its federal district
 * @param practices published practices
 * @param winners of them, competition winners
 * @param adoptions adoptions of its practices by other municipalities
 * @param population residents (Rosstat, 1 January 2024), or null
 * @param perHundredThousand practices per 100,000 residents, or null without population
 */
public record RegionFigures(
        String code,
        String name,
        String district,
        long practices,
        long winners,
        long adoptions,
        Long population,
        Double perHundredThousand) {}
