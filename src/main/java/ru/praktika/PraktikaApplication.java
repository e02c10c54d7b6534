package ru.praktika;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.praktika.config.BackupCommands;
import ru.praktika.linkage.LinkageEvaluationCommand;
import ru.praktika.territory.OktmoImportCommand;

/**
 * Praktika: the platform of best municipal practices.
 *
 * <p>{@code java -jar praktika.jar} serves the site; {@code java -jar praktika.jar import-oktmo FILE} loads a newer
 * OKTMO file published by Rosstat and exits; {@code java -jar praktika.jar create-admin --login LOGIN} opens the first
 * administrator and prints a one-time password; {@code backup --to DIR} and {@code restore --from DIR [--force]} copy
 * the stopped data directory out and back (ADR 0013).
 */
@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
public class PraktikaApplication {

    public static void main(String[] args) {
        // backup and restore work on the stopped data directory: no application context, no database server
        if (args.length > 0 && BackupCommands.BACKUP.equals(args[0])) {
            System.exit(BackupCommands.backup(
                    Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out, System.err));
        }
        if (args.length > 0 && BackupCommands.RESTORE.equals(args[0])) {
            System.exit(BackupCommands.restore(
                    Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out, System.err));
        }
        if (args.length > 0 && OktmoImportCommand.NAME.equals(args[0])) {
            System.exit(runOktmoImport(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && ru.praktika.practice.ImportBenchmarkCommand.NAME.equals(args[0])) {
            System.exit(runBenchmark(
                    args, context -> context.getBean(ru.praktika.practice.ImportBenchmarkCommand.class)::run));
        }
        if (args.length > 0 && ru.praktika.report.ReportBenchmarkCommand.NAME.equals(args[0])) {
            System.exit(runBenchmark(
                    args, context -> context.getBean(ru.praktika.report.ReportBenchmarkCommand.class)::run));
        }
        if (args.length > 0 && ru.praktika.competition.CompetitionBenchmarkCommand.NAME.equals(args[0])) {
            System.exit(runBenchmark(
                    args, context -> context.getBean(ru.praktika.competition.CompetitionBenchmarkCommand.class)::run));
        }
        if (args.length > 0 && ru.praktika.library.LibraryBenchmarkCommand.NAME.equals(args[0])) {
            System.exit(runBenchmark(
                    args, context -> context.getBean(ru.praktika.library.LibraryBenchmarkCommand.class)::run));
        }
        if (args.length > 0 && ru.praktika.organization.CreateAdminCommand.NAME.equals(args[0])) {
            System.exit(runBenchmark(
                    args, context -> context.getBean(ru.praktika.organization.CreateAdminCommand.class)::run));
        }
        if (args.length > 0 && LinkageEvaluationCommand.NAME.equals(args[0])) {
            System.exit(runLinkageEvaluation(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(PraktikaApplication.class, args);
    }

    private static int runLinkageEvaluation(String[] args) {
        String[] springArgs = Arrays.stream(args)
                .filter(a -> a.startsWith("--praktika.") || a.startsWith("--spring."))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = commandLine(springArgs)) {
            return context.getBean(LinkageEvaluationCommand.class).run(args, System.out, System.err);
        }
    }

    /** A command line command: its own arguments, plus {@code --praktika.*} and {@code --spring.*} for the context. */
    interface Benchmark {
        int run(String[] args, java.io.PrintStream out, java.io.PrintStream err);
    }

    private static int runBenchmark(
            String[] args, java.util.function.Function<ConfigurableApplicationContext, Benchmark> command) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        String[] springArgs = Arrays.stream(rest)
                .filter(a -> a.startsWith("--praktika.") || a.startsWith("--spring."))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = commandLine(springArgs)) {
            return command.apply(context).run(rest, System.out, System.err);
        }
    }

    private static ConfigurableApplicationContext commandLine(String[] springArgs) {
        return new SpringApplicationBuilder(PraktikaApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .properties("logging.level.root=warn", "logging.level.ru.praktika=warn")
                .run(springArgs);
    }

    private static int runOktmoImport(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("Укажите файл: java -jar praktika.jar import-oktmo ФАЙЛ.csv [--praktika.data-dir=…]");
            return 2;
        }
        String[] springArgs = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = commandLine(springArgs)) {
            return context.getBean(OktmoImportCommand.class).run(args[0], System.out, System.err);
        }
    }
}
