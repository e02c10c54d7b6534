package ru.praktika.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After {@code kill -9} of the JVM the embedded PostgreSQL keeps running and holds {@code postmaster.pid}; the next
 * start would fail. Stop that orphan first (SIGTERM, then wait), as STACK.md trap 4 describes.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).strip());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !isPostgres(process.get())) {
            return;
        }
        log.warn("An orphaned PostgreSQL (pid {}) still holds {}; stopping it", pid, dataDir);
        process.get().destroy();
        try {
            process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("PostgreSQL pid {} did not stop in 30 s; killing it", pid);
            process.get().destroyForcibly();
            waitQuietly(Duration.ofSeconds(10), process.get());
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        String command = process.info().command().orElse("");
        if (command.contains("postgres")) {
            return true;
        }
        try {
            String cmdline = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            return cmdline.contains("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitQuietly(Duration timeout, ProcessHandle process) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception ignored) {
            // nothing more we can do; PostgreSQL will report the lock itself
        }
    }
}
