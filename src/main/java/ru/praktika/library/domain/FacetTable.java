package ru.praktika.library.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.praktika.library.LibraryQuery;

/**
 * The facet values of every entry of the library in memory, read once per generation of the library (about 15 MB and
 * half a second for 100,000 practices). The facet counts of a search without words, which in SQL scan every entry
 * (0.25 s for a district, 0.9 s for the whole library), are counted here in a few milliseconds; so are those of what
 * the word index finds for a search with words, which this table also filters and sorts (ADR 0017).
 *
 * <p>Each single-valued facet is kept as a code per entry and a dictionary of its values; national and federal projects
 * as codes per entry; the yes/no facets as flags. The counts come out in the shape of the SQL's.
 */
final class FacetTable {

    /** The single-valued facets, as named in the counts. */
    private static final List<String> SINGLE = List.of("district", "region", "type", "year", "mechanism");

    private final long generation;
    private final int size;
    private final Map<String, Dictionary> dictionaries = new HashMap<>();
    private final Map<String, int[]> single = new HashMap<>();
    private final int[][] national;
    private final int[][] federal;
    private final boolean[] inter;
    private final boolean[] winner;
    private final boolean[] adopted;
    private final long[] ids;
    /** The position of each practice id (-1: not an entry); ids are dense enough for an array. */
    private final int[] positions;
    /** The single-valued facets' code columns, in the order of {@link #SINGLE}. */
    private final int[][] columns;

    private final float[] prior;
    private final long[] published;
    private final int[] quality;
    private final int[] completeness;
    private final int[] adoptions;
    private final int[] years;

    private FacetTable(long generation, List<Row> rows) {
        this.generation = generation;
        this.size = rows.size();
        for (String facet : List.of("district", "region", "type", "year", "mechanism", "np", "fp")) {
            dictionaries.put(facet, new Dictionary());
        }
        for (String facet : SINGLE) {
            single.put(facet, new int[size]);
        }
        national = new int[size][];
        federal = new int[size][];
        inter = new boolean[size];
        winner = new boolean[size];
        adopted = new boolean[size];
        ids = new long[size];
        long maxId = rows.stream().mapToLong(Row::id).max().orElse(0);
        positions = new int[(int) Math.min(Integer.MAX_VALUE - 8, maxId + 1)];
        java.util.Arrays.fill(positions, -1);
        prior = new float[size];
        published = new long[size];
        quality = new int[size];
        completeness = new int[size];
        adoptions = new int[size];
        years = new int[size];
        for (int i = 0; i < size; i++) {
            Row r = rows.get(i);
            ids[i] = r.id();
            positions[(int) r.id()] = i;
            prior[i] = r.prior();
            published[i] = r.published();
            quality[i] = r.quality();
            completeness[i] = r.completeness();
            adoptions[i] = r.adoptions();
            years[i] = r.year();
            single.get("district")[i] = dictionaries.get("district").code(r.district());
            single.get("region")[i] = dictionaries.get("region").code(r.region());
            single.get("type")[i] = dictionaries.get("type").code(r.type());
            single.get("year")[i] = dictionaries.get("year").code(String.valueOf(r.year()));
            single.get("mechanism")[i] =
                    r.mechanism() == null ? -1 : dictionaries.get("mechanism").code(r.mechanism());
            national[i] = codes(dictionaries.get("np"), r.national());
            federal[i] = codes(dictionaries.get("fp"), r.federal());
            inter[i] = r.inter();
            winner[i] = r.winner();
            adopted[i] = r.adoptions() > 0;
        }
        columns = new int[SINGLE.size()][];
        for (int f = 0; f < SINGLE.size(); f++) {
            columns[f] = single.get(SINGLE.get(f));
        }
    }

    /** An entry's facet values and the columns its sorts read, as read. */
    private record Row(
            long id,
            float prior,
            long published,
            int quality,
            int completeness,
            int adoptions,
            String district,
            String region,
            String type,
            int year,
            String mechanism,
            String[] national,
            String[] federal,
            boolean inter,
            boolean winner) {}

    /** Reads the table of the given generation (the caller reads the generation in the same transaction first). */
    static FacetTable read(JdbcClient jdbc, long generation) {
        List<Row> rows = jdbc.sql("""
                        select practice_id, prior, published_at, quality, completeness, adoptions,
                               district, region_code, municipality_type, year, mechanism, national_codes,
                               federal_codes, inter_municipal, winner
                        from library.entries
                        """)
                .query((rs, n) -> new Row(
                        rs.getLong("practice_id"),
                        rs.getFloat("prior"),
                        rs.getTimestamp("published_at").getTime(),
                        rs.getInt("quality"),
                        rs.getInt("completeness"),
                        rs.getInt("adoptions"),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getInt(10),
                        rs.getString(11),
                        (String[]) rs.getArray(12).getArray(),
                        (String[]) rs.getArray(13).getArray(),
                        rs.getBoolean(14),
                        rs.getBoolean(15)))
                .list();
        return new FacetTable(generation, rows);
    }

    long generation() {
        return generation;
    }

    /**
     * The counts of a search without words, in the shape of the SQL's: {@code total} → {@code ""} → count, each
     * facet → value → count (values found at least once), and {@code inter}, {@code winner}, {@code adopted} →
     * {@code "true"} → count.
     */
    Map<String, Map<String, Long>> counts(LibraryQuery q) {
        Filter filter = filter(q);
        Counter counter = new Counter();
        for (int i = 0; filter != null && i < size; i++) {
            if (filter.keeps(i)) {
                counter.add(i);
            }
        }
        return counter.counts();
    }

    /**
     * What a search with words found, filtered, counted and sorted here: {@code practiceIds} and {@code scores} are the
     * word index's matches (any order); the answer holds the counts in the shape of {@link #counts(LibraryQuery)} and
     * the ids of the page asked for, in the order of the search's sort (relevance is the score times the prior).
     */
    Found found(LibraryQuery q, long[] practiceIds, float[] scores, int offset, int limit) {
        int[] at = new int[practiceIds.length];
        for (int m = 0; m < practiceIds.length; m++) {
            long id = practiceIds[m];
            at[m] = id < positions.length ? positions[(int) id] : -1;
        }
        return found(q, at, scores, offset, limit);
    }

    /**
     * The same for a search without words: every entry its filters keep, in the order of its sort (relevance orders
     * by the prior, as in SQL). The counts read the entries in their own order (the columns front to back); the page
     * walks the sort's order, kept per sort, only as far as the page reaches.
     */
    Found all(LibraryQuery q, int offset, int limit) {
        Map<String, Map<String, Long>> counts = counts(q);
        Filter filter = filter(q);
        List<Long> page = new ArrayList<>();
        if (filter == null) {
            return new Found(counts, page);
        }
        int kept = 0;
        for (int i : sorted(q.sortOrDefault())) {
            if (kept >= offset + limit) {
                break;
            }
            if (filter.keeps(i)) {
                if (kept >= offset) {
                    page.add(ids[i]);
                }
                kept++;
            }
        }
        return new Found(counts, page);
    }

    private final Map<String, int[]> sorted = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every entry in the order of a sort of a search without words. */
    private int[] sorted(String sort) {
        return sorted.computeIfAbsent(sort, s -> {
            int[] all = new int[size];
            for (int i = 0; i < size; i++) {
                all[i] = i;
            }
            // without words the relevance of every entry is 1, so relevance × prior is the prior
            Comparator<Integer> order = order(s, prior, all);
            return java.util.stream.IntStream.range(0, size)
                    .boxed()
                    .sorted(order)
                    .mapToInt(Integer::intValue)
                    .toArray();
        });
    }

    private Found found(LibraryQuery q, int[] at, float[] scores, int offset, int limit) {
        Filter filter = filter(q);
        Counter counter = new Counter();
        int[] kept = new int[at.length];
        float[] relevance = new float[at.length];
        int n = 0;
        for (int m = 0; filter != null && m < at.length; m++) {
            int i = at[m];
            if (i >= 0 && filter.keeps(i)) {
                counter.add(i);
                kept[n] = i;
                relevance[n] = scores[m] * prior[i];
                n++;
            }
        }
        Comparator<Integer> order = order(q.sortOrDefault(), relevance, kept);
        int wanted = Math.min(n, offset + limit);
        // the best `wanted` of the n kept, by a heap whose head is the worst of them
        java.util.PriorityQueue<Integer> best = new java.util.PriorityQueue<>(Math.max(1, wanted), order.reversed());
        for (int k = 0; k < n && wanted > 0; k++) {
            if (best.size() < wanted) {
                best.add(k);
            } else if (order.compare(k, best.peek()) < 0) {
                best.poll();
                best.add(k);
            }
        }
        List<Integer> sorted = new ArrayList<>(best);
        sorted.sort(order);
        List<Long> page = new ArrayList<>();
        for (int k = offset; k < sorted.size(); k++) {
            page.add(ids[kept[sorted.get(k)]]);
        }
        return new Found(counter.counts(), page);
    }

    /** The counts and the page's ids of a search with words. */
    record Found(Map<String, Map<String, Long>> counts, List<Long> page) {}

    /** The order of kept matches {@code k} (indexes into {@code kept} and {@code relevance}), as the SQL sorts. */
    private Comparator<Integer> order(String sort, float[] relevance, int[] kept) {
        Comparator<Integer> byId =
                Comparator.comparingLong((Integer k) -> ids[kept[k]]).reversed();
        Comparator<Integer> byRelevance =
                Comparator.comparingDouble((Integer k) -> relevance[k]).reversed();
        return switch (sort) {
            case "relevance" -> byRelevance.thenComparing(byId);
            case "quality" ->
                Comparator.comparingInt((Integer k) -> quality[kept[k]])
                        .reversed()
                        .thenComparing(Comparator.comparingInt((Integer k) -> completeness[kept[k]])
                                .reversed())
                        .thenComparing(byId);
            case "adoptions" ->
                Comparator.comparingInt((Integer k) -> adoptions[kept[k]])
                        .reversed()
                        .thenComparing(byRelevance)
                        .thenComparing(byId);
            default ->
                Comparator.comparingInt((Integer k) -> years[kept[k]])
                        .reversed()
                        .thenComparing(Comparator.comparingLong((Integer k) -> published[kept[k]])
                                .reversed())
                        .thenComparing(byId);
        };
    }

    /** The filters of a search as codes; null when a filter asks for a value no entry has. */
    private Filter filter(LibraryQuery q) {
        int[] wanted = new int[SINGLE.size()];
        for (int f = 0; f < SINGLE.size(); f++) {
            String value = selected(q, SINGLE.get(f));
            wanted[f] = value == null
                    ? Integer.MIN_VALUE
                    : dictionaries.get(SINGLE.get(f)).find(value);
            if (wanted[f] == -1) {
                return null;
            }
        }
        int np = q.nationalProject() == null || q.nationalProject().isBlank()
                ? Integer.MIN_VALUE
                : dictionaries.get("np").find(q.nationalProject());
        int fp = q.federalProject() == null || q.federalProject().isBlank()
                ? Integer.MIN_VALUE
                : dictionaries.get("fp").find(q.federalProject());
        if (np == -1 || fp == -1) {
            return null;
        }
        return new Filter(
                wanted,
                np,
                fp,
                Boolean.TRUE.equals(q.interMunicipal()),
                Boolean.TRUE.equals(q.winner()),
                Boolean.TRUE.equals(q.adopted()));
    }

    /** A search's filters as codes ({@code Integer.MIN_VALUE}: no filter). */
    private final class Filter {
        private final int[] wanted;
        private final int np;
        private final int fp;
        private final boolean onlyInter;
        private final boolean onlyWinners;
        private final boolean onlyAdopted;

        Filter(int[] wanted, int np, int fp, boolean onlyInter, boolean onlyWinners, boolean onlyAdopted) {
            this.wanted = wanted;
            this.np = np;
            this.fp = fp;
            this.onlyInter = onlyInter;
            this.onlyWinners = onlyWinners;
            this.onlyAdopted = onlyAdopted;
        }

        boolean keeps(int i) {
            for (int f = 0; f < wanted.length; f++) {
                if (wanted[f] != Integer.MIN_VALUE && columns[f][i] != wanted[f]) {
                    return false;
                }
            }
            return (np == Integer.MIN_VALUE || contains(national[i], np))
                    && (fp == Integer.MIN_VALUE || contains(federal[i], fp))
                    && (!onlyInter || inter[i])
                    && (!onlyWinners || winner[i])
                    && (!onlyAdopted || adopted[i]);
        }
    }

    /** The facet counts of the entries added. */
    private final class Counter {
        private final long[][] counts = new long[SINGLE.size()][];
        private final long[] npCounts = new long[dictionaries.get("np").size()];
        private final long[] fpCounts = new long[dictionaries.get("fp").size()];
        private long total;
        private long inters;
        private long winners;
        private long adoptedOnes;

        Counter() {
            for (int f = 0; f < SINGLE.size(); f++) {
                counts[f] = new long[dictionaries.get(SINGLE.get(f)).size()];
            }
        }

        void add(int i) {
            total++;
            for (int f = 0; f < columns.length; f++) {
                int code = columns[f][i];
                if (code >= 0) {
                    counts[f][code]++;
                }
            }
            for (int code : national[i]) {
                npCounts[code]++;
            }
            for (int code : federal[i]) {
                fpCounts[code]++;
            }
            inters += inter[i] ? 1 : 0;
            winners += winner[i] ? 1 : 0;
            adoptedOnes += adopted[i] ? 1 : 0;
        }

        Map<String, Map<String, Long>> counts() {
            Map<String, Map<String, Long>> out = new HashMap<>();
            out.put("total", Map.of("", total));
            for (int f = 0; f < SINGLE.size(); f++) {
                out.put(SINGLE.get(f), dictionaries.get(SINGLE.get(f)).counts(counts[f]));
            }
            out.put("np", dictionaries.get("np").counts(npCounts));
            out.put("fp", dictionaries.get("fp").counts(fpCounts));
            out.put("inter", Map.of("true", inters));
            out.put("winner", Map.of("true", winners));
            out.put("adopted", Map.of("true", adoptedOnes));
            return out;
        }
    }

    private static String selected(LibraryQuery q, String facet) {
        String v = switch (facet) {
            case "district" -> q.district();
            case "region" -> q.region();
            case "type" -> q.type();
            case "year" -> q.year() == null ? null : q.year().toString();
            case "mechanism" -> q.mechanism();
            default -> throw new IllegalArgumentException(facet);
        };
        return v == null || v.isBlank() ? null : v;
    }

    private static Map<String, Map<String, Long>> empty() {
        return Map.of("total", Map.of("", 0L));
    }

    private static boolean contains(int[] codes, int code) {
        for (int c : codes) {
            if (c == code) {
                return true;
            }
        }
        return false;
    }

    private static int[] codes(Dictionary dictionary, String[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = dictionary.code(values[i]);
        }
        return out;
    }

    /** The values of one facet, each with its code (its position). */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int code(String value) {
            return codes.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        /** The code of a value, or -1 when no entry has it. */
        int find(String value) {
            return codes.getOrDefault(value, -1);
        }

        int size() {
            return values.size();
        }

        /** The values counted at least once, with their counts. */
        Map<String, Long> counts(long[] counts) {
            Map<String, Long> out = new HashMap<>();
            for (int code = 0; code < counts.length; code++) {
                if (counts[code] > 0) {
                    out.put(values.get(code), counts[code]);
                }
            }
            return out;
        }
    }
}
