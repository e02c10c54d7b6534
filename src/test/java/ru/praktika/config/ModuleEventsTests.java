package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.support.PersistentApplicationEventMulticaster;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeMoved;
import ru.praktika.practice.PracticeSaved;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * Derived data is never lost (ADR 0011): a listener that fails after the practice committed leaves its publication
 * in the registry, and resubmitting it (as the next start does) writes the derived rows. The failure is a real one:
 * a trigger refuses the derived row while the practice itself is saved.
 */
@PraktikaTest
class ModuleEventsTests {

    @Autowired
    PracticeService practices;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeTheFault() {
        jdbc.sql("drop trigger if exists refuse on linkage.documents").update();
        jdbc.sql("drop trigger if exists refuse on notification.notifications").update();
        jdbc.sql("drop function if exists public.refuse_lost_work()").update();
    }

    @Test
    void linkageAndQualityCutOffAfterTheSaveAreRedoneWhenResubmitted() {
        refuse("linkage.documents", "new.title like 'Потерянная%'");
        PracticeCard card = practices.create(actors.actor("perm"), draft("Потерянная при сбое практика"));
        assertThat(count("select count(*) from linkage.documents where practice_id = :id", card.id()))
                .isZero();
        assertThat(count("select count(*) from review.scores where practice_id = :id", card.id()))
                .isZero();
        assertThat(count(
                        "select count(*) from events.event_publication where completion_date is null"
                                + " and serialized_event like '%\"id\":' || :id || ',%'",
                        card.id()))
                .isPositive();

        removeTheFault();
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof PracticeSaved saved && saved.id() == card.id());

        assertThat(count("select count(*) from linkage.documents where practice_id = :id", card.id()))
                .isOne();
        assertThat(count("select count(*) from review.scores where practice_id = :id", card.id()))
                .isOne();
        assertThat(count(
                        "select count(*) from events.event_publication"
                                + " where serialized_event like '%\"id\":' || :id || ',%'",
                        card.id()))
                .isZero();
    }

    @Test
    void theStartUpRedoesWorkACrashCutOff() {
        refuse("linkage.documents", "new.title like 'Прерванная%'");
        PracticeCard card = practices.create(actors.actor("perm"), draft("Прерванная остановкой практика"));
        removeTheFault();
        assertThat(count("select count(*) from review.scores where practice_id = :id", card.id()))
                .isZero();

        // what a start does with spring.modulith.events.republish-outstanding-events-on-restart=true
        context.getBean(PersistentApplicationEventMulticaster.class).afterSingletonsInstantiated();

        assertThat(count("select count(*) from linkage.documents where practice_id = :id", card.id()))
                .isOne();
        assertThat(count("select count(*) from review.scores where practice_id = :id", card.id()))
                .isOne();
    }

    @Test
    void aNotificationCutOffAfterTheStepIsSentWhenResubmitted() {
        PracticeCard card = practices.create(actors.actor("perm"), draft("Практика без уведомления"));
        refuse("notification.notifications", "new.body like '%Практика без уведомления%'");
        practices.act(actors.actor("perm"), card.id(), PracticeAction.SUBMIT, null);
        String sent = "select count(*) from notification.notifications where link = '/practices/' || :id";
        assertThat(count(sent, card.id())).isZero();

        removeTheFault();
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof PracticeMoved moved && moved.id() == card.id());

        assertThat(count(sent, card.id())).isOne();
    }

    @Test
    void theAuditStaysInTheTransactionOfTheWrite() {
        refuse("linkage.documents", "new.title like 'Аудируемая%'");
        PracticeCard card = practices.create(actors.actor("perm"), draft("Аудируемая практика"));
        // the derived data failed after the commit; the audit row was written with the practice, not after it
        assertThat(count(
                        "select count(*) from audit.audit_events where object_id = cast(:id as text)"
                                + " and action = 'practice.create'",
                        card.id()))
                .isOne();
    }

    private void refuse(String table, String condition) {
        jdbc.sql("""
                        create or replace function public.refuse_lost_work() returns trigger language plpgsql as $$
                        begin raise exception 'сбой для проверки'; end $$
                        """).update();
        jdbc.sql("create trigger refuse before insert or update on " + table + " for each row when (" + condition
                        + ") execute function public.refuse_lost_work()")
                .update();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private static ru.praktika.practice.PracticeDraft draft(String title) {
        return Drafts.draft(
                2024,
                "59",
                "57735000",
                title,
                "Проблема благоустройства дворов",
                "Цели",
                "Сделано",
                Drafts.link("NP19-04", "NP19-04-FP03"));
    }
}
