package ru.praktika.competition;

import java.io.PrintStream;
import org.springframework.stereotype.Component;
import ru.praktika.competition.domain.CompetitionBenchmark;

/**
 * {@code java -jar praktika.jar benchmark-competition --applications 1300 --praktika.demo=true}: the automatic
 * assignment of N applications × 3 experts and a full ranking recompute (docs/benchmarks.md).
 */
@Component
public class CompetitionBenchmarkCommand {

    public static final String NAME = "benchmark-competition";

    private final CompetitionBenchmark benchmark;
    private final boolean demo;

    CompetitionBenchmarkCommand(CompetitionBenchmark benchmark, ru.praktika.config.PraktikaProperties properties) {
        this.benchmark = benchmark;
        this.demo = properties.demo();
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        int applications = 1300;
        int experts = 60;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--applications")) {
                applications = Integer.parseInt(args[i + 1]);
            }
            if (args[i].equals("--experts")) {
                experts = Integer.parseInt(args[i + 1]);
            }
        }
        if (!demo) {
            err.println("Замер пишет заявки в базу: запускайте его только на демо-данных"
                    + " (--praktika.demo=true и отдельный --praktika.data-dir)");
            return 2;
        }
        try {
            benchmark.run(applications, experts).forEach(out::println);
            return 0;
        } catch (Exception e) {
            err.println("Замер не выполнен: " + e.getMessage());
            return 1;
        }
    }
}
