package ru.praktika.library;

import java.util.List;

/**
 * A facet of the search with the count of each value among the practices found.
 *
 * @param name the URL parameter it sets
 * @param values its values, most frequent first (years newest first)
 */
public record Facet(String name, List<Value> values) {

    /**
     * One value.
     *
     * @param value what goes into the URL
     * @param label what the visitor reads
     * @param count practices found with it
     * @param selected it is the filter in effect
     */
    public record Value(String value, String label, long count, boolean selected) {}
}
