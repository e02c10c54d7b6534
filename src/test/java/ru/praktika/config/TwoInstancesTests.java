package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.praktika.PraktikaApplication;
import ru.praktika.practice.domain.ImportBenchmark;

/**
 * Two Praktika processes on one PostgreSQL, as behind a load balancer (issue #12, ADR 0014): each is a real JVM
 * started from the built classes, and a crash is a real {@code kill -9} of one of them. Shows that a sign-in on one
 * works on the other, that a stale update is refused across instances, that a job runs exactly once on either, that
 * the job of an instance killed mid-way is finished by the other, and that listeners' work cut off by a kill between
 * the import's commit and its listeners is done when the instance comes back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTests {

    /** Rows of the imports that are cut off: enough for the kill to land inside the work. */
    private static final int ROWS = 800;

    private static final int KILLED_ROWS = 6_000;

    private static EmbeddedPostgres db;
    private static JdbcClient sql;
    private static Path work;
    private static Instance a;
    private static Instance b;
    private static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        db = EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .start();
        sql = JdbcClient.create(db.getPostgresDatabase());
        work = Files.createTempDirectory("praktika-two-instances");
        // one after the other: the first migrates the database and writes the demo data, the second finds them
        a = Instance.start("a");
        b = Instance.start("b");
    }

    @AfterAll
    static void stop() throws IOException {
        for (Instance i : new Instance[] {a, b}) {
            if (i != null) {
                i.process.destroyForcibly();
            }
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void aSignInOnOneInstanceIsKnownToTheOther() throws Exception {
        String session = a.signIn("perm", "demo");

        HttpResponse<String> me = http.send(
                HttpRequest.newBuilder(b.uri("/api/v1/me"))
                        .header("Cookie", "SESSION=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"perm\"");
        HttpResponse<String> desk = http.send(
                HttpRequest.newBuilder(b.uri("/desk"))
                        .header("Cookie", "SESSION=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.body()).contains("Мой стол");
    }

    @Test
    @Order(2)
    void aStaleUpdateOnOneInstanceAfterAChangeOnTheOtherIsRefused() throws Exception {
        String card = """
                {"year": 2024, "regionCode": "59", "leadMunicipality": "57735000",
                 "title": "Дворы двух серверов", "problem": "Дворы не благоустраивались.",
                 "description": "Жители выбрали проекты.",
                 "links": [{"nationalProject": "NP19-04", "federalProject": "NP19-04-FP03"}]}""";
        HttpResponse<String> created = a.send("POST", "/api/v1/practices", "perm", card);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        int id = JsonPath.read(created.body(), "$.id");
        int version = JsonPath.read(created.body(), "$.version");
        String changed = card.replace("\"year\": 2024", "\"version\": " + version + ", \"year\": 2024");

        HttpResponse<String> onA =
                a.send("PUT", "/api/v1/practices/" + id, "perm", changed.replace("двух серверов", "сервера А"));
        assertThat(onA.statusCode()).as(onA.body()).isEqualTo(200);
        HttpResponse<String> onB =
                b.send("PUT", "/api/v1/practices/" + id, "perm", changed.replace("двух серверов", "сервера Б"));

        assertThat(onB.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(onB.body(), "$.detail")).contains("версия устарела");
        assertThat(b.send("GET", "/api/v1/practices/" + id, "perm", null).body())
                .contains("Дворы сервера А");
    }

    @Test
    @Order(3)
    void eachJobRunsExactlyOnceOnOneOfTheInstances() throws Exception {
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instance to = i % 2 == 0 ? a : b;
            jobs.add(to.importWorkbook(ImportBenchmark.workbook(municipalities(), 5, "ONCE-" + i + "-")));
        }
        for (String job : jobs) {
            awaitJob(job, "DONE", Duration.ofMinutes(3));
        }

        List<Integer> attempts = sql.sql("select attempts from jobs.jobs where id in (:ids)")
                .param("ids", jobs.stream().map(UUID::fromString).toList())
                .query(Integer.class)
                .list();
        assertThat(attempts).as("each job started once").hasSize(6).containsOnly(1);
        assertThat(sql.sql("select count(*) from practice.practices where external_id like 'ONCE-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(30L);
        assertThat(sql.sql("select count(*) from jobs.scheduled_tasks where task_name = 'praktika-job'")
                        .query(Long.class)
                        .single())
                .as("no execution left behind")
                .isZero();
    }

    @Test
    @Order(4)
    void theJobOfAnInstanceKilledMidwayIsFinishedByTheOther() throws Exception {
        // a bigger file than the others: the import checks and writes 800 rows in about a second
        String job = b.importWorkbook(ImportBenchmark.workbook(municipalities(), KILLED_ROWS, "KILLED-"));
        Instance runner = awaitRunningWithProgress(job);
        Instance survivor = runner == a ? b : a;

        runner.kill();
        assertThat(count("select count(*) from practice.practices where external_id like 'KILLED-%'"))
                .as("nothing of the cut-off import is written")
                .isZero();

        awaitJob(job, "DONE", Duration.ofMinutes(4));
        assertThat(sql.sql("select attempts from jobs.jobs where id = :id")
                        .param("id", UUID.fromString(job))
                        .query(Integer.class)
                        .single())
                .as("started a second time")
                .isEqualTo(2);
        assertThat(instanceRunning(job)).as("by the survivor").isSameAs(survivor);
        assertThat(count("select count(*) from practice.practices where external_id like 'KILLED-%'"))
                .isEqualTo(KILLED_ROWS);
        awaitDerivedRows("KILLED-%", KILLED_ROWS);

        restart(runner);
    }

    @Test
    @Order(5)
    void listenersCutOffBetweenTheCommitAndTheirWorkAreDoneWhenTheInstanceComesBack() throws Exception {
        String job = a.importWorkbook(ImportBenchmark.workbook(municipalities(), ROWS, "AFTER-COMMIT-"));
        Instance runner = null;
        long written = 0;
        long documents = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            written = count("select count(*) from practice.practices where external_id like 'AFTER-COMMIT-%'");
            documents = count("select count(*) from linkage.documents d join practice.practices p"
                    + " on p.id = d.practice_id where p.external_id like 'AFTER-COMMIT-%'");
            if (written == ROWS && documents < ROWS) {
                runner = instanceRunning(job);
                runner.kill();
                break;
            }
            Thread.onSpinWait(); // a tight loop: the window between the commit and the listeners is short
        }
        assertThat(runner)
                .as("killed between the commit (%d rows) and the listeners (%d documents)", written, documents)
                .isNotNull();
        long documentsAfterKill = count("select count(*) from linkage.documents d join practice.practices p"
                + " on p.id = d.practice_id where p.external_id like 'AFTER-COMMIT-%'");
        assertThat(documentsAfterKill).as("the kill cut the listeners off").isLessThan(ROWS);
        assertThat(count("select count(*) from events.event_publication where completion_date is null"))
                .as("their publications wait in the registry")
                .isPositive();

        restart(runner);

        awaitDerivedRows("AFTER-COMMIT-%", ROWS);
        awaitJob(job, "DONE", Duration.ofMinutes(4));
        assertThat(count("select count(*) from practice.practices where external_id like 'AFTER-COMMIT-%'"))
                .as("the job run again changed nothing")
                .isEqualTo(ROWS);
    }

    // helpers

    private static void restart(Instance killed) throws Exception {
        Instance again = Instance.start(killed.label);
        if (killed == a) {
            a = again;
        } else {
            b = again;
        }
    }

    private static long count(String query) {
        return sql.sql(query).query(Long.class).single();
    }

    private static List<String> municipalities() {
        return sql.sql("select oktmo from territory.municipalities where region_code = '59' and active"
                        + " order by oktmo limit 40")
                .query(String.class)
                .list();
    }

    private static void awaitJob(String job, String status, Duration atMost) {
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(sql.sql("select status || ': ' || coalesce(message, '')"
                                        + " from jobs.jobs where id = :id")
                                .param("id", UUID.fromString(job))
                                .query(String.class)
                                .single())
                        .startsWith(status));
    }

    /** The instance running a job that is still reading or checking its file (before the first half is done). */
    private static Instance awaitRunningWithProgress(String job) {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> sql.sql(
                                "select status = 'RUNNING' and progress < total / 2" + " from jobs.jobs where id = :id")
                        .param("id", UUID.fromString(job))
                        .query(Boolean.class)
                        .single());
        return instanceRunning(job);
    }

    private static Instance instanceRunning(String job) {
        String name = sql.sql("select instance from jobs.jobs where id = :id")
                .param("id", UUID.fromString(job))
                .query(String.class)
                .single();
        return name.contains(a.tag()) ? a : name.contains(b.tag()) ? b : null;
    }

    /** Every practice of the import gets its linkage document and its quality score. */
    private static void awaitDerivedRows(String like, long expected) {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    assertThat(count("select count(*) from linkage.documents d join practice.practices p"
                                    + " on p.id = d.practice_id where p.external_id like '" + like + "'"))
                            .isEqualTo(expected);
                    assertThat(count("select count(*) from review.scores s join practice.practices p"
                                    + " on p.id = s.practice_id where p.external_id like '" + like + "'"))
                            .isEqualTo(expected);
                });
    }

    /** One Praktika process on the shared database. */
    private static final class Instance {
        final String label;
        final Process process;
        final int port;
        final Path log;

        private Instance(String label, Process process, int port, Path log) {
            this.label = label;
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static Instance start(String label) throws Exception {
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = work.resolve(label + "-" + System.nanoTime() + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-cp",
                    applicationClassPath(),
                    PraktikaApplication.class.getName(),
                    "--server.port=" + port,
                    "--spring.datasource.url=" + db.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--praktika.demo=true",
                    "--praktika.data-dir=" + work.resolve("data-" + label),
                    // a dead instance is noticed after 4 missed heartbeats: 4 s here instead of 20 s
                    "--db-scheduler.heartbeat-interval=1s",
                    "--db-scheduler.polling-interval=1s"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Instance instance = new Instance(label, process, port, log);
            instance.awaitReady();
            return instance;
        }

        /** The classes and libraries of the application, without the tests' own classes. */
        private static String applicationClassPath() {
            String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            return Arrays.stream(path.split(File.pathSeparator))
                    .filter(p -> !p.endsWith("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
        }

        void awaitReady() {
            await().atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(500))
                    .failFast("the instance " + label + " stopped:\n" + tail(), () -> !process.isAlive())
                    .until(() -> {
                        try {
                            return http.send(
                                                    HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                                            .build(),
                                                    HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        }

        /** The part of its name in db-scheduler and the jobs table that tells it apart: host#pid-… */
        String tag() {
            return "#" + process.pid() + "-";
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop
            process.waitFor();
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
            HttpRequest.Builder r = HttpRequest.newBuilder(uri(path))
                    .header("Authorization", basic(user))
                    .header("Accept", "application/json");
            if (json == null) {
                r.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                r.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            }
            return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** perm uploads a workbook to the 2024 campaign; returns the job's id. */
        String importWorkbook(byte[] xlsx) throws Exception {
            String boundary = "----praktika" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                            + " filename=\"practices.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + xlsx.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(xlsx, 0, body, head.length, xlsx.length);
            System.arraycopy(tail, 0, body, head.length + xlsx.length, tail.length);
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(uri("/api/v1/campaigns/2024/imports"))
                            .header("Authorization", basic("perm"))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            return JsonPath.read(r.body(), "$.jobId");
        }

        /** Signs in through the login form as a browser does; returns the session cookie's value. */
        String signIn(String user, String password) throws Exception {
            HttpResponse<String> page =
                    http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
            String token = cookie(page, "XSRF-TOKEN");
            Matcher field =
                    Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
            assertThat(field.find()).as("the login form has its CSRF token").isTrue();
            String form = "username=" + user + "&password=" + password + "&_csrf=" + field.group(1);
            HttpResponse<String> signedIn = http.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", "XSRF-TOKEN=" + token)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/desk");
            return cookie(signedIn, "SESSION");
        }

        private static String cookie(HttpResponse<?> r, String name) {
            return r.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                    .reduce((x, y) -> y)
                    .orElseThrow(() -> new AssertionError("no " + name + " cookie: " + r.headers()));
        }

        private static String basic(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return e.toString();
            }
        }
    }
}
