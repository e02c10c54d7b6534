package ru.praktika.notification.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Timed work of notifications as recurring db-scheduler tasks (ADR 0014): however many instances run, one of them sends
 * the outbox and one sends the morning reminders, never each of them.
 */
@Configuration(proxyBeanMethods = false)
class NotificationTasks {

    @Bean
    RecurringTask<Void> mailDeliveryTask(
            MailDelivery mail, @Value("${praktika.mail.interval:PT1M}") Duration interval) {
        return Tasks.recurring("mail-delivery", Schedules.fixedDelay(interval))
                .execute((instance, context) -> mail.deliverScheduled());
    }

    /** Every morning at 9 Moscow time: reminders for the last week before each region's deadline. */
    @Bean
    RecurringTask<Void> deadlineRemindersTask(Notifications notifications) {
        return Tasks.recurring("deadline-reminders", Schedules.daily(ZoneId.of("Europe/Moscow"), LocalTime.of(9, 0)))
                .execute((instance, context) -> notifications.remindDaily());
    }
}
