package ru.praktika.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Listeners' work that failed while the application runs (a lost connection, a deadlock) is tried again every few
 * minutes, not only at the next start (ADR 0011), as a recurring db-scheduler task that one instance at a time runs
 * (ADR 0014). Only publications older than {@link #AGE} are taken, so work another instance is doing right now is
 * left to it; the listeners write derived rows with upserts, so doing it twice would give the same rows anyway.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationRetry {

    static final Duration AGE = Duration.ofMinutes(5);

    @Bean
    RecurringTask<Void> eventPublicationRetryTask(IncompleteEventPublications incomplete) {
        return Tasks.recurring("event-publication-retry", Schedules.fixedDelay(AGE))
                .execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(AGE));
    }
}
