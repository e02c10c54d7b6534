package ru.praktika.vote.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The votes' clock as a recurring db-scheduler task (ADR 0014): however many instances run, one of them opens the
 * scheduled votes whose time came and closes the open ones whose time passed; closing tallies once.
 */
@Configuration(proxyBeanMethods = false)
class VoteTasks {

    @Bean
    RecurringTask<Void> voteClockTask(Votes votes, @Value("${praktika.votes.clock:PT30S}") Duration interval) {
        return Tasks.recurring("vote-clock", Schedules.fixedDelay(interval))
                .execute((instance, context) -> votes.tick());
    }
}
