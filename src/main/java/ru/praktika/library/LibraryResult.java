package ru.praktika.library;

import java.util.List;
import java.util.Map;

/**
 * A page of the library's search.
 *
 * @param query the search as asked
 * @param total practices found
 * @param hits this page of them
 * @param facets facet name → its values with counts
 * @param corrected the words searched instead when the ones typed matched nothing («благоустройство дворов» for
 *     «благоустройство дворв»), else null
 * @param suggestion a spelling that would find more, offered as «возможно, вы имели в виду …», else null
 */
public record LibraryResult(
        LibraryQuery query,
        long total,
        List<LibraryHit> hits,
        Map<String, Facet> facets,
        String corrected,
        String suggestion) {

    public int pages() {
        return (int) Math.max(1, (total + LibraryQuery.PAGE_SIZE - 1) / LibraryQuery.PAGE_SIZE);
    }
}
