package ru.praktika.library.domain;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words of the library's entries in a Lucene index of this instance (ADR 0017 amendment): a search with words
 * finds its matches and their scores here in a millisecond or two, where PostgreSQL's full-text search ranks every
 * match and takes 50–80 ms. {@code library.entries} stays the source: the index follows it, comparing each entry's
 * row version ({@code xmin}) when the library's generation changes, so every instance follows every change whichever
 * instance made it. A large difference (the first reading, a big publication) is caught up on a thread of its own;
 * until then the search asks PostgreSQL ({@link #ready(long)} is false).
 *
 * <p>The fields are weighted as the SQL's {@code search} vector: title (A, 1.0), problem and what was done (B, 0.4),
 * goals, results and lessons (C, 0.2), municipality and adopters (D, 0.1); the same Snowball Russian stemmer.
 */
@Component
public class WordIndex {

    private static final Logger log = LoggerFactory.getLogger(WordIndex.class);

    /** A difference larger than this is caught up on the index's own thread, the search asking SQL meanwhile. */
    static final int INLINE_LIMIT = 2_000;

    static final List<String> FIELDS = List.of("title", "main", "extra", "place");
    static final float[] WEIGHTS = {1.0f, 0.4f, 0.2f, 0.1f};

    private final JdbcClient jdbc;
    private final Analyzer analyzer = new RussianAnalyzer();
    private final ExecutorService catchUp = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "library-words");
        t.setDaemon(true);
        return t;
    });
    private Path dir;
    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The row version of each entry as indexed. */
    private final Map<Long, Long> versions = new HashMap<>();

    private volatile long generation = -1;
    private volatile boolean catchingUp;

    WordIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True when the index holds the library of the given generation (or a newer one), bringing it there first when
     * the difference is small; false while a large difference is caught up on the index's thread.
     */
    boolean ready(long wanted) {
        if (generation >= wanted) {
            return true;
        }
        if (catchingUp) {
            return false;
        }
        Difference d;
        synchronized (this) {
            if (generation >= wanted) {
                return true;
            }
            if (catchingUp) {
                return false;
            }
            open();
            d = difference();
            if (d.size() <= INLINE_LIMIT) {
                apply(d, wanted);
                return true;
            }
            catchingUp = true;
        }
        Difference large = d;
        execute(() -> {
            try {
                synchronized (this) {
                    long started = System.nanoTime();
                    apply(large, wanted);
                    log.info(
                            "The library's word index caught up with {} entries in {} ms",
                            large.size(),
                            (System.nanoTime() - started) / 1_000_000);
                }
            } catch (RuntimeException e) {
                log.error("The library's word index could not catch up; searches ask PostgreSQL", e);
            } finally {
                catchingUp = false;
            }
        });
        return false;
    }

    /** Runs a task on the index's thread, unless the instance is stopping. */
    private void execute(Runnable task) {
        try {
            catchUp.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            catchingUp = false;
        }
    }

    /** Where the matches of a query go, one by one, in no order. */
    interface Matches {
        void add(long practiceId, float score);
    }

    /** Gives every match of a query (its practice id, and its score when {@code scored}) to {@code matches}. */
    void find(Query query, boolean scored, Matches matches) {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            searcher.search(query, new SimpleCollector() {
                private Scorable scorer;
                private NumericDocValues idValues;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    idValues = context.reader().getNumericDocValues("id");
                }

                @Override
                public void collect(int doc) throws IOException {
                    idValues.advanceExact(doc);
                    matches.add(idValues.longValue(), scored ? scorer.score() : 1f);
                }

                @Override
                public ScoreMode scoreMode() {
                    return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    log.warn("Could not release a searcher of the library's word index", e);
                }
            }
        }
    }

    private final Map<String, String> stemOf = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The stem of one word as the index reads it ("" for a stop word), remembered: the same forms come back on every
     * page of results (the library's vocabulary is tens of thousands of words; forgotten all at 200,000).
     */
    String stem(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String known = stemOf.get(lower);
        if (known != null) {
            return known;
        }
        List<String> stems = stems(lower, 1);
        String stem = stems.isEmpty() ? "" : stems.get(0);
        if (stemOf.size() > 200_000) {
            stemOf.clear();
        }
        stemOf.put(lower, stem);
        return stem;
    }

    /** The stems of a text as the index reads it, at most {@code max}. */
    List<String> stems(String text, int max) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("main", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < max) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private record Difference(List<Long> changed, List<Long> removed) {
        int size() {
            return changed.size() + removed.size();
        }
    }

    /**
     * The entries changed or removed since the index last read them: every entry's row version read and compared
     * (30 ms at 100,000 entries). {@code xmin} changes with every update of the row, whoever wrote it.
     */
    private Difference difference() {
        Map<Long, Long> now = new HashMap<>();
        jdbc.sql("select practice_id, xmin::text::bigint from library.entries").query(rs -> {
            now.put(rs.getLong(1), rs.getLong(2));
        });
        List<Long> changed = new ArrayList<>();
        now.forEach((id, version) -> {
            if (!version.equals(versions.get(id))) {
                changed.add(id);
            }
        });
        Set<Long> gone = new HashSet<>(versions.keySet());
        gone.removeAll(now.keySet());
        return new Difference(changed, new ArrayList<>(gone));
    }

    private void apply(Difference d, long wanted) {
        try {
            for (Long id : d.removed()) {
                writer.deleteDocuments(new Term("key", id.toString()));
                versions.remove(id);
            }
            for (int from = 0; from < d.changed().size(); from += 500) {
                List<Long> batch =
                        d.changed().subList(from, Math.min(d.changed().size(), from + 500));
                jdbc.sql("""
                                select practice_id, xmin::text::bigint, title, summary || ' ' || body, extra,
                                       municipality || ' ' || adopted_in
                                from library.entries where practice_id in (:ids)
                                """).param("ids", batch).query(rs -> {
                    long id = rs.getLong(1);
                    Document doc = new Document();
                    doc.add(new StringField("key", Long.toString(id), Field.Store.NO));
                    doc.add(new NumericDocValuesField("id", id));
                    for (int f = 0; f < FIELDS.size(); f++) {
                        doc.add(new TextField(FIELDS.get(f), rs.getString(3 + f), Field.Store.NO));
                    }
                    try {
                        writer.updateDocument(new Term("key", Long.toString(id)), doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    versions.put(id, rs.getLong(2));
                });
            }
            searchers.maybeRefreshBlocking();
            generation = Math.max(generation, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index lives in a temporary directory of this instance, made at the first search with words. */
    private void open() {
        if (writer != null) {
            return;
        }
        try {
            dir = Files.createTempDirectory("praktika-library-words-");
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(32));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    synchronized void close() {
        catchUp.shutdownNow();
        try {
            IOUtils.close(searchers, writer, directory, analyzer);
            if (dir != null) {
                IOUtils.rm(dir);
            }
        } catch (IOException e) {
            log.warn("Could not remove the library's word index at {}", dir, e);
        }
    }
}
