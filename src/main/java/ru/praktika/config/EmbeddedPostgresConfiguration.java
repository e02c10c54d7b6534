package ru.praktika.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL from Maven (zonky) when no external database is configured, so that {@code java -jar} works on
 * a machine that has only a JDK. See ADR 0002.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "praktika";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PraktikaProperties properties) throws IOException {
        PraktikaProperties.Embedded settings = properties.embedded();
        Path dir = settings.ephemeral()
                ? Files.createTempDirectory("praktika-pg-")
                : properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(dir);
        StalePostmaster.stopIfRunning(dir);
        log.info("Starting the embedded PostgreSQL in {}", dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(settings.ephemeral())
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("fsync", settings.fsync() ? "on" : "off")
                .setServerConfig("synchronous_commit", settings.fsync() ? "on" : "off")
                .setServerConfig("full_page_writes", settings.fsync() ? "on" : "off")
                .setServerConfig("max_connections", "50")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        EmbeddedPostgres postgres = builder.start();
        createDatabaseIfMissing(postgres);
        log.info("Embedded PostgreSQL listens on port {}", postgres.getPort());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("praktika-embedded");
        return ds;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        } catch (java.sql.SQLException e) {
            throw new IOException("Не удалось создать базу данных " + DATABASE, e);
        }
    }

    /** True when neither {@code spring.datasource.url} nor {@code PRAKTIKA_DB_URL} names a server. */
    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
