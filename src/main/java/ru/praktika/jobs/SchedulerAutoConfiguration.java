package ru.praktika.jobs;

import com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * db-scheduler's auto-configuration, ordered after Spring Boot 4's {@code DataSourceAutoConfiguration}. The starter
 * (16.7) orders itself after the Boot 3 class name, which Boot 4 moved, so on an external database (where Boot makes
 * the {@code DataSource}) its "only with a DataSource" condition was checked too early and no scheduler was made. The
 * starter's own entry is excluded in {@code application.yaml}; this one imports the same configuration in the right
 * place (ADR 0014).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Import(DbSchedulerAutoConfiguration.class)
public class SchedulerAutoConfiguration {}
