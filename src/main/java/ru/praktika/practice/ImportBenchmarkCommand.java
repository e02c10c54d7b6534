package ru.praktika.practice;

import java.io.PrintStream;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import ru.praktika.practice.domain.ImportBenchmark;

/** {@code java -jar praktika.jar benchmark-import --rows 10000}: measures the workbook import (see docs/benchmarks.md). */
@Component
public class ImportBenchmarkCommand {

    public static final String NAME = "benchmark-import";

    private final ImportBenchmark benchmark;
    private final DataSource dataSource;

    ImportBenchmarkCommand(ImportBenchmark imports, DataSource dataSource) {
        this.benchmark = imports;
        this.dataSource = dataSource;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        int rows = 10_000;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--rows")) {
                rows = Integer.parseInt(args[i + 1]);
            }
        }
        try {
            out.println(benchmark.benchmark(rows, dataSource));
            return 0;
        } catch (Exception e) {
            err.println("Замер не выполнен: " + e.getMessage());
            return 1;
        }
    }
}
