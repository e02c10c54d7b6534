package ru.praktika.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL, locked down: it listens on localhost only, every sign-in needs a password (SCRAM, no
 * {@code trust} in {@code pg_hba.conf}), and the application works as {@code praktika}, the owner of its database
 * but not a superuser, so it cannot run {@code COPY … TO PROGRAM}. The passwords are in {@link DatabaseCredentials}.
 *
 * <p>A data directory made by an older Praktika (everyone trusted, everything owned by {@code postgres}) is upgraded
 * on its first start here: passwords set, the database and its objects handed to {@code praktika}, {@code pg_hba.conf}
 * rewritten and reloaded.
 */
final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "praktika";
    static final String PGDATA = "postgres";

    static final String PG_HBA = """
            # Written by Praktika on every start of its embedded PostgreSQL: from this machine only, with a password.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final DatabaseCredentials credentials;
    private final Path ephemeralBase;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseCredentials credentials, Path ephemeralBase) {
        this.postgres = postgres;
        this.credentials = credentials;
        this.ephemeralBase = ephemeralBase;
    }

    /** Starts the server of the data directory (its {@code postgres} folder), creating or upgrading it as needed. */
    static EmbeddedDatabase start(Path dataDir, PraktikaProperties.Embedded settings) throws IOException {
        Path base = settings.ephemeral()
                ? Files.createTempDirectory("praktika-pg-")
                : dataDir.toAbsolutePath().normalize();
        Path pgdata = base.resolve(PGDATA);
        Files.createDirectories(base);
        StalePostmaster.stopIfRunning(pgdata);
        Path credentialsFile = DatabaseCredentials.file(base);
        boolean existing = Files.exists(pgdata.resolve("PG_VERSION"));
        boolean oldStyle = existing && trusts(pgdata);
        if (existing && !oldStyle && !Files.exists(credentialsFile)) {
            throw new IOException("Нет файла " + credentialsFile + " с паролями встроенной PostgreSQL в " + pgdata
                    + ": верните его из резервной копии (java -jar praktika.jar restore) / the embedded PostgreSQL's"
                    + " credentials file is missing; restore it from a backup");
        }
        DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(credentialsFile);
        Path pwfile = null;
        if (!existing) {
            pwfile = Files.createTempFile(base, ".pwfile-", "");
            DatabaseCredentials.restrictToOwner(pwfile);
            Files.writeString(pwfile, credentials.superuserPassword() + "\n", StandardCharsets.UTF_8);
        }
        if (oldStyle) {
            log.warn("The data directory {} comes from an older Praktika: locking its PostgreSQL down", pgdata);
        }
        log.info("Starting the embedded PostgreSQL in {}", pgdata);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgdata)
                .setCleanDataDirectory(settings.ephemeral())
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("fsync", settings.fsync() ? "on" : "off")
                .setServerConfig("synchronous_commit", settings.fsync() ? "on" : "off")
                .setServerConfig("full_page_writes", settings.fsync() ? "on" : "off")
                .setServerConfig("max_connections", "120") // two instances × 48 and a maintenance client
                .setConnectConfig("password", credentials.superuserPassword())
                .setPGStartupWait(Duration.ofSeconds(60))
                // stopped by the application context after everything that uses it (the event registry, the job
                // scheduler, the pool), not by a JVM hook of its own racing with theirs on shutdown
                .setRegisterShutdownHook(false);
        if (pwfile != null) {
            // zonky runs initdb with "-A trust"; these come after it and win: no moment without a password
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString());
        }
        if (!oldStyle) {
            builder.setDataDirectoryCustomizer(dir -> writePgHba(dir.toPath()));
        }
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (pwfile != null) {
                Files.deleteIfExists(pwfile);
            }
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, credentials, settings.ephemeral() ? base : null);
        try {
            database.secure(oldStyle);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw new IOException("Не удалось настроить встроенную PostgreSQL: " + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL listens on localhost:{}", postgres.getPort());
        return database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    DatabaseCredentials credentials() {
        return credentials;
    }

    /** The superuser on a database, for maintenance (and this class's own set-up). */
    DataSource superuser(String database) {
        return postgres.getDatabase(DatabaseCredentials.SUPERUSER, database);
    }

    /**
     * Every start: the application's role and database exist and belong together, extensions the migrations need
     * are there (creating them is a superuser's job), and after an upgrade every object moves to {@code praktika}.
     */
    private void secure(boolean upgrade) throws SQLException, IOException {
        String user = DatabaseCredentials.USER;
        JdbcClient server = JdbcClient.create(superuser("postgres"));
        if (upgrade) {
            server.sql("alter role postgres with password '" + credentials.superuserPassword() + "'")
                    .update();
        }
        boolean roleExists = server.sql("select count(*) from pg_roles where rolname = ?")
                        .param(user)
                        .query(Long.class)
                        .single()
                > 0;
        server.sql((roleExists ? "alter" : "create") + " role " + user
                        + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                        + credentials.userPassword() + "'")
                .update();
        boolean databaseExists = server.sql("select count(*) from pg_database where datname = ?")
                        .param(DATABASE)
                        .query(Long.class)
                        .single()
                > 0;
        if (!databaseExists) {
            server.sql("create database " + DATABASE + " owner " + user + " encoding 'UTF8' template template0")
                    .update();
        } else {
            server.sql("alter database " + DATABASE + " owner to " + user).update();
        }
        try (Connection c = superuser(DATABASE).getConnection();
                Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_trgm schema public");
            s.execute(HAND_OVER_OBJECTS);
        }
        if (upgrade) {
            writePgHba(postgresDirectory());
            server.sql("select pg_reload_conf()").query().singleValue();
            log.warn("The embedded PostgreSQL now asks for passwords (see {})", DatabaseCredentials.FILE_NAME);
        }
    }

    private Path postgresDirectory() {
        return Path.of(JdbcClient.create(superuser("postgres"))
                .sql("show data_directory")
                .query(String.class)
                .single());
    }

    /**
     * Hands every schema, table, view, sequence, routine and type outside the system schemas (and not part of an
     * extension) to {@code praktika}. A no-op when they are its already; needed for data directories of older versions,
     * where {@code postgres} created everything.
     */
    static final String HAND_OVER_OBJECTS = """
            do $$
            declare
                r record;
                app oid := (select oid from pg_roles where rolname = 'praktika');
            begin
                for r in select n.nspname from pg_namespace n
                         where n.nspname not like 'pg\\_%' and n.nspname not in ('information_schema', 'public')
                           and n.nspowner <> app
                           and not exists (select 1 from pg_depend d where d.classid = 'pg_namespace'::regclass
                                           and d.objid = n.oid and d.deptype = 'e')
                loop
                    execute format('alter schema %I owner to praktika', r.nspname);
                end loop;
                for r in select n.nspname, c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                           and c.relkind in ('r', 'p', 'v', 'm', 'f') and c.relowner <> app
                           and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                           and d.objid = c.oid and d.deptype = 'e')
                loop
                    execute format('alter %s %I.%I owner to praktika',
                        case r.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                       when 'f' then 'foreign table' else 'table' end,
                        r.nspname, r.relname);
                end loop;
                for r in select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                           and c.relkind = 'S' and c.relowner <> app
                           and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                           and d.objid = c.oid and d.deptype in ('e', 'a', 'i'))
                loop
                    execute format('alter sequence %I.%I owner to praktika', r.nspname, r.relname);
                end loop;
                for r in select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args
                         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                         where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                           and p.proowner <> app
                           and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                           and d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter routine %I.%I(%s) owner to praktika', r.nspname, r.proname, r.args);
                end loop;
                for r in select n.nspname, t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
                         where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                           and t.typtype in ('e', 'd') and t.typowner <> app
                           and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                           and d.objid = t.oid and d.deptype = 'e')
                loop
                    execute format('alter type %I.%I owner to praktika', r.nspname, r.typname);
                end loop;
            end
            $$
            """;

    /** True for a data directory of an older Praktika, whose {@code pg_hba.conf} lets anyone in. */
    static boolean trusts(Path pgdata) throws IOException {
        Path hba = pgdata.resolve("pg_hba.conf");
        if (!Files.exists(hba)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(hba)) {
            return lines.map(String::strip)
                    .filter(line -> !line.startsWith("#"))
                    .anyMatch(line -> line.matches(".*\\s(trust|password|ident|peer)(\\s.*)?"));
        }
    }

    private static void writePgHba(Path pgdata) {
        try {
            Files.writeString(pgdata.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось записать pg_hba.conf в " + pgdata, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            if (ephemeralBase != null) {
                deleteRecursively(ephemeralBase);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not remove {}", dir, e);
        }
    }
}
