package ru.praktika.jobs;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler side of jobs (ADR 0014): one task, {@code praktika-job}, whose instance id is the job's id. A dead
 * execution (its instance stopped sending heartbeats) is revived, so another instance runs the job again.
 */
@Configuration(proxyBeanMethods = false)
class JobTasks {

    static final TaskDescriptor<Void> JOB = TaskDescriptor.of("praktika-job");

    @Bean
    OneTimeTask<Void> praktikaJob(JobRunner runner) {
        return Tasks.oneTime(JOB)
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(UUID.fromString(instance.getId())));
    }

    /** Each process has its own name (host and process id), so two instances on one machine are told apart. */
    @Bean
    DbSchedulerCustomizer instanceName() {
        String name = JobRunner.INSTANCE;
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(new SchedulerName.Fixed(name));
            }
        };
    }
}
