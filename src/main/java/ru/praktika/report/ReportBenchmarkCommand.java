package ru.praktika.report;

import java.io.PrintStream;
import org.springframework.stereotype.Component;
import ru.praktika.practice.BenchmarkPractices;
import ru.praktika.report.domain.Reports;

/**
 * {@code java -Xmx512m -jar praktika.jar benchmark-report --practices 10000 --praktika.demo=true}: fills the demo 2024
 * campaign with copies of its accepted practices up to N and makes the consolidated report in DOCX and in PDF through
 * the same job the site runs, printing seconds, peak heap and file size (docs/benchmarks.md).
 */
@Component
public class ReportBenchmarkCommand {

    public static final String NAME = "benchmark-report";

    private final BenchmarkPractices data;
    private final Reports reports;
    private final boolean demo;

    ReportBenchmarkCommand(BenchmarkPractices data, Reports reports, ru.praktika.config.PraktikaProperties properties) {
        this.data = data;
        this.reports = reports;
        this.demo = properties.demo();
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        int practices = 10_000;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--practices")) {
                practices = Integer.parseInt(args[i + 1]);
            }
        }
        if (!demo) {
            err.println("Замер пишет копии практик в базу: запускайте его только на демо-данных"
                    + " (--praktika.demo=true и отдельный --praktika.data-dir)");
            return 2;
        }
        try {
            long t0 = System.nanoTime();
            int have = data.fillAccepted(2024, practices);
            out.printf("Данные: %d принятых практик 2024 года (%.1f с)%n", have, (System.nanoTime() - t0) / 1e9);
            for (ReportKind kind : ReportKind.values()) {
                for (ReportFormat format : ReportFormat.values()) {
                    out.println(reports.benchmark(kind, format));
                }
            }
            return 0;
        } catch (Exception e) {
            err.println("Замер не выполнен: " + e.getMessage());
            return 1;
        }
    }
}
