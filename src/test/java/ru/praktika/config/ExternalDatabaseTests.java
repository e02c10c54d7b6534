package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.praktika.PraktikaApplication;

/**
 * Praktika on an external PostgreSQL (PRAKTIKA_DB_URL / spring.datasource.url): the embedded server is not started,
 * migrations and reference data go to the external one.
 */
class ExternalDatabaseTests {

    @Test
    void runsOnAnExternalServerGivenByUrl() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setLocaleConfig("encoding", "UTF8")
                        .start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(PraktikaApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres",
                                "--spring.datasource.password=",
                                "--praktika.demo=false")) {
            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            assertThat(app.getBeanNamesForType(com.github.kagkarlsson.scheduler.Scheduler.class))
                    .as("jobs run on the external database too (db-scheduler ordered after Boot 4's DataSource)")
                    .hasSize(1);
            JdbcClient direct = JdbcClient.create(external.getPostgresDatabase());
            assertThat(direct.sql("select count(*) from territory.regions")
                            .query(Long.class)
                            .single())
                    .isEqualTo(89L);
            assertThat(direct.sql("select count(*) from organization.users where active")
                            .query(Long.class)
                            .single())
                    .as("no demo accounts outside demo mode")
                    .isZero();
        }
    }
}
