package ru.praktika.config;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code java -jar praktika.jar backup --to DIR} and {@code java -jar praktika.jar restore --from DIR [--force]}:
 * a copy of the whole data directory of a stopped Praktika, and its way back (ADR 0013). Neither starts the
 * application: they read the data directory from {@code --praktika.data-dir=…} or {@code PRAKTIKA_DATA_DIR}.
 */
public final class BackupCommands {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    static final String BACKUP_USAGE = "java -jar praktika.jar backup --to ПАПКА [--praktika.data-dir=…]";
    static final String RESTORE_USAGE = "java -jar praktika.jar restore --from ПАПКА [--force] [--praktika.data-dir=…]";

    private BackupCommands() {}

    /** @return the exit code: 0 done, 1 refused or failed, 2 wrong arguments */
    public static int backup(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String to = ru.praktika.shared.CommandLine.option(args, "--to");
        if (to == null || to.isBlank()) {
            err.println("Укажите папку копии / give the backup folder: " + BACKUP_USAGE);
            return 2;
        }
        if (external(args, env)) {
            err.println("Praktika работает на внешней PostgreSQL: делайте копию её средствами (pg_dump)"
                    + " / Praktika uses an external PostgreSQL: back it up with pg_dump");
            return 1;
        }
        Path dataDir = dataDir(args, env);
        try {
            DataDirectoryBackup.Summary done = DataDirectoryBackup.backup(dataDir, Path.of(to));
            out.println("Резервная копия готова / backup done: " + Path.of(to).toAbsolutePath() + " ("
                    + done.files() + " файлов / files, " + megabytes(done.bytes()) + " МБ / MB, " + done.created()
                    + ")");
            return 0;
        } catch (DataDirectoryBackup.Refused e) {
            err.println("Копия не сделана / no backup made: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("Копия не сделана / no backup made: " + e);
            return 1;
        }
    }

    /** @return the exit code: 0 done, 1 refused or failed, 2 wrong arguments */
    public static int restore(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String from = ru.praktika.shared.CommandLine.option(args, "--from");
        if (from == null || from.isBlank()) {
            err.println("Укажите папку копии / give the backup folder: " + RESTORE_USAGE);
            return 2;
        }
        if (external(args, env)) {
            err.println("Praktika работает на внешней PostgreSQL: восстанавливайте её средствами (pg_restore)"
                    + " / Praktika uses an external PostgreSQL: restore it with pg_restore");
            return 1;
        }
        Path dataDir = dataDir(args, env);
        boolean force = Arrays.asList(args).contains("--force");
        try {
            DataDirectoryBackup.Summary done = DataDirectoryBackup.restore(Path.of(from), dataDir, force);
            out.println("Данные восстановлены / restored: " + dataDir.toAbsolutePath() + " — копия от / backup of "
                    + done.created() + ", " + done.files() + " файлов / files, контрольные суммы сошлись / checksums"
                    + " verified");
            if (done.setAside() != null) {
                out.println("Прежние данные отложены в / the previous data is kept in " + done.setAside()
                        + " (удалите, когда убедитесь / delete it once satisfied)");
            }
            return 0;
        } catch (DataDirectoryBackup.Refused e) {
            err.println("Не восстановлено / not restored: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("Не восстановлено / not restored: " + e);
            return 1;
        }
    }

    static Path dataDir(String[] args, Map<String, String> env) {
        String dir = ru.praktika.shared.CommandLine.option(args, "--praktika.data-dir");
        if (dir == null || dir.isBlank()) {
            dir = env.get("PRAKTIKA_DATA_DIR");
        }
        return Path.of(dir == null || dir.isBlank() ? "data" : dir);
    }

    private static boolean external(String[] args, Map<String, String> env) {
        String url = ru.praktika.shared.CommandLine.option(args, "--spring.datasource.url");
        if (url == null) {
            return hasText(env.get("PRAKTIKA_DB_URL")) || hasText(env.get("SPRING_DATASOURCE_URL"));
        }
        return hasText(url);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / 1048576.0).replace('.', ',');
    }
}
