package ru.praktika.partnership.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.partnership.AgreementExpiring;
import ru.praktika.partnership.AgreementState;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;

/**
 * The agreements' terms, kept by the clock: a signed agreement becomes active on its effective date, an active one
 * expires the day after its last day, and the secretariat is reminded {@code reminder_days} days before that day
 * ({@link AgreementExpiring}, at most once per agreement, threshold and term). Run every morning by the db-scheduler
 * task {@code agreement-terms} (one instance runs it) and once when the application starts.
 */
@Component
public class AgreementTerms {

    private final JdbcClient jdbc;
    private final Agreements agreements;
    private final PartnershipQueries queries;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    AgreementTerms(
            JdbcClient jdbc,
            Agreements agreements,
            PartnershipQueries queries,
            ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.queries = queries;
        this.events = events;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(60)
    public void onStart() {
        tick(Agreements.today());
    }

    /**
     * Applies the terms as of {@code today}: activations, expiries, reminders.
     *
     * @return how many agreements changed or were reminded of
     */
    public int tick(LocalDate today) {
        Integer n = tx.execute(s -> {
            int changed = 0;
            for (long id : ids(
                    "state = 'SIGNED' and effective_from is not null and effective_from <= :d"
                            + " and (valid_until is null or valid_until >= :d)",
                    today)) {
                changed += move(id, AgreementState.SIGNED, AgreementState.ACTIVE, "Вступило в силу " + day(today));
            }
            for (long id : ids("state = 'ACTIVE' and valid_until is not null and valid_until < :d", today)) {
                changed += move(id, AgreementState.ACTIVE, AgreementState.EXPIRED, "Срок действия истёк");
            }
            changed += remind(today);
            return changed;
        });
        return n == null ? 0 : n;
    }

    private List<Long> ids(String where, LocalDate today) {
        return jdbc.sql("select id from partnership.agreements where " + where + " order by id")
                .param("d", today)
                .query(Long.class)
                .list();
    }

    private int move(long id, AgreementState from, AgreementState to, String comment) {
        int changed = jdbc.sql(
                        "update partnership.agreements set state = :to, updated_at = now(), version = version + 1"
                                + " where id = :id and state = :from")
                .param("to", to.name())
                .param("id", id)
                .param("from", from.name())
                .update();
        if (changed > 0) {
            agreements.record(Actor.SYSTEM, id, from, to, comment);
            events.publishEvent(AuditedAction.by(
                    Actor.SYSTEM,
                    "agreement." + to.name().toLowerCase(java.util.Locale.ROOT),
                    "agreement",
                    id,
                    Map.of("from", from.name(), "to", to.name(), "automatic", true)));
        }
        return changed;
    }

    private int remind(LocalDate today) {
        int sent = 0;
        List<Object[]> due = jdbc.sql("""
                        select a.id, a.valid_until, a.reminder_days from partnership.agreements a
                        where a.state = 'ACTIVE' and a.valid_until is not null and a.valid_until >= :d
                          and a.valid_until - a.reminder_days <= :d
                          and not exists (select 1 from partnership.agreement_reminders r where r.agreement_id = a.id
                                          and r.days_before = a.reminder_days and r.valid_until = a.valid_until)
                        order by a.id
                        """)
                .param("d", today)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3)})
                .list();
        for (Object[] row : due) {
            long id = (Long) row[0];
            LocalDate until = (LocalDate) row[1];
            int inserted = jdbc.sql("""
                            insert into partnership.agreement_reminders (agreement_id, days_before, valid_until)
                            values (:a, :days, :until) on conflict do nothing
                            """)
                    .param("a", id)
                    .param("days", row[2])
                    .param("until", until)
                    .update();
            if (inserted > 0) {
                long left = ChronoUnit.DAYS.between(today, until);
                events.publishEvent(new AgreementExpiring(id, queries.label(id), until, left));
                events.publishEvent(AuditedAction.by(
                        Actor.SYSTEM, "agreement.remind", "agreement", id, Map.of("validUntil", until.toString())));
                sent++;
            }
        }
        return sent;
    }

    private static String day(LocalDate d) {
        return ru.praktika.shared.RussianDates.numeric(d);
    }

    /** Every morning at 8 Moscow time. */
    @Configuration(proxyBeanMethods = false)
    static class Task {

        @Bean
        RecurringTask<Void> agreementTermsTask(AgreementTerms terms) {
            return Tasks.recurring("agreement-terms", Schedules.daily(ZoneId.of("Europe/Moscow"), LocalTime.of(8, 0)))
                    .execute((instance, context) -> terms.tick(Agreements.today()));
        }
    }
}
