package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code backup --to} copies the stopped data directory with a manifest and checksums; {@code restore --from} brings
 * rows and stored files back to the moment of the copy, and refuses a damaged copy, a running server and, without
 * {@code --force}, a data directory that is not empty.
 */
class BackupAndRestoreTests {

    private static final PraktikaProperties.Embedded SETTINGS = new PraktikaProperties.Embedded(false, false, 0);
    private static final byte[] ORIGINAL = "%PDF-1.7 положение о конкурсе".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CHANGED = "%PDF-1.7 другое положение".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void restoreBringsBackRowsAndFilesOfTheMomentOfTheBackup() throws Exception {
        Path data = root.resolve("data");
        Path backup = root.resolve("backup-2026-11-29");
        Path extra = data.resolve("files/notes.txt");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, SETTINGS)) {
            JdbcClient sql = app(db);
            sql.sql("create table attachments (id int primary key, name text, content bytea)")
                    .update();
            sql.sql("insert into attachments values (1, 'Положение.pdf', ?)")
                    .param(ORIGINAL)
                    .update();

            assertThat(run(BackupCommands::backup, "--to", backup.toString(), "--praktika.data-dir=" + data))
                    .as("a running server is not copied")
                    .isEqualTo(1);
            assertThat(err.toString()).contains("остановите Praktika");
        }
        Files.createDirectories(extra.getParent());
        Files.writeString(extra, "версия 1");

        assertThat(run(BackupCommands::backup, "--to", backup.toString(), "--praktika.data-dir=" + data))
                .isEqualTo(0);
        assertThat(out.toString()).contains("Резервная копия готова");
        assertThat(Files.readString(backup.resolve("manifest.properties")))
                .contains("format=praktika-backup/1", "postgresql.version=17", "created=", "checksums.sha256=");
        assertThat(Files.readString(backup.resolve("SHA256SUMS")))
                .contains("  data/postgres-credentials.properties\n", "  data/files/notes.txt\n")
                .doesNotContain("postmaster.pid");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, SETTINGS)) {
            JdbcClient sql = app(db);
            sql.sql("update attachments set content = ? where id = 1")
                    .param(CHANGED)
                    .update();
            sql.sql("insert into attachments values (2, 'Протокол.docx', 'x'::bytea)")
                    .update();
        }
        Files.writeString(extra, "версия 2");

        assertThat(run(BackupCommands::restore, "--from", backup.toString(), "--praktika.data-dir=" + data))
                .as("a data directory with data needs --force")
                .isEqualTo(1);
        assertThat(err.toString()).contains("--force");
        assertThat(Files.readString(extra)).isEqualTo("версия 2");

        assertThat(run(BackupCommands::restore, "--from", backup.toString(), "--force", "--praktika.data-dir=" + data))
                .isEqualTo(0);
        assertThat(out.toString()).contains("Данные восстановлены", "отложены");

        assertThat(Files.readString(extra)).isEqualTo("версия 1");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, SETTINGS)) {
            JdbcClient sql = app(db);
            assertThat(sql.sql("select id from attachments order by id")
                            .query(Integer.class)
                            .list())
                    .isEqualTo(List.of(1));
            assertThat(sql.sql("select content from attachments where id = 1")
                            .query(byte[].class)
                            .single())
                    .isEqualTo(ORIGINAL);
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDataIsLeftAlone() throws Exception {
        Path data = root.resolve("data");
        Path backup = root.resolve("backup");
        EmbeddedDatabase.start(data, SETTINGS).close();
        assertThat(run(BackupCommands::backup, "--to", backup.toString(), "--praktika.data-dir=" + data))
                .isEqualTo(0);
        Path credentials = backup.resolve("data/postgres-credentials.properties");
        Files.writeString(credentials, Files.readString(credentials).replace("user=praktika", "user=postgres"));

        assertThat(run(
                        BackupCommands::restore,
                        "--from",
                        backup.toString(),
                        "--force",
                        "--praktika.data-dir=" + root.resolve("elsewhere")))
                .isEqualTo(1);
        assertThat(err.toString()).contains("контрольная сумма", "postgres-credentials.properties");
        assertThat(root.resolve("elsewhere")).doesNotExist();

        assertThat(run(
                        BackupCommands::restore,
                        "--from",
                        root.resolve("nothing").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("не (законченная) резервная копия");
    }

    private interface Command {
        int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err);
    }

    private int run(Command command, String... args) {
        out.reset();
        err.reset();
        return command.run(
                args,
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static JdbcClient app(EmbeddedDatabase db) throws Exception {
        Connection c = DriverManager.getConnection(
                db.jdbcUrl(), DatabaseCredentials.USER, db.credentials().userPassword());
        return JdbcClient.create(new SingleConnectionDataSource(c, true));
    }
}
