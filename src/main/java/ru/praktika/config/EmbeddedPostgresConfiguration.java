package ru.praktika.config;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL from Maven (zonky) when no external database is configured, so that {@code java -jar} works on
 * a machine that has only a JDK (ADR 0002), locked down as {@link EmbeddedDatabase} describes. The application signs
 * in as {@code praktika}, never as the superuser.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(PraktikaProperties properties) throws IOException {
        return EmbeddedDatabase.start(properties.dataDir(), properties.embedded());
    }

    @Bean
    DataSource dataSource(
            EmbeddedDatabase database,
            @org.springframework.beans.factory.annotation.Value("${spring.datasource.hikari.maximum-pool-size:48}")
                    int poolSize) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(database.jdbcUrl());
        ds.setUsername(DatabaseCredentials.USER);
        ds.setPassword(database.credentials().userPassword());
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("praktika-embedded");
        ds.addDataSourceProperty("reWriteBatchedInserts", "true"); // as application.yaml gives an external server

        return ds;
    }

    /** True when neither {@code spring.datasource.url} nor {@code PRAKTIKA_DB_URL} names a server. */
    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
