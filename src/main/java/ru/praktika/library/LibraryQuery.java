package ru.praktika.library;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search of the library as it lives in the URL: words and every filter optional.
 *
 * @param q words: Russian forms, "a phrase", prefix*, -excluded, or
 * @param district federal district, e.g. «Приволжский»
 * @param region two-digit region code
 * @param type municipality type of the lead municipality (a {@code MunicipalityType} name)
 * @param nationalProject national project code, e.g. {@code NP19-04}
 * @param federalProject federal project code, e.g. {@code NP19-04-FP03}
 * @param year campaign year
 * @param mechanism financing mechanism (a {@code Mechanism} name)
 * @param interMunicipal only inter-municipal practices
 * @param winner only winners of the competition
 * @param adopted only practices that others adopted
 * @param sort relevance (default with words), date (default without), quality, adoptions
 * @param page page from 0
 */
public record LibraryQuery(
        String q,
        String district,
        String region,
        String type,
        String nationalProject,
        String federalProject,
        Integer year,
        String mechanism,
        Boolean interMunicipal,
        Boolean winner,
        Boolean adopted,
        String sort,
        int page) {

    public static final int PAGE_SIZE = 20;

    public static LibraryQuery of(String q) {
        return new LibraryQuery(q, null, null, null, null, null, null, null, null, null, null, null, 0);
    }

    /** The sort in effect: the one asked for when known, else relevance with words and date without. */
    public String sortOrDefault() {
        if (sort != null
                && java.util.Set.of("relevance", "date", "quality", "adoptions").contains(sort)) {
            return sort.equals("relevance") && !hasWords() ? "date" : sort;
        }
        return hasWords() ? "relevance" : "date";
    }

    public boolean hasWords() {
        return q != null && !q.isBlank();
    }

    /** The parameters of this search as the URL shows them, empty ones left out. */
    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "district", district);
        put(p, "region", region);
        put(p, "type", type);
        put(p, "np", nationalProject);
        put(p, "fp", federalProject);
        put(p, "year", year == null ? null : year.toString());
        put(p, "mechanism", mechanism);
        put(p, "inter", Boolean.TRUE.equals(interMunicipal) ? "true" : null);
        put(p, "winner", Boolean.TRUE.equals(winner) ? "true" : null);
        put(p, "adopted", Boolean.TRUE.equals(adopted) ? "true" : null);
        put(p, "sort", sort);
        return p;
    }

    /** The URL of this search with one parameter set (or removed when the value is null), from the first page. */
    public String with(String name, String value) {
        Map<String, String> p = params();
        if (value == null || value.isBlank()) {
            p.remove(name);
        } else {
            p.put(name, value);
        }
        if (name.equals("np") && value == null) {
            p.remove("fp");
        }
        if (name.equals("district") && value == null) {
            p.remove("region");
        }
        return url(p, 0);
    }

    /** The URL of this search on another page. */
    public String page(int page) {
        return url(params(), page);
    }

    private static String url(Map<String, String> p, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/library");
        p.forEach(b::queryParam);
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, value.strip());
        }
    }
}
