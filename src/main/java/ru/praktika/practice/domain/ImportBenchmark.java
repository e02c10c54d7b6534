package ru.praktika.practice.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.praktika.jobs.Jobs;
import ru.praktika.practice.CardCatalogue;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/** Benchmark only (never called by the site): the XLSX import measured on generated rows (docs/benchmarks.md). */
@Component
public class ImportBenchmark {

    private final PracticeImports imports;
    private final Campaigns campaigns;
    private final Jobs jobs;

    ImportBenchmark(PracticeImports imports, Campaigns campaigns, Jobs jobs) {
        this.imports = imports;
        this.campaigns = campaigns;
        this.jobs = jobs;
    }

    /**
     * The benchmark ({@code java -jar praktika.jar benchmark-import --rows N}): a workbook of N valid rows for Пермский
     * край uploaded as the secretariat (the file stored with its job, the job run, checking and writing, until the job is
     * DONE), then the same rows written with PostgreSQL COPY into copies of the same tables with their indexes, for
     * scale. Prints the seconds from the upload to DONE, until
     * the derived rows exist, the ratio to COPY and the heap limit the JVM ran with (bench/xlsx-import.sh gives 256 MB).
     */
    public String benchmark(int count, javax.sql.DataSource dataSource) throws Exception {
        Actor admin = new Actor(0L, "benchmark", java.util.Set.of(Role.ADMIN), null, null);
        int year = 2023;
        if (campaigns.campaign(year).isEmpty()) {
            campaigns.open(admin, year, java.time.LocalDate.now().plusDays(30), null);
        }
        List<String> mos =
                new ArrayList<>(imports.lists("59", year).municipalities().keySet());
        // a running server has read workbooks before: a first import of another region warms the JVM up
        List<String> tatarstan =
                new ArrayList<>(imports.lists("16", year).municipalities().keySet());
        long w0 = System.nanoTime();
        upload(admin, year, "16", workbook(tatarstan, Math.min(count, 2_000), "W-"));
        double warmUp = (System.nanoTime() - w0) / 1e9;
        waitForDerivedRows(dataSource, "W-", Math.min(count, 2_000), w0);
        byte[] file = workbook(mos, count, "B-");
        long t0 = System.nanoTime();
        Map<String, Object> result = upload(admin, year, "59", file);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double derivedSeconds = waitForDerivedRows(dataSource, "B-", count, t0);
        long t1 = System.nanoTime();
        int copied = copyAll(dataSource, year, mos, count);
        double copySeconds = (System.nanoTime() - t1) / 1e9;
        return String.format(
                java.util.Locale.ROOT,
                "Разогрев: импорт %d строк другого региона за %.2f с (холодная JVM)%n"
                        + "Импорт XLSX: %d строк (%d КБ) за %.2f с до DONE — %.0f строк/с; куча JVM не больше %d МБ (-Xmx); %s%n"
                        + "Связь с нацпроектами, похожие, оценки качества и полнотекстовые векторы всех строк готовы через %.2f с"
                        + " от начала%n"
                        + "COPY тех же строк в копии таблиц с их индексами (%d строк): %.2f с;"
                        + " импорт медленнее COPY в %.1f раза",
                Math.min(count, 2_000),
                warmUp,
                count,
                file.length / 1024,
                seconds,
                count / seconds,
                Runtime.getRuntime().maxMemory() / 1024 / 1024,
                result.get("message"),
                derivedSeconds,
                copied,
                copySeconds,
                seconds / copySeconds);
    }

    /**
     * The file handed over as the site's upload hands it (stored with its job, which starts at once on a free thread);
     * returns the job's result once it is DONE.
     */
    private Map<String, Object> upload(Actor admin, int year, String region, byte[] file) throws Exception {
        java.util.UUID id = imports.start(admin, year, region, file);
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            ru.praktika.jobs.JobView job = jobs.job(admin, id);
            if (job.status().equals("DONE")) {
                return job.result();
            }
            if (job.status().equals("FAILED")) {
                throw new IllegalStateException("Импорт не выполнен: " + job.message());
            }
            Thread.sleep(10); // a benchmark polls the job as the page does, only more often; tests wait on conditions
        }
        throw new IllegalStateException("Импорт не закончился за 5 минут");
    }

    /**
     * Seconds from the start until every imported card has its linkage document, its quality score and its full-text
     * vector (the listeners run after the import's commit, on other threads).
     */
    private static double waitForDerivedRows(javax.sql.DataSource dataSource, String prefix, int count, long t0)
            throws Exception {
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            long scored = jdbc.sql("select count(*) from review.scores s join practice.practices p"
                            + " on p.id = s.practice_id where p.external_id like :prefix")
                    .param("prefix", prefix + "%")
                    .query(Long.class)
                    .single();
            long unsearchable = jdbc.sql("select count(*) from practice.practices"
                            + " where search is null and external_id like :prefix")
                    .param("prefix", prefix + "%")
                    .query(Long.class)
                    .single();
            if (scored >= count && unsearchable == 0) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(100); // a benchmark polls the database; tests wait on conditions
        }
        throw new IllegalStateException("Оценки качества не появились за 5 минут");
    }

    /**
     * The same rows as the workbook written with PostgreSQL COPY into scratch copies of the tables they go to: the
     * cards, their participants, money, results and links. Returns how many table rows were written.
     */
    private static int copyAll(javax.sql.DataSource dataSource, int year, List<String> mos, int count)
            throws Exception {
        try (java.sql.Connection c = dataSource.getConnection()) {
            var copy = new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class));
            c.createStatement().execute("set gin_pending_list_limit = '256MB'"); // as the import sets it
            java.util.Random random = new java.util.Random(42 + "B-".hashCode());
            StringBuilder practices = new StringBuilder();
            StringBuilder children = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                String[] t = texts(random, i);
                practices
                        .append(i)
                        .append('\t')
                        .append(year)
                        .append("\t59\t")
                        .append(mos.get(i % mos.size()))
                        .append('\t')
                        .append(t[0])
                        .append('\t')
                        .append(t[1])
                        .append('\t')
                        .append(t[2])
                        .append('\t')
                        .append(t[3])
                        .append("\tbenchmark\n");
                children.append(i)
                        .append("\t0\t")
                        .append(mos.get(i % mos.size()))
                        .append('\n');
            }
            for (String table : List.of("practices", "practice_municipalities", "financing", "results", "links")) {
                c.createStatement()
                        .execute("create temp table copy_" + table + " (like practice." + table + " including all)");
            }
            copy.copyIn(
                    "copy copy_practices (id, year, region_code, lead_oktmo, title, problem, goals, description,"
                            + " created_by) from stdin",
                    new java.io.StringReader(practices.toString()));
            copy.copyIn(
                    "copy copy_practice_municipalities (practice_id, position, oktmo) from stdin",
                    new java.io.StringReader(children.toString()));
            StringBuilder money = new StringBuilder();
            StringBuilder results = new StringBuilder();
            StringBuilder links = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                money.append(i).append("\t0\tLOCAL\t").append(1_000_000 + i).append('\n');
                for (int r = 0; r < 2; r++) {
                    results.append(i)
                            .append('\t')
                            .append(r)
                            .append("\tОтремонтировано дворов\tшт.\t")
                            .append(10 + r)
                            .append("\t2022\t")
                            .append(40 + r)
                            .append('\n');
                }
                links.append(i).append("\t0\tNP19-04\tNP19-04-FP03\n");
            }
            copy.copyIn(
                    "copy copy_financing (practice_id, position, source, amount_rub) from stdin",
                    new java.io.StringReader(money.toString()));
            copy.copyIn(
                    "copy copy_results (practice_id, position, indicator, unit, base_value, base_year,"
                            + " target_value) from stdin",
                    new java.io.StringReader(results.toString()));
            copy.copyIn(
                    "copy copy_links (practice_id, position, national_code, federal_code) from stdin",
                    new java.io.StringReader(links.toString()));
            return count * 6;
        }
    }

    /**
     * A workbook of {@code count} valid cards in the template's layout (each with its lead municipality, texts, one
     * source of money, two results and one link on their own sheets), ids {@code idPrefix1…}, lead municipalities
     * taken in turn from the given ones, texts made of random words (the same seed gives the same file). Written
     * through the catalogue's headers, so it follows the template.
     */
    public static byte[] workbook(List<String> municipalities, int count, String idPrefix) throws java.io.IOException {
        java.util.Random random = new java.util.Random(42 + idPrefix.hashCode());
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            var main = sheet(
                    wb,
                    CardCatalogue.MAIN_SHEET,
                    List.of("leadMunicipality", "title", "problem", "goals", "description"),
                    CardCatalogue.FIELDS);
            var money = sheet(
                    wb,
                    CardCatalogue.FINANCING.sheet(),
                    List.of("source", "amountRub"),
                    CardCatalogue.FINANCING.fields());
            var results = sheet(
                    wb,
                    CardCatalogue.RESULTS.sheet(),
                    List.of("indicator", "unit", "baseValue", "baseYear", "targetValue"),
                    CardCatalogue.RESULTS.fields());
            var links = sheet(
                    wb,
                    CardCatalogue.LINKS.sheet(),
                    List.of("nationalProject", "federalProject"),
                    CardCatalogue.LINKS.fields());
            for (int i = 1; i <= count; i++) {
                String key = idPrefix + i;
                String[] t = texts(random, i);
                row(main, i, key, municipalities.get(i % municipalities.size()), t[0], t[1], t[2], t[3]);
                row(money, i, key, "местный бюджет", 1_000_000 + i);
                for (int r = 0; r < 2; r++) {
                    row(results, (i - 1) * 2 + r + 1, key, "Отремонтировано дворов", "шт.", 10 + r, 2022, 40 + r);
                }
                row(links, i, key, "NP19-04", "NP19-04-FP03");
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    private static String[] texts(java.util.Random random, int i) {
        return new String[] {
            "Практика для замера № " + i + " " + words(random, 3),
            "Проблема жителей: " + words(random, 20),
            "Цели",
            "Что сделано: благоустройство дворовых территорий. " + words(random, 40)
        };
    }

    private static org.apache.poi.ss.usermodel.Sheet sheet(
            org.apache.poi.xssf.streaming.SXSSFWorkbook wb,
            String name,
            List<String> fields,
            List<CardCatalogue.Field> all) {
        var sheet = wb.createSheet(name);
        var head = sheet.createRow(0);
        head.createCell(0).setCellValue(CardCatalogue.KEY_HEADER);
        for (int c = 0; c < fields.size(); c++) {
            String field = fields.get(c);
            head.createCell(c + 1)
                    .setCellValue(all.stream()
                            .filter(f -> f.name().equals(field))
                            .findFirst()
                            .orElseThrow()
                            .header());
        }
        return sheet;
    }

    private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int number, Object... values) {
        var row = sheet.createRow(number);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue((String) values[c]);
            }
        }
    }

    /** Made-up words, so that benchmark rows differ as real texts do (identical rows would all be near duplicates). */
    private static String words(java.util.Random random, int n) {
        String letters = "абвгдеёжзийклмнопрстуфхцчшщыэюя";
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < n; w++) {
            int len = 4 + random.nextInt(6);
            for (int k = 0; k < len; k++) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            b.append(' ');
        }
        return b.toString().trim();
    }
}
