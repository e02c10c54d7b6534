package ru.praktika.library.web;

import ru.praktika.library.LibraryQuery;

/** The library's URL parameters read forgivingly: a value that makes no sense is left out, never an error page. */
final class LibraryParams {

    private LibraryParams() {}

    static LibraryQuery query(
            String q,
            String district,
            String region,
            String type,
            String np,
            String fp,
            String year,
            String mechanism,
            String inter,
            String winner,
            String adopted,
            String sort,
            String page) {
        return new LibraryQuery(
                clip(q, 300),
                clip(district, 60),
                code(region, "[0-9]{2}"),
                code(type, "[A-Z_]{3,40}"),
                code(np, "NP[0-9A-Z-]{1,20}"),
                code(fp, "NP[0-9A-Z-]{1,30}"),
                number(year, 2000, 2100),
                code(mechanism, "[A-Z_]{2,40}"),
                "true".equals(inter) ? Boolean.TRUE : null,
                "true".equals(winner) ? Boolean.TRUE : null,
                "true".equals(adopted) ? Boolean.TRUE : null,
                code(sort, "relevance|date|quality|adoptions"),
                java.util.Objects.requireNonNullElse(number(page, 0, 500), 0));
    }

    private static String clip(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    private static String code(String s, String pattern) {
        return s != null && s.strip().matches(pattern) ? s.strip() : null;
    }

    private static Integer number(String s, int min, int max) {
        try {
            int n = Integer.parseInt(s == null ? "" : s.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
