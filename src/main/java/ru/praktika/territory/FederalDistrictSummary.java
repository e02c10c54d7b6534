package ru.praktika.territory;

import java.util.List;

/**
 * A federal district with its regions and how many municipalities each has.
 *
 * @param name e.g. «Приволжский»
 * @param regions its regions, by name
 */
public record FederalDistrictSummary(String name, List<RegionCount> regions) {

    public long municipalities() {
        return regions.stream().mapToLong(RegionCount::municipalities).sum();
    }

    /**
     * @param region the region
     * @param municipalities its active municipalities
     */
    public record RegionCount(RegionView region, long municipalities) {}
}
