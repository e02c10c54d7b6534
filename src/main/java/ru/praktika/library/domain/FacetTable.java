package ru.praktika.library.domain;

import java.util.ArrayList;
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
    private final int[][] national;
    private final int[][] federal;
    private final long[] ids;
    /** The position of each practice id (-1: not an entry); ids are dense enough for an array. */
    private final int[] positions;
    /** The single-valued facets' code columns, in the order of {@link #SINGLE}. */
    private final int[][] columns;
    /** For each single-valued facet (in the order of {@link #SINGLE}) and each of its codes, the entries with it. */
    private final int[][][] singleLists;

    private final int[][] nationalLists;
    private final int[][] federalLists;
    private final int[] interList;
    private final int[] winnerList;
    private final int[] adoptedList;

    /**
     * Each entry's facet codes and flags in one word, so that filtering and counting a match reads one place, not ten
     * arrays: bits 0–2 the flags inter-municipal, winner, adopted; bit 3 set when its projects are read from
     * {@link #national} and {@link #federal} (several of one kind, or too many codes to pack); then each single-valued
     * facet's code + 1 (0: none) and the national and federal project's, at {@link #shifts} (-1: not packed, read from
     * {@link #columns}).
     */
    private final long[] packed;

    /** The shift of each packed field: the single-valued facets in the order of {@link #SINGLE}, then np and fp. */
    private final int[] shifts = new int[SINGLE.size() + 2];

    private final long[] masks = new long[SINGLE.size() + 2];
    private static final long MANY_PROJECTS = 8;

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
        Map<String, int[]> single = new HashMap<>();
        for (String facet : SINGLE) {
            single.put(facet, new int[size]);
        }
        national = new int[size][];
        federal = new int[size][];
        boolean[] inter = new boolean[size];
        boolean[] winner = new boolean[size];
        boolean[] adopted = new boolean[size];
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
        singleLists = new int[SINGLE.size()][][];
        for (int f = 0; f < SINGLE.size(); f++) {
            columns[f] = single.get(SINGLE.get(f));
            singleLists[f] = lists(columns[f], dictionaries.get(SINGLE.get(f)).size());
        }
        nationalLists = lists(national, dictionaries.get("np").size());
        federalLists = lists(federal, dictionaries.get("fp").size());
        int next = 4;
        List<String> fields = new ArrayList<>(SINGLE);
        fields.addAll(List.of("np", "fp"));
        for (int f = 0; f < fields.size(); f++) {
            int width = 32
                    - Integer.numberOfLeadingZeros(
                            dictionaries.get(fields.get(f)).size() + 1);
            // the federal project is packed only beside the national one (an entry's projects are read together)
            boolean fits = next + width <= 64 && (f <= SINGLE.size() || shifts[SINGLE.size()] >= 0);
            shifts[f] = fits ? next : -1;
            masks[f] = fits ? (1L << width) - 1 : 0;
            next += fits ? width : 0;
        }
        packed = new long[size];
        for (int i = 0; i < size; i++) {
            long p = (inter[i] ? 1 : 0) | (winner[i] ? 2 : 0) | (adopted[i] ? 4 : 0);
            for (int f = 0; f < SINGLE.size(); f++) {
                if (shifts[f] >= 0) {
                    p |= (long) (columns[f][i] + 1) << shifts[f];
                }
            }
            int np = SINGLE.size();
            int fp = np + 1;
            if (shifts[fp] < 0 || national[i].length > 1 || federal[i].length > 1) {
                p |= MANY_PROJECTS;
            } else {
                p |= (long) (national[i].length == 0 ? 0 : national[i][0] + 1) << shifts[np];
                p |= (long) (federal[i].length == 0 ? 0 : federal[i][0] + 1) << shifts[fp];
            }
            packed[i] = p;
        }
        interList = list(inter);
        winnerList = list(winner);
        adoptedList = list(adopted);
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
        if (filter == null) {
            return new Counter().counts();
        }
        if (!filter.narrows()) {
            Map<String, Map<String, Long>> all = everything;
            if (all == null) {
                Counter counter = new Counter();
                for (int i = 0; i < size; i++) {
                    counter.add(i);
                }
                all = counter.counts();
                everything = all;
            }
            return all;
        }
        Selection s = new Selection(q, filter, 0, 0, true);
        s.addAll(filter.candidates());
        return s.counter.counts();
    }

    /** The counts of the whole library, counted once. */
    private volatile Map<String, Map<String, Long>> everything;

    /**
     * A search with words: the word index gives it its matches ({@link Selection#add(long, float)}: practice id and
     * score, in any order), which it filters, counts and keeps the best of as they come, without a list of them all.
     */
    Selection select(LibraryQuery q, int offset, int limit) {
        int kind = kind(q.sortOrDefault());
        return new Selection(q, filter(q), offset, limit, kind != RELEVANCE && kind != ADOPTIONS);
    }

    /**
     * The same for a search without words: every entry its filters keep, in the order of its sort (relevance orders
     * by the prior, as in SQL). With a filter only the entries of its shortest value list are read; without one the
     * counts are the library's and the page is read from the sort's order, kept per sort.
     */
    Found all(LibraryQuery q, int offset, int limit) {
        Filter filter = filter(q);
        if (filter != null && filter.narrows()) {
            Selection s = new Selection(q, filter, offset, limit, true);
            s.addAll(filter.candidates());
            return s.found();
        }
        List<Long> page = new ArrayList<>();
        if (filter != null) {
            int[] order = sorted(q.sortOrDefault());
            long end = Math.min(order.length, (long) offset + limit);
            for (int k = Math.max(0, offset); k < end; k++) {
                page.add(ids[order[k]]);
            }
        }
        return new Found(counts(q), page);
    }

    private final Map<String, int[]> sorted = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every entry in the order of a sort of a search without words (its relevance is the prior). */
    private int[] sorted(String sort) {
        return sorted.computeIfAbsent(sort, s -> {
            int kind = kind(s);
            return java.util.stream.IntStream.range(0, size)
                    .boxed()
                    .sorted((a, b) -> before(kind, a, prior[a], b, prior[b]) ? -1 : (a.equals(b) ? 0 : 1))
                    .mapToInt(Integer::intValue)
                    .toArray();
        });
    }

    private final Map<String, int[]> ranks = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each entry's place in {@link #sorted(String)}. */
    private int[] ranks(String sort) {
        return ranks.computeIfAbsent(sort, s -> {
            int[] order = sorted(s);
            int[] rank = new int[size];
            for (int r = 0; r < size; r++) {
                rank[order[r]] = r;
            }
            return rank;
        });
    }

    /** The counts and the page's ids of a search. */
    record Found(Map<String, Map<String, Long>> counts, List<Long> page) {}

    private static final int RELEVANCE = 0;
    private static final int QUALITY = 1;
    private static final int ADOPTIONS = 2;
    private static final int DATE = 3;

    private static int kind(String sort) {
        return switch (sort) {
            case "relevance" -> RELEVANCE;
            case "quality" -> QUALITY;
            case "adoptions" -> ADOPTIONS;
            default -> DATE;
        };
    }

    /**
     * True when entry {@code a} (relevance {@code ra}) comes before entry {@code b} in a sort, as the SQL orders:
     * relevance × prior; quality, completeness; adoptions, relevance; year, publication; the newer id last of all.
     */
    private boolean before(int kind, int a, float ra, int b, float rb) {
        switch (kind) {
            case RELEVANCE -> {
                if (Float.compare(ra, rb) != 0) {
                    return Float.compare(ra, rb) > 0;
                }
            }
            case QUALITY -> {
                if (quality[a] != quality[b]) {
                    return quality[a] > quality[b];
                }
                if (completeness[a] != completeness[b]) {
                    return completeness[a] > completeness[b];
                }
            }
            case ADOPTIONS -> {
                if (adoptions[a] != adoptions[b]) {
                    return adoptions[a] > adoptions[b];
                }
                if (Float.compare(ra, rb) != 0) {
                    return Float.compare(ra, rb) > 0;
                }
            }
            default -> {
                if (years[a] != years[b]) {
                    return years[a] > years[b];
                }
                if (published[a] != published[b]) {
                    return published[a] > published[b];
                }
            }
        }
        return ids[a] > ids[b];
    }

    /**
     * A search under way: each entry offered is filtered and counted, and nothing else is remembered but what the page
     * needs. When the sort does not depend on the words' scores (by date or quality, or any sort without words) each
     * entry kept sets the bit of its place in the sort's order, and the page is read from the first bits set; otherwise
     * the best {@code offset + limit} are held in a heap whose head is the worst of them.
     */
    final class Selection {
        private final Filter filter;
        private final Counter counter = new Counter();
        private final String sort;
        private final int kind;
        private final int offset;
        private final int wanted;
        private final int[] heap;
        private final float[] heapRelevance;
        private int n;
        /** The places in the sort's order of the entries kept, when it is fixed; null for the heap. */
        private final long[] places;

        private final int[] rank;
        private final boolean fixedOrder;

        private Selection(LibraryQuery q, Filter filter, int offset, int limit, boolean fixedOrder) {
            this.filter = filter;
            this.sort = q.sortOrDefault();
            this.kind = kind(sort);
            this.offset = Math.max(0, offset);
            this.wanted = (int) Math.min(size, Math.max(0, (long) offset + limit));
            this.fixedOrder = fixedOrder;
            boolean byPlace = fixedOrder && wanted > 0;
            this.places = byPlace ? new long[(size + 63) >>> 6] : null;
            this.rank = byPlace ? ranks(sort) : null;
            this.heap = byPlace ? new int[0] : new int[wanted];
            this.heapRelevance = byPlace ? new float[0] : new float[wanted];
        }

        /** True when the matches' scores order the page (relevance and adoptions); other sorts ignore them. */
        boolean needsScores() {
            return !fixedOrder;
        }

        /** A match of the word index: a practice id and its score. */
        void add(long practiceId, float score) {
            if (filter != null && practiceId >= 0 && practiceId < positions.length) {
                int i = positions[(int) practiceId];
                if (i >= 0 && filter.keeps(i)) {
                    keep(i, score * prior[i]);
                }
            }
        }

        private void addAll(int[] entries) {
            for (int i : entries) {
                if (filter.keeps(i)) {
                    keep(i, prior[i]);
                }
            }
        }

        private void keep(int i, float relevance) {
            counter.add(i);
            if (places != null) {
                int r = rank[i];
                places[r >>> 6] |= 1L << r;
            } else if (n < wanted) {
                heap[n] = i;
                heapRelevance[n] = relevance;
                up(n++);
            } else if (wanted > 0 && before(kind, i, relevance, heap[0], heapRelevance[0])) {
                heap[0] = i;
                heapRelevance[0] = relevance;
                down(0);
            }
        }

        /** The worse of a parent and its child goes up: the head is the worst kept. */
        private void up(int k) {
            while (k > 0) {
                int parent = (k - 1) / 2;
                if (!before(kind, heap[parent], heapRelevance[parent], heap[k], heapRelevance[k])) {
                    return;
                }
                swap(k, parent);
                k = parent;
            }
        }

        private void down(int k) {
            while (true) {
                int worst = k;
                for (int child = 2 * k + 1; child <= 2 * k + 2 && child < n; child++) {
                    if (before(kind, heap[worst], heapRelevance[worst], heap[child], heapRelevance[child])) {
                        worst = child;
                    }
                }
                if (worst == k) {
                    return;
                }
                swap(k, worst);
                k = worst;
            }
        }

        private void swap(int a, int b) {
            int i = heap[a];
            heap[a] = heap[b];
            heap[b] = i;
            float r = heapRelevance[a];
            heapRelevance[a] = heapRelevance[b];
            heapRelevance[b] = r;
        }

        /** The counts and the page asked for, in the sort's order. */
        Found found() {
            if (places != null) {
                int[] order = sorted(sort);
                List<Long> page = new ArrayList<>();
                int seen = 0;
                for (int w = 0; w < places.length && seen < wanted; w++) {
                    for (long bits = places[w]; bits != 0 && seen < wanted; bits &= bits - 1) {
                        if (seen++ >= offset) {
                            page.add(ids[order[(w << 6) + Long.numberOfTrailingZeros(bits)]]);
                        }
                    }
                }
                return new Found(counter.counts(), page);
            }
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(
                    order,
                    (a, b) -> a.equals(b)
                            ? 0
                            : before(kind, heap[a], heapRelevance[a], heap[b], heapRelevance[b]) ? -1 : 1);
            List<Long> page = new ArrayList<>();
            for (int k = offset; k < n; k++) {
                page.add(ids[heap[order[k]]]);
            }
            return new Found(counter.counts(), page);
        }
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
            pack();
        }

        /** True when some filter is set: the search is then read from {@link #candidates()}, not every entry. */
        boolean narrows() {
            for (int code : wanted) {
                if (code != Integer.MIN_VALUE) {
                    return true;
                }
            }
            return np != Integer.MIN_VALUE || fp != Integer.MIN_VALUE || onlyInter || onlyWinners || onlyAdopted;
        }

        /** The entries of the filter set that holds the fewest: the others are then checked entry by entry. */
        int[] candidates() {
            int[] best = null;
            for (int f = 0; f < wanted.length; f++) {
                if (wanted[f] != Integer.MIN_VALUE) {
                    best = shorter(best, singleLists[f][wanted[f]]);
                }
            }
            if (np != Integer.MIN_VALUE) {
                best = shorter(best, nationalLists[np]);
            }
            if (fp != Integer.MIN_VALUE) {
                best = shorter(best, federalLists[fp]);
            }
            if (onlyInter) {
                best = shorter(best, interList);
            }
            if (onlyWinners) {
                best = shorter(best, winnerList);
            }
            if (onlyAdopted) {
                best = shorter(best, adoptedList);
            }
            return best;
        }

        /** The bits of an entry's packed word the filters look at, and the values they want there. */
        private long mask;

        private long value;
        /** The single-valued facets filtered on that are not packed (their codes read from {@link #columns}). */
        private boolean unpacked;

        private void pack() {
            mask = (onlyInter ? 1 : 0) | (onlyWinners ? 2 : 0) | (onlyAdopted ? 4 : 0);
            value = mask;
            for (int f = 0; f < wanted.length; f++) {
                if (wanted[f] != Integer.MIN_VALUE) {
                    if (shifts[f] >= 0) {
                        mask |= masks[f] << shifts[f];
                        value |= (long) (wanted[f] + 1) << shifts[f];
                    } else {
                        unpacked = true;
                    }
                }
            }
        }

        boolean keeps(int i) {
            long p = packed[i];
            if ((p & mask) != value) {
                return false;
            }
            if (unpacked) {
                for (int f = 0; f < wanted.length; f++) {
                    if (wanted[f] != Integer.MIN_VALUE && shifts[f] < 0 && columns[f][i] != wanted[f]) {
                        return false;
                    }
                }
            }
            if (np == Integer.MIN_VALUE && fp == Integer.MIN_VALUE) {
                return true;
            }
            if ((p & MANY_PROJECTS) != 0) {
                return (np == Integer.MIN_VALUE || contains(national[i], np))
                        && (fp == Integer.MIN_VALUE || contains(federal[i], fp));
            }
            int f = SINGLE.size();
            return (np == Integer.MIN_VALUE || ((p >>> shifts[f]) & masks[f]) == np + 1)
                    && (fp == Integer.MIN_VALUE || ((p >>> shifts[f + 1]) & masks[f + 1]) == fp + 1);
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
            long p = packed[i];
            total++;
            inters += p & 1;
            winners += (p >>> 1) & 1;
            adoptedOnes += (p >>> 2) & 1;
            for (int f = 0; f < columns.length; f++) {
                int code = shifts[f] >= 0 ? (int) ((p >>> shifts[f]) & masks[f]) - 1 : columns[f][i];
                if (code >= 0) {
                    counts[f][code]++;
                }
            }
            if ((p & MANY_PROJECTS) != 0) {
                for (int code : national[i]) {
                    npCounts[code]++;
                }
                for (int code : federal[i]) {
                    fpCounts[code]++;
                }
                return;
            }
            int f = SINGLE.size();
            int np = (int) ((p >>> shifts[f]) & masks[f]) - 1;
            int fp = (int) ((p >>> shifts[f + 1]) & masks[f + 1]) - 1;
            if (np >= 0) {
                npCounts[np]++;
            }
            if (fp >= 0) {
                fpCounts[fp]++;
            }
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

    private static int[] shorter(int[] a, int[] b) {
        return a == null || b.length < a.length ? b : a;
    }

    /** For each code of a column (an entry has none, one or several), the entries that have it, in entry order. */
    private static int[][] lists(int[][] column, int codes) {
        int[] sizes = new int[codes];
        for (int[] entry : column) {
            for (int code : entry) {
                sizes[code]++;
            }
        }
        int[][] of = new int[codes][];
        for (int code = 0; code < codes; code++) {
            of[code] = new int[sizes[code]];
        }
        int[] filled = new int[codes];
        for (int i = 0; i < column.length; i++) {
            for (int code : column[i]) {
                of[code][filled[code]++] = i;
            }
        }
        return of;
    }

    private static int[][] lists(int[] column, int codes) {
        int[][] entries = new int[column.length][];
        for (int i = 0; i < column.length; i++) {
            entries[i] = column[i] < 0 ? new int[0] : new int[] {column[i]};
        }
        return lists(entries, codes);
    }

    /** The entries whose flag is set. */
    private static int[] list(boolean[] flags) {
        return java.util.stream.IntStream.range(0, flags.length)
                .filter(i -> flags[i])
                .toArray();
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
