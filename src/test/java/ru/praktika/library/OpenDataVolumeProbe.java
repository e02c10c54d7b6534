package ru.praktika.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import ru.praktika.library.domain.LibraryIndex;
import ru.praktika.practice.BenchmarkPractices;
import ru.praktika.support.PraktikaTest;

/**
 * A measurement, not part of the suite (its name does not end in «Tests»): fills a database of its own with 100,000
 * published practices (copies of the demo's, children included), indexes them, then downloads each export through the
 * real server and prints time, size and the heap's peak. Run it alone with a capped heap:
 *
 * <pre>./mvnw -B -o test -Dtest=OpenDataVolumeProbe -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m</pre>
 */
@PraktikaTest
@TestPropertySource(properties = "praktika.test.database=opendata-volume")
class OpenDataVolumeProbe {

    static final int PRACTICES = 100_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BenchmarkPractices benchmark;

    @Autowired
    LibraryIndex index;

    @Test
    void exportsOfOneHundredThousandPractices() throws Exception {
        int year = jdbc.sql("""
                        select year from practice.practices where status in ('ACCEPTED', 'PUBLISHED')
                        group by year order by count(*) desc limit 1
                        """).query(Integer.class).single();
        long others = jdbc.sql("select count(*) from practice.practices where status = 'PUBLISHED' and year <> :y")
                .param("y", year)
                .query(Long.class)
                .single();
        long t0 = System.nanoTime();
        benchmark.fillAccepted(year, (int) (PRACTICES - others));
        jdbc.sql("update practice.practices set status = 'PUBLISHED' where year = :y and status = 'ACCEPTED'")
                .param("y", year)
                .update();
        long published = jdbc.sql("select count(*) from practice.practices where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        System.out.printf("VOLUME filled %d published practices in %.1f s%n", published, seconds(t0));
        long t1 = System.nanoTime();
        index.catchUp();
        long entries = jdbc.sql("select count(*) from library.entries")
                .query(Long.class)
                .single();
        System.out.printf("VOLUME indexed %d entries in %.1f s%n", entries, seconds(t1));
        assertThat(entries).isGreaterThanOrEqualTo(PRACTICES);

        HttpClient client = HttpClient.newHttpClient();
        // each download twice: written at the first request, sent from the kept file at the second
        for (String path : List.of(
                "/opendata/practices.csv",
                "/opendata/practices.csv",
                "/opendata/practices.json",
                "/opendata/practices.json",
                "/opendata/practices.xlsx",
                "/opendata/practices.xlsx",
                "/api/v1/opendata/practices?year=" + year,
                "/sitemap.xml",
                "/sitemap.xml?part=1",
                "/sitemap.xml?part=2")) {
            System.gc();
            long before = heapUsed();
            resetPeaks();
            long t = System.nanoTime();
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            long firstByte = -1;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = response.body()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (firstByte < 0) {
                        firstByte = System.nanoTime();
                    }
                    bytes += n;
                }
            }
            assertThat(response.statusCode()).isEqualTo(200);
            System.out.printf(
                    "VOLUME %-40s %6.1f s (first bytes after %.2f s), %7.1f MB, heap before %5.0f MB, peak %5.0f MB"
                            + " (max %5.0f MB)%n",
                    path,
                    seconds(t),
                    (firstByte - t) / 1e9,
                    bytes / 1e6,
                    before / 1e6,
                    peaks() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long heapUsed() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap used meanwhile. */
    private static long peaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
