package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data directory survives a restart, and a PostgreSQL left running by a killed JVM (kill -9) is stopped before
 * the next start instead of blocking it.
 */
class EmbeddedPostgresRestartTests {

    @TempDir
    Path dir;

    @Test
    void anOrphanedPostmasterIsStoppedAndTheDataIsKept() throws Exception {
        EmbeddedPostgres first = start();
        JdbcClient.create(first.getPostgresDatabase())
                .sql("create table kept (v text)")
                .update();
        JdbcClient.create(first.getPostgresDatabase())
                .sql("insert into kept values ('Пермский край')")
                .update();
        long pid = Long.parseLong(
                Files.readAllLines(dir.resolve("postmaster.pid")).get(0).strip());
        // "kill -9" of the JVM: the EmbeddedPostgres object is forgotten, the server keeps running
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid);
        assertThat(orphan).isPresent();
        assertThat(orphan.get().isAlive()).isTrue();
        releaseLock(first);

        StalePostmaster.stopIfRunning(dir);

        assertThat(orphan.get().isAlive()).isFalse();
        try (EmbeddedPostgres second = start()) {
            assertThat(JdbcClient.create(second.getPostgresDatabase())
                            .sql("select v from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("Пермский край");
        }
    }

    private EmbeddedPostgres start() throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .start();
    }

    /** A killed JVM also drops zonky's file lock; closing the lock's channel does the same here. */
    private static void releaseLock(EmbeddedPostgres pg) throws Exception {
        for (String field : new String[] {"lock", "lockStream"}) {
            try {
                var f = EmbeddedPostgres.class.getDeclaredField(field);
                f.setAccessible(true);
                Object value = f.get(pg);
                if (value instanceof java.nio.channels.FileLock lock) {
                    lock.release();
                } else if (value instanceof java.io.Closeable stream) {
                    stream.close();
                }
            } catch (NoSuchFieldException ignored) {
                // field names differ between zonky versions; the lock may already be free
            }
        }
    }
}
