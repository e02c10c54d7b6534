package ru.praktika.practice.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.praktika.jobs.Jobs;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/** Benchmark only (never called by the site): the XLSX import measured on generated rows (docs/benchmarks.md). */
@Component
public class ImportBenchmark {

    private final PracticeImports imports;
    private final Campaigns campaigns;

    ImportBenchmark(PracticeImports imports, Campaigns campaigns) {
        this.imports = imports;
        this.campaigns = campaigns;
    }

    /**
     * The benchmark ({@code java -jar praktika.jar benchmark-import --rows N}): a workbook of N valid rows for Пермский
     * край imported as the secretariat (both phases: checking and writing), then the same rows' main fields written with
     * PostgreSQL COPY into a scratch copy of the practices table, for scale. Prints rows per second and peak heap.
     */
    public String benchmark(int count, javax.sql.DataSource dataSource) throws Exception {
        Actor admin = new Actor(0L, "benchmark", java.util.Set.of(Role.ADMIN), null, null);
        int year = 2023;
        if (campaigns.campaign(year).isEmpty()) {
            campaigns.open(admin, year, java.time.LocalDate.now().plusDays(30), null);
        }
        List<String> mos =
                new ArrayList<>(imports.lists("59", year).municipalities().keySet());
        byte[] file = workbook(mos, count, "B-");
        var pools = java.lang.management.ManagementFactory.getMemoryPoolMXBeans();
        System.gc();
        pools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        Map<String, Object> result = imports.run(admin, year, "59", file, new Jobs.Progress() {
            @Override
            public void total(int total) {}

            @Override
            public void advance(int done) {}
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = pools.stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        long t1 = System.nanoTime();
        try (java.sql.Connection c = dataSource.getConnection()) {
            c.createStatement()
                    .execute("create temp table copy_practices (like practice.practices including defaults)");
            var copy = new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class));
            StringBuilder data = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                data.append(year)
                        .append('\t')
                        .append("59")
                        .append('\t')
                        .append(mos.get(i % mos.size()))
                        .append('\t')
                        .append("Практика для замера № ")
                        .append(i)
                        .append('\t')
                        .append("benchmark")
                        .append('\n');
            }
            copy.copyIn(
                    "copy copy_practices (year, region_code, lead_oktmo, title, created_by) from stdin",
                    new java.io.StringReader(data.toString()));
        }
        double copySeconds = (System.nanoTime() - t1) / 1e9;
        return String.format(
                java.util.Locale.ROOT,
                "Импорт XLSX: %d строк (%d КБ) за %.1f с — %.0f строк/с; пик кучи %d МБ; %s%n"
                        + "COPY тех же строк (только основная таблица): %.2f с — %.0f строк/с",
                count,
                file.length / 1024,
                seconds,
                count / seconds,
                peak / 1024 / 1024,
                result.get("message"),
                copySeconds,
                count / copySeconds);
    }

    /**
     * A workbook of {@code count} valid rows in the template's layout, ids {@code idPrefix1…}, lead municipalities taken
     * in turn from the given ones, texts made of random words (the same seed gives the same file).
     */
    public static byte[] workbook(List<String> municipalities, int count, String idPrefix) throws java.io.IOException {
        java.util.Random random = new java.util.Random(42);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet(PracticeWorkbook.SHEET);
            sheet.createRow(0).createCell(0).setCellValue(PracticeWorkbook.COLUMNS.get(0));
            for (int i = 1; i <= count; i++) {
                var row = sheet.createRow(i);
                String[] v = {
                    idPrefix + i,
                    municipalities.get(i % municipalities.size()),
                    null,
                    "Практика для замера № " + i + " " + words(random, 3),
                    "Проблема жителей: " + words(random, 20),
                    "Цели",
                    "Что сделано: благоустройство дворовых территорий. " + words(random, 40)
                };
                for (int c = 0; c < v.length; c++) {
                    if (v[c] != null) {
                        row.createCell(c).setCellValue(v[c]);
                    }
                }
                row.createCell(14).setCellValue(1_000_000 + i);
                row.createCell(30).setCellValue("NP19-04");
                row.createCell(31).setCellValue("NP19-04-FP03");
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
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
