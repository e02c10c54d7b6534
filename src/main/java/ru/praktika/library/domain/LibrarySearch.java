package ru.praktika.library.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.library.Facet;
import ru.praktika.library.LibraryHit;
import ru.praktika.library.LibraryQuery;
import ru.praktika.library.LibraryResult;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.nationalproject.ProjectRef;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * The library's search, in SQL over {@code library.entries}: Russian full-text search (weighted title > problem and
 * what was done > the rest) with phrases, exclusions and prefixes; words that match nothing are corrected from the
 * published texts' own words by trigram similarity; ranking multiplies relevance by the practice's prior (quality,
 * completeness, award, adoptions); facet counts over everything found, cached until the library changes.
 */
@Component
public class LibrarySearch {

    private static final Pattern PREFIX = Pattern.compile("(?<![\\p{L}\\d-])([\\p{L}\\d]{2,40})\\*");
    private static final char OPEN = '\u27e6';
    private static final char CLOSE = '\u27e7';
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;
    private final MessageSource messages;
    private final WordIndex index;
    private final Map<String, Cached> facetCache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > 500;
        }
    });
    private volatile Names names;
    private volatile FacetTable table;

    /** Whole pages of results by search, valid while the library's generation stays; most recently used kept. */
    private final Map<LibraryQuery, CachedResult> resultCache;

    private final int resultCacheSize;

    LibrarySearch(
            JdbcClient jdbc,
            TerritoryApi territory,
            NationalProjectApi catalogue,
            MessageSource messages,
            WordIndex index,
            @org.springframework.beans.factory.annotation.Value("${praktika.library.cache-size:500}") int cacheSize) {
        this.resultCacheSize = Math.max(0, cacheSize);
        this.resultCache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LibraryQuery, CachedResult> eldest) {
                return size() > resultCacheSize;
            }
        });
        this.jdbc = jdbc;
        this.territory = territory;
        this.catalogue = catalogue;
        this.messages = messages;
        this.index = index;
    }

    private record Cached(long generation, Map<String, Facet> facets, long total) {}

    /** The SQL of a search: the tsquery expression, the where clause and their parameters. */
    record Sql(String tsquery, String where, Map<String, Object> params) {}

    /**
     * A search. No transaction: each statement takes a connection for itself, so the work done in memory holds none
     * while 32 searches share a pool of 10 (under read committed each statement has its own snapshot anyway).
     */
    public LibraryResult search(LibraryQuery query, boolean withFacets) {
        return search(query, withFacets, true);
    }

    /**
     * The search with or without the cache of facet counts: the benchmark times the SQL alone without it
     * (docs/benchmarks.md).
     */
    public LibraryResult search(LibraryQuery query, boolean withFacets, boolean cached) {
        if (!cached || resultCacheSize == 0) {
            return searchNow(query, withFacets, cached, generation());
        }
        long generation = generation();
        CachedResult hit = resultCache.get(query);
        if (hit != null && hit.generation() == generation && (hit.withFacets() || !withFacets)) {
            return hit.result();
        }
        LibraryResult result;
        try {
            // searches not asked before take their turn, as many at once as there are processors: the heavier ones
            // then delay the others by their own length, not by that times the number of searches sharing the cores
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try {
            result = searchNow(query, withFacets, true, generation);
        } finally {
            turns.release();
        }
        resultCache.put(query, new CachedResult(generation, withFacets, result));
        return result;
    }

    private final java.util.concurrent.Semaphore turns =
            new java.util.concurrent.Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);

    private record CachedResult(long generation, boolean withFacets, LibraryResult result) {}

    private LibraryResult searchNow(LibraryQuery query, boolean withFacets, boolean cached, long generation) {
        LibraryResult result = run(query, query.q(), withFacets, cached, generation);
        if (result.total() > 0 || !query.hasWords()) {
            return result;
        }
        String corrected = correct(query.q());
        if (corrected == null) {
            return result;
        }
        LibraryResult again = run(query, corrected, withFacets, cached, generation);
        if (again.total() == 0) {
            return new LibraryResult(query, 0, List.of(), result.facets(), null, null);
        }
        return new LibraryResult(query, again.total(), again.hits(), again.facets(), corrected, corrected);
    }

    private LibraryResult run(LibraryQuery query, String words, boolean withFacets, boolean useCache, long generation) {
        Sql sql = sql(query, words);
        if (useCache && sql.tsquery() == null) {
            return inMemory(query, null, withFacets, generation);
        }
        if (useCache && index.ready(generation)) {
            WordQuery wq = WordQuery.of(words, index);
            if (wq.query() == null) {
                return new LibraryResult(
                        query, 0, List.of(), withFacets ? facets(query, Map.of()) : Map.of(), null, null);
            }
            return inMemory(query, wq, withFacets, generation);
        }
        Map<String, Facet> facets = Map.of();
        long total;
        String key = sql.tsquery() + "|" + sql.where() + "|" + new java.util.TreeMap<>(sql.params());
        Cached cached = useCache ? facetCache.get(key) : null;
        if (cached != null && cached.generation() == generation && (cached.facets() != null || !withFacets)) {
            total = cached.total();
            facets = withFacets ? cached.facets() : Map.of();
        } else if (withFacets) {
            Map<String, Map<String, Long>> counts = counts(sql);
            total = counts.getOrDefault("total", Map.of()).getOrDefault("", 0L);
            facets = facets(query, counts);
            facetCache.put(key, new Cached(generation, facets, total));
        } else {
            total = jdbc.sql("select count(*) from library.entries e where " + sql.where())
                    .params(sql.params())
                    .query(Long.class)
                    .single();
            facetCache.put(key, new Cached(generation, null, total));
        }
        List<LibraryHit> hits = total == 0 ? List.of() : hits(query, sql);
        return new LibraryResult(query, total, hits, facets, null, null);
    }

    /**
     * A search in memory: the words' matches from the {@link WordIndex} (every entry when there are no words),
     * filtered, counted and sorted in the {@link FacetTable}, the page's 20 entries read by id and marked here. No
     * statement ranks, sorts or counts in SQL.
     */
    private LibraryResult inMemory(LibraryQuery query, WordQuery wq, boolean withFacets, long generation) {
        int offset = (int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, query.page()) * LibraryQuery.PAGE_SIZE);
        FacetTable.Found found;
        if (wq == null) {
            found = table(generation).all(query, offset, LibraryQuery.PAGE_SIZE);
        } else {
            FacetTable.Selection selection = table(generation).select(query, offset, LibraryQuery.PAGE_SIZE);
            index.find(wq.query(), selection.needsScores(), selection::add);
            found = selection.found();
        }
        long total = found.counts().get("total").get("");
        Map<String, Facet> facets = withFacets ? facets(query, found.counts()) : Map.of();
        return new LibraryResult(query, total, hits(found.page(), wq), facets, null, null);
    }

    /** The entries of a page, in its order, with the words found marked. */
    private List<LibraryHit> hits(List<Long> page, WordQuery wq) {
        if (page.isEmpty()) {
            return List.of();
        }
        Names n = names();
        Map<Long, LibraryHit> byId = new HashMap<>();
        jdbc.sql("""
                        select practice_id, title, region_code, municipality, year, national_codes, award, quality,
                               adoptions, summary, body
                        from library.entries where practice_id in (:ids)
                        """).param("ids", page).query(rs -> {
            String title = rs.getString(2);
            byId.put(
                    rs.getLong(1),
                    hit(
                            rs,
                            n,
                            wq == null ? marked(title) : marked(markAll(title, wq)),
                            wq == null
                                    ? marked(left(rs.getString(10), 300))
                                    : marked(fragments(rs.getString(10) + " " + rs.getString(11), wq))));
        });
        return page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The words of a text ({@code [\\p{L}\\d]+}) one after another, read without a regular expression. */
    private static final class Words {
        private final String text;
        private int start;
        private int end;

        Words(String text) {
            this.text = text;
        }

        boolean find() {
            int i = end;
            int n = text.length();
            while (i < n && !inWord(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return false;
            }
            start = i;
            while (i < n && inWord(text.charAt(i))) {
                i++;
            }
            end = i;
            return true;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        private static boolean inWord(char c) {
            if (c >= 'а' && c <= 'я' || c >= 'А' && c <= 'Я' || c >= '0' && c <= '9') {
                return true; // most of a Russian text, without looking up the character's properties
            }
            return c > ' ' && Character.isLetter(c);
        }
    }

    /**
     * True when the word at {@code [start, end)} of a text is one the search found. A word is stemmed only when it
     * begins with one of the search's stems or prefixes (the Snowball stemmer only cuts endings), so a page's texts
     * are not stemmed word by word.
     */
    private boolean isFound(String text, int start, int end, WordQuery wq) {
        if (!wq.mayMark(text, start, end)) {
            return false;
        }
        String stem = index.stem(text.substring(start, end));
        return !stem.isEmpty() && wq.marks(stem);
    }

    /**
     * A hit from a row whose first nine columns are practice_id, title, region_code, municipality, year,
     * national_codes, award, quality, adoptions.
     */
    private static LibraryHit hit(java.sql.ResultSet rs, Names n, String titleHtml, String snippetHtml)
            throws java.sql.SQLException {
        List<String> projects = new ArrayList<>();
        for (String code : (String[]) rs.getArray(6).getArray()) {
            projects.add(n.project(code));
        }
        return new LibraryHit(
                rs.getLong(1),
                rs.getString(2),
                titleHtml,
                snippetHtml,
                rs.getString(3),
                n.region(rs.getString(3)),
                rs.getString(4),
                rs.getInt(5),
                projects,
                rs.getString(7),
                rs.getInt(8),
                rs.getInt(9));
    }

    /** Writes the text from {@code at} up to the current word, then the word between the markers; answers its end. */
    private static int appendFound(StringBuilder out, String text, int at, Words word) {
        out.append(text, at, word.start())
                .append(OPEN)
                .append(text, word.start(), word.end())
                .append(CLOSE);
        return word.end();
    }

    /** A title with every word found between the markers. */
    private String markAll(String text, WordQuery wq) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        Words m = new Words(text);
        while (m.find()) {
            if (isFound(text, m.start(), m.end(), wq)) {
                at = appendFound(out, text, at, m);
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * Up to two fragments of 35 words, each from five words before a word found, the words found between the markers,
     * joined by « … » (as {@code ts_headline} with MaxWords=35, MaxFragments=2); the text's first 35 words when none
     * is. One pass over the words, ending when the second fragment is complete.
     */
    private String fragments(String text, WordQuery wq) {
        StringBuilder out = new StringBuilder();
        int[] recent = new int[6]; // the starts of the last words, a ring
        int words = 0;
        int spanStart = -1;
        int spanWords = 0;
        int at = 0; // how far the open fragment is written
        int spans = 0;
        int firstWordsEnd = 0;
        Words m = new Words(text);
        while (m.find() && spans < 2) {
            recent[words % recent.length] = m.start();
            words++;
            if (words <= 35) {
                firstWordsEnd = m.end();
            }
            boolean found = isFound(text, m.start(), m.end(), wq);
            if (spanStart < 0 && found) {
                spanStart = recent[Math.max(0, words - recent.length) % recent.length];
                spanWords = Math.min(words, recent.length);
                if (out.length() > 0) {
                    out.append(" … ");
                }
                at = spanStart;
            } else if (spanStart >= 0) {
                spanWords++;
            }
            if (spanStart >= 0) {
                if (found) {
                    at = appendFound(out, text, at, m);
                }
                if (spanWords >= 35) {
                    out.append(text, at, m.end());
                    spanStart = -1;
                    spans++;
                }
            }
        }
        if (spanStart >= 0) {
            out.append(text, at, text.length());
        } else if (out.length() == 0) {
            out.append(text, 0, firstWordsEnd);
        }
        return out.toString();
    }

    /** The tsquery and the filters of a search as SQL with named parameters. */
    static Sql sql(LibraryQuery f, String words) {
        Map<String, Object> p = new HashMap<>();
        List<String> where = new ArrayList<>();
        String tsquery = null;
        if (words != null && !words.isBlank()) {
            List<String> parts = new ArrayList<>();
            Matcher m = PREFIX.matcher(words);
            int i = 0;
            while (m.find() && i < 5) {
                p.put("prefix" + i, m.group(1).toLowerCase(RU) + ":*");
                parts.add("to_tsquery('russian', :prefix" + i + ")");
                i++;
            }
            String rest = PREFIX.matcher(words).replaceAll(" ").strip();
            if (!rest.isEmpty()) {
                p.put("words", rest.length() > 300 ? rest.substring(0, 300) : rest);
                parts.add("websearch_to_tsquery('russian', :words)");
            }
            tsquery = parts.isEmpty() ? null : "(" + String.join(" && ", parts) + ")";
            if (tsquery != null) {
                where.add("e.search @@ " + tsquery);
            }
        }
        if (f.district() != null && !f.district().isBlank()) {
            where.add("e.district = :district");
            p.put("district", f.district());
        }
        if (f.region() != null && !f.region().isBlank()) {
            where.add("e.region_code = :region");
            p.put("region", f.region());
        }
        if (f.type() != null && !f.type().isBlank()) {
            where.add("e.municipality_type = :type");
            p.put("type", f.type());
        }
        if (f.nationalProject() != null && !f.nationalProject().isBlank()) {
            where.add("e.national_codes @> array[cast(:np as text)]");
            p.put("np", f.nationalProject());
        }
        if (f.federalProject() != null && !f.federalProject().isBlank()) {
            where.add("e.federal_codes @> array[cast(:fp as text)]");
            p.put("fp", f.federalProject());
        }
        if (f.year() != null) {
            where.add("e.year = :year");
            p.put("year", f.year());
        }
        if (f.mechanism() != null && !f.mechanism().isBlank()) {
            where.add("e.mechanism = :mechanism");
            p.put("mechanism", f.mechanism());
        }
        if (Boolean.TRUE.equals(f.interMunicipal())) {
            where.add("e.inter_municipal");
        }
        if (Boolean.TRUE.equals(f.winner())) {
            where.add("e.winner");
        }
        if (Boolean.TRUE.equals(f.adopted())) {
            where.add("e.adoptions > 0");
        }
        return new Sql(tsquery, where.isEmpty() ? "true" : String.join(" and ", where), p);
    }

    /** Facet counts over everything the search finds, in one statement. */
    private Map<String, Map<String, Long>> counts(Sql sql) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        jdbc.sql("""
                        with m as materialized (
                            select e.district, e.region_code, e.municipality_type, e.national_codes, e.federal_codes,
                                   e.year, e.mechanism, e.inter_municipal, e.winner, e.adoptions
                            from library.entries e where %s)
                        select 'total', '', count(*) from m
                        union all select 'district', district, count(*) from m group by 2
                        union all select 'region', region_code, count(*) from m group by 2
                        union all select 'type', municipality_type, count(*) from m group by 2
                        union all select 'np', c, count(*) from m, unnest(national_codes) c group by 2
                        union all select 'fp', c, count(*) from m, unnest(federal_codes) c group by 2
                        union all select 'year', year::text, count(*) from m group by 2
                        union all select 'mechanism', mechanism, count(*) from m where mechanism is not null group by 2
                        union all select 'inter', 'true', count(*) from m where inter_municipal
                        union all select 'winner', 'true', count(*) from m where winner
                        union all select 'adopted', 'true', count(*) from m where adoptions > 0
                        """.formatted(sql.where())).params(sql.params()).query(rs -> {
            out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        return out;
    }

    private List<LibraryHit> hits(LibraryQuery query, Sql sql) {
        String rel = sql.tsquery() == null ? "1" : "ts_rank_cd(e.search, " + sql.tsquery() + ", 32)";
        String order = switch (query.sortOrDefault()) {
            case "relevance" -> "REL * e.prior desc, e.practice_id desc";
            case "quality" -> "e.quality desc, e.completeness desc, e.practice_id desc";
            case "adoptions" -> "e.adoptions desc, REL * e.prior desc, e.practice_id desc";
            default -> "e.year desc, e.published_at desc, e.practice_id desc";
        };
        String headline = sql.tsquery() == null
                ? "left(p.summary, 300), p.title"
                : "ts_headline('russian', p.summary || ' ' || p.body, " + sql.tsquery()
                        + ", 'StartSel=" + OPEN + ", StopSel=" + CLOSE
                        + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"'),"
                        + " ts_headline('russian', p.title, " + sql.tsquery() + ", 'HighlightAll=true, StartSel="
                        + OPEN + ", StopSel=" + CLOSE + "')";
        Map<String, Object> params = new HashMap<>(sql.params());
        params.put("limit", LibraryQuery.PAGE_SIZE);
        params.put("offset", Math.max(0, query.page()) * LibraryQuery.PAGE_SIZE);
        Names n = names();
        return jdbc.sql("""
                        with page as (
                            select e.practice_id, e.title, e.region_code, e.municipality, e.year, e.national_codes,
                                   e.award, e.quality, e.adoptions, e.summary, e.body, e.prior, e.completeness,
                                   e.published_at, %s as rel
                            from library.entries e where %s order by %s
                            limit :limit offset :offset)
                        select p.practice_id, p.title, p.region_code, p.municipality, p.year, p.national_codes,
                               p.award, p.quality, p.adoptions, %s
                        from page p order by %s
                        """.formatted(
                                rel,
                                sql.where(),
                                order.replace("REL", rel),
                                headline,
                                order.replace("REL", "p.rel").replace("e.", "p.")))
                .params(params)
                .query((rs, i) -> hit(rs, n, marked(rs.getString(11)), marked(rs.getString(10))))
                .list();
    }

    private static String left(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, chars);
    }

    /**
     * Text with the found words between the markers, as HTML: escaped (the five characters HTML gives a meaning to), the
     * markers turned into {@code <mark>}, in one pass.
     */
    static String marked(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean open = false;
        int plain = 0; // where the text not yet written starts: runs of plain characters are copied at once
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String instead = switch (c) {
                case OPEN -> open ? "" : "<mark>";
                case CLOSE -> open ? "</mark>" : "";
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (instead != null) {
                out.append(text, plain, i).append(instead);
                plain = i + 1;
                open = c == OPEN || (open && c != CLOSE);
            }
        }
        out.append(text, plain, text.length());
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    /**
     * The words typed with each one that is not in the published texts replaced by the most similar one that is
     * (trigram similarity, the more frequent word first on a tie); null when nothing could be corrected.
     */
    String correct(String q) {
        String out = q;
        boolean changed = false;
        for (String word : Vocabulary.words(q)) {
            // a stop word has no stem and is never corrected; a word is known when its stem is
            boolean known = jdbc.sql("""
                            select coalesce((ts_lexize('russian_stem', :w))[1], '') = ''
                                or exists (select 1 from library.words
                                           where lexeme = (ts_lexize('russian_stem', :w))[1])
                            """).param("w", word).query(Boolean.class).single();
            if (known) {
                continue;
            }
            String best = jdbc.sql("""
                            select word from library.words where word % :w
                            order by similarity(word, :w) desc, frequency desc, word limit 1
                            """)
                    .param("w", word)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (best != null) {
                out = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
                        .matcher(out)
                        .replaceFirst(Matcher.quoteReplacement(best));
                changed = true;
            }
        }
        return changed && !out.equalsIgnoreCase(q) ? out : null;
    }

    /** The facet values of every entry, read again when the library has changed since. */
    private FacetTable table(long generation) {
        FacetTable t = table;
        if (t != null && t.generation() == generation) {
            return t;
        }
        synchronized (this) {
            if (table == null || table.generation() != generation) {
                table = FacetTable.read(jdbc, generation);
            }
            return table;
        }
    }

    /**
     * True when searches with words go through the word index (it holds the library as it is now); asking starts its
     * catch-up when it has fallen far behind. The benchmark waits for it, as a running server has it.
     */
    public boolean wordsReady() {
        return index.ready(generation());
    }

    /** The word index is read at start (on its own thread when it is large), so first visitors' searches need not. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void readWordsAtStart() {
        wordsReady();
    }

    private long generation() {
        return jdbc.sql("select generation from library.state where id = 1")
                .query(Long.class)
                .single();
    }

    private Map<String, Facet> facets(LibraryQuery q, Map<String, Map<String, Long>> counts) {
        Names n = names();
        Map<String, Facet> out = new LinkedHashMap<>();
        out.put("district", facet("district", counts, q.district(), v -> v, false));
        out.put("region", facet("region", counts, q.region(), n::region, false));
        out.put(
                "type",
                facet(
                        "type",
                        counts,
                        q.type(),
                        v -> {
                            try {
                                return MunicipalityType.valueOf(v).russianName();
                            } catch (IllegalArgumentException e) {
                                return "тип не указан";
                            }
                        },
                        false));
        out.put("np", facet("np", counts, q.nationalProject(), n::project, false));
        Map<String, Long> fp = new HashMap<>(counts.getOrDefault("fp", Map.of()));
        // federal projects are shown under the national project chosen, not all 80 at once
        String np = q.nationalProject();
        fp.keySet().removeIf(code -> np == null || np.isBlank() || !code.startsWith(np + "-"));
        out.put("fp", facet("fp", Map.of("fp", fp), q.federalProject(), n::project, false));
        out.put("year", facet("year", counts, q.year() == null ? null : q.year().toString(), v -> v, true));
        out.put(
                "mechanism",
                facet(
                        "mechanism",
                        counts,
                        q.mechanism(),
                        v -> messages.getMessage("mechanism." + v, null, v, RU),
                        false));
        out.put(
                "inter",
                facet(
                        "inter",
                        counts,
                        Boolean.TRUE.equals(q.interMunicipal()) ? "true" : null,
                        v -> "межмуниципальные",
                        false));
        out.put(
                "winner",
                facet(
                        "winner",
                        counts,
                        Boolean.TRUE.equals(q.winner()) ? "true" : null,
                        v -> "победители конкурса",
                        false));
        out.put(
                "adopted",
                facet(
                        "adopted",
                        counts,
                        Boolean.TRUE.equals(q.adopted()) ? "true" : null,
                        v -> "внедрены в других муниципалитетах",
                        false));
        return out;
    }

    private static Facet facet(
            String name,
            Map<String, Map<String, Long>> counts,
            String selected,
            java.util.function.Function<String, String> label,
            boolean byValueDesc) {
        List<Facet.Value> values = new ArrayList<>();
        counts.getOrDefault(name, Map.of()).forEach((value, count) -> {
            if (count > 0 && value != null) {
                values.add(new Facet.Value(value, label.apply(value), count, value.equals(selected)));
            }
        });
        values.sort(
                byValueDesc
                        ? Comparator.comparing(Facet.Value::value).reversed()
                        : Comparator.comparingLong(Facet.Value::count)
                                .reversed()
                                .thenComparing(Facet.Value::label));
        return new Facet(name, values);
    }

    /** Names of regions and projects, read once and again every ten minutes. */
    private Names names() {
        Names n = names;
        if (n == null || System.currentTimeMillis() - n.readAt() > 600_000) {
            Map<String, String> regions = new HashMap<>();
            for (RegionView r : territory.regions()) {
                regions.put(r.code(), r.fullName());
            }
            Map<String, String> projects = new HashMap<>();
            for (NationalProjectView np : catalogue.nationalProjects(null)) {
                projects.put(np.code(), np.name());
                for (ProjectRef fp : np.federalProjects()) {
                    projects.put(fp.code(), fp.name());
                }
            }
            n = new Names(regions, projects, System.currentTimeMillis());
            names = n;
        }
        return n;
    }

    record Names(Map<String, String> regions, Map<String, String> projects, long readAt) {
        String region(String code) {
            return regions.getOrDefault(code, code);
        }

        String project(String code) {
            return projects.getOrDefault(code, code);
        }
    }

    /** The name of a region or a project code as the public reads it. */
    public String nameOf(String code) {
        Names n = names();
        return n.regions().containsKey(code) ? n.region(code) : n.project(code);
    }
}
