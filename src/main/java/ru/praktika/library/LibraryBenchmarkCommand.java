package ru.praktika.library;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import ru.praktika.library.domain.LibraryIndex;
import ru.praktika.library.domain.LibrarySearch;
import ru.praktika.practice.BenchmarkPractices;
import ru.praktika.shared.RussianNumbers;

/**
 * {@code java -jar praktika.jar benchmark-library fill --practices 100000 --praktika.demo=true}: writes published
 * practices and builds the library's index; {@code … benchmark-library sql --queries FILE --clients 32 --seconds 20}:
 * times the library's SQL alone (no HTTP, no cache) for the same queries the load tool sends (docs/benchmarks.md).
 */
@Component
public class LibraryBenchmarkCommand {

    public static final String NAME = "benchmark-library";

    private final BenchmarkPractices practices;
    private final LibraryIndex index;
    private final LibrarySearch search;
    private final boolean demo;

    LibraryBenchmarkCommand(
            BenchmarkPractices practices,
            LibraryIndex index,
            LibrarySearch search,
            ru.praktika.config.PraktikaProperties properties) {
        this.practices = practices;
        this.index = index;
        this.search = search;
        this.demo = properties.demo();
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> a = Arrays.asList(args);
        if (!demo) {
            err.println("Замер пишет практики в базу: запускайте его только на демо-данных"
                    + " (--praktika.demo=true и отдельный --praktika.data-dir)");
            return 2;
        }
        if (a.contains("fill")) {
            int total = Integer.parseInt(value(a, "--practices", "100000"));
            long t0 = System.nanoTime();
            int published = practices.fillPublished(total);
            long t1 = System.nanoTime();
            int written = index.catchUp();
            long t2 = System.nanoTime();
            out.printf(
                    "Данные: %d опубликованных практик за %s с; индекс библиотеки: %d записей за %s с%n",
                    published,
                    RussianNumbers.format((t1 - t0) / 1e9, 1),
                    written,
                    RussianNumbers.format((t2 - t1) / 1e9, 1));
            return 0;
        }
        if (a.contains("sql")) {
            try {
                return sql(
                        Path.of(value(a, "--queries", "bench/library/queries.txt")),
                        Integer.parseInt(value(a, "--clients", "32")),
                        Integer.parseInt(value(a, "--seconds", "20")),
                        a.contains("--fresh"),
                        a.contains("--by-line"),
                        out);
            } catch (IOException | InterruptedException e) {
                err.println("Замер SQL не выполнен: " + e.getMessage());
                return 1;
            }
        }
        err.println(
                "benchmark-library fill --practices N | sql --queries FILE --clients N --seconds N [--fresh] [--by-line]");
        return 2;
    }

    /**
     * Runs the queries round-robin from {@code clients} threads for {@code seconds}; prints p50, p95, p99. Without
     * {@code fresh}: the SQL alone (no cache, facet counts in SQL). With it: the search as the site runs it (its caches
     * and the in-memory facet table), but every request a combination not asked before in the run: each line of the
     * file with a year, a federal district and a sort taken in turn (7 × 9 × 4 × 8 = 2,016 combinations per line with the 8 districts).
     */
    private int sql(Path file, int clients, int seconds, boolean fresh, boolean byLine, PrintStream out)
            throws IOException, InterruptedException {
        List<LibraryQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(parse(line.strip()));
            }
        }
        // the federal districts the library has, and none
        List<String> districts = new ArrayList<>(List.of(""));
        search.search(LibraryQuery.of(""), true, true).facets().get("district").values().stream()
                .map(ru.praktika.library.Facet.Value::value)
                .sorted()
                .forEach(districts::add);
        if (fresh) {
            // a running server has its word index: the run starts once it holds every entry
            long started = System.nanoTime();
            while (!search.wordsReady()) {
                Thread.sleep(500);
            }
            out.printf(
                    "Индекс слов библиотеки готов через %s с%n",
                    RussianNumbers.format((System.nanoTime() - started) / 1e9, 1));
        }
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        java.util.concurrent.atomic.AtomicLongArray lineNanos =
                new java.util.concurrent.atomic.AtomicLongArray(queries.size());
        java.util.concurrent.atomic.AtomicLongArray lineCounts =
                new java.util.concurrent.atomic.AtomicLongArray(queries.size());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int start = c;
            futures.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = start; System.nanoTime() < until; i++) {
                    LibraryQuery q = queries.get(i % queries.size());
                    if (fresh) {
                        q = combination(q, districts, i / queries.size() * clients + start);
                    }
                    long t = System.nanoTime();
                    search.search(q, true, fresh);
                    times.add(System.nanoTime() - t);
                    lineNanos.addAndGet(i % queries.size(), System.nanoTime() - t);
                    lineCounts.incrementAndGet(i % queries.size());
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            try {
                all.addAll(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        pool.shutdown();
        all.sort(null);
        out.printf(
                (fresh
                                ? "Поиск библиотеки без повторов (кэши и таблица фасетов в памяти), %d клиентов, %d с:"
                                : "SQL библиотеки без кэша, %d клиентов, %d с:")
                        + " %d запросов (%s в секунду), p50 %s мс, p95 %s мс, p99 %s мс%n",
                clients,
                seconds,
                all.size(),
                RussianNumbers.format(all.size() / (double) seconds, 0),
                ms(all, 0.50),
                ms(all, 0.95),
                ms(all, 0.99));
        for (int line = 0; byLine && line < queries.size(); line++) {
            long n = Math.max(1, lineCounts.get(line));
            out.printf(
                    "  %s мс в среднем (%d раз): %s%n",
                    RussianNumbers.format(lineNanos.get(line) / 1e6 / n, 1),
                    lineCounts.get(line),
                    queries.get(line).params());
        }
        return 0;
    }

    private static final List<String> SORTS = List.of("relevance", "date", "quality", "adoptions");

    /**
     * The n-th combination of a line with a year (none or 2019–2024), a federal district (none or one of {@code
     * districts}, the first being none), a sort and a page.
     */
    static LibraryQuery combination(LibraryQuery q, List<String> districts, int n) {
        int years = 7;
        Integer year = n % years == 0 ? q.year() : Integer.valueOf(2018 + n % years);
        String district = districts.get(n / years % districts.size());
        String sort = SORTS.get(n / years / districts.size() % SORTS.size());
        int page = n / years / districts.size() / SORTS.size() % 8;
        return new LibraryQuery(
                q.q(),
                district.isEmpty() ? q.district() : district,
                q.region(),
                q.type(),
                q.nationalProject(),
                q.federalProject(),
                year,
                q.mechanism(),
                q.interMunicipal(),
                q.winner(),
                q.adopted(),
                sort,
                page);
    }

    private static String ms(List<Long> sorted, double p) {
        return RussianNumbers.format(sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * p)) / 1e6, 1);
    }

    /** A line of the queries file: the query string of a /library URL, e.g. {@code q=двор&np=NP19-04}. */
    static LibraryQuery parse(String line) {
        var params = UriComponentsBuilder.fromUriString("/library?" + line)
                .build(false)
                .getQueryParams();
        java.util.function.Function<String, String> p = name -> {
            String v = params.getFirst(name);
            return v == null ? null : java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8);
        };
        return new LibraryQuery(
                p.apply("q"),
                p.apply("district"),
                p.apply("region"),
                p.apply("type"),
                p.apply("np"),
                p.apply("fp"),
                p.apply("year") == null ? null : Integer.valueOf(p.apply("year")),
                p.apply("mechanism"),
                "true".equals(p.apply("inter")) ? Boolean.TRUE : null,
                "true".equals(p.apply("winner")) ? Boolean.TRUE : null,
                "true".equals(p.apply("adopted")) ? Boolean.TRUE : null,
                p.apply("sort"),
                0);
    }

    private static String value(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
