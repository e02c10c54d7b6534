package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded PostgreSQL lets in only who knows a password from the data directory's 600 file; the application's
 * role owns its database but is no superuser; a data directory of an older Praktika (trust, everything owned by
 * {@code postgres}) is locked down on its first start.
 */
class EmbeddedPostgresLockdownTests {

    private static final PraktikaProperties.Embedded SETTINGS = new PraktikaProperties.Embedded(false, false, 0);

    @TempDir
    Path dataDir;

    @Test
    void onlyTheRightPasswordOpensTheDatabaseAndTheApplicationIsNoSuperuser() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, SETTINGS)) {
            String url = db.jdbcUrl();
            assertRefused(url, "postgres", null);
            assertRefused(url, "postgres", "wrong-password");
            assertRefused(url, "praktika", null);
            assertRefused(url, "praktika", "wrong-password");
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
                    .doesNotContain("trust");

            try (Connection app = connect(url, "praktika", db.credentials().userPassword())) {
                JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(app, true));
                assertThat(sql.sql("select rolsuper from pg_roles where rolname = current_user")
                                .query(Boolean.class)
                                .single())
                        .isFalse();
                assertThat(sql.sql(
                                        "select pg_catalog.pg_get_userbyid(datdba) from pg_database where datname = 'praktika'")
                                .query(String.class)
                                .single())
                        .isEqualTo("praktika");
                assertThatThrownBy(
                                () -> sql.sql("copy (select 1) to program 'id'").update())
                        .hasStackTraceContaining("permission denied to COPY to or from an external program");
                sql.sql("create schema kept").update();
                sql.sql("create table kept.rows (v text)").update();
            }
            try (Connection admin = connect(url, "postgres", db.credentials().superuserPassword())) {
                assertThat(JdbcClient.create(new SingleConnectionDataSource(admin, true))
                                .sql("select rolsuper from pg_roles where rolname = current_user")
                                .query(Boolean.class)
                                .single())
                        .isTrue();
            }
        }
    }

    @Test
    void theCredentialsFileIsPrivateAndServesTheNextStart() throws Exception {
        DatabaseCredentials first;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, SETTINGS)) {
            first = db.credentials();
            app(db).sql("create table kept (v text)").update();
            app(db).sql("insert into kept values ('Пермский край')").update();
        }
        Path file = dataDir.resolve(DatabaseCredentials.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, SETTINGS)) {
            assertThat(db.credentials()).isEqualTo(first);
            assertThat(app(db).sql("select v from kept").query(String.class).single())
                    .isEqualTo("Пермский край");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("narrowed back on start")
                .isEqualTo("rw-------");

        Files.delete(file);
        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, SETTINGS))
                .as("a cluster that asks for passwords does not start without them")
                .hasMessageContaining(DatabaseCredentials.FILE_NAME);
    }

    @Test
    void aDataDirectoryOfAnOlderVersionIsLockedDownOnItsFirstStart() throws Exception {
        Path pgdata = dataDir.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(pgdata)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .start()) {
            JdbcClient.create(old.getPostgresDatabase())
                    .sql("create database praktika encoding 'UTF8' template template0")
                    .update();
            JdbcClient sql = JdbcClient.create(old.getDatabase("postgres", "praktika"));
            sql.sql("create extension pg_trgm schema public").update();
            sql.sql("create schema practice").update();
            sql.sql("create type practice.state as enum ('DRAFT', 'PUBLISHED')").update();
            sql.sql("create table practice.practices (id bigint generated always as identity primary key,"
                            + " title text, state practice.state, n serial)")
                    .update();
            sql.sql("create sequence practice.numbers").update();
            sql.sql("create view practice.titles as select title from practice.practices")
                    .update();
            sql.sql("create function practice.shout(t text) returns text language sql as 'select upper(t)'")
                    .update();
            sql.sql("insert into practice.practices (title, state) values ('Народный бюджет', 'DRAFT')")
                    .update();
        }
        assertThat(EmbeddedDatabase.trusts(pgdata)).isTrue();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, SETTINGS)) {
            assertThat(EmbeddedDatabase.trusts(pgdata)).isFalse();
            assertRefused(db.jdbcUrl(), "postgres", null);
            JdbcClient app = app(db);
            assertThat(app.sql("select practice.shout(title) from practice.titles")
                            .query(String.class)
                            .single())
                    .isEqualTo("НАРОДНЫЙ БЮДЖЕТ");
            app.sql("insert into practice.practices (title, state) values ('Школа села', 'PUBLISHED')")
                    .update();
            app.sql("select nextval('practice.numbers')").query().singleValue();
            app.sql("alter table practice.practices add column region text").update();
            app.sql("drop type if exists practice.unused").update();
            app.sql("alter type practice.state add value 'ARCHIVED'").update();
            assertThat(app.sql("select similarity('бюджет', 'бюджеты') > 0")
                            .query(Boolean.class)
                            .single())
                    .isTrue();
            assertThat(app.sql("""
                            select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname = 'practice' and pg_get_userbyid(c.relowner) <> 'praktika'
                            """).query(Long.class).single()).isZero();
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, SETTINGS)) {
            assertThat(app(again)
                            .sql("select count(*) from practice.practices")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2L);
        }
    }

    private static JdbcClient app(EmbeddedDatabase db) throws SQLException {
        return JdbcClient.create(new SingleConnectionDataSource(
                connect(db.jdbcUrl(), "praktika", db.credentials().userPassword()), true));
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(url, p);
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> connect(url, user, password).close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004", "28000"));
    }
}
