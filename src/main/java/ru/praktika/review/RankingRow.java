package ru.praktika.review;

import java.util.List;

/**
 * A region's place in a campaign's ranking.
 *
 * @param regionCode the region
 * @param regionName its name
 * @param rank its place (1 = best average quality)
 * @param practices practices of the year
 * @param averageQuality average score 0–100
 * @param linkedShare share of practices linked to a federal project
 * @param interMunicipalShare share of inter-municipal practices
 * @param concessions practices with a concession, ГЧП/МЧП or extra-budgetary money
 * @param reasons the most frequent findings of its practices (why it is not higher)
 */
public record RankingRow(
        String regionCode,
        String regionName,
        int rank,
        long practices,
        double averageQuality,
        double linkedShare,
        double interMunicipalShare,
        long concessions,
        List<String> reasons) {}
