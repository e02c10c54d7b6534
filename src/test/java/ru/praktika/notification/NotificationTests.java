package ru.praktika.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import ru.praktika.notification.domain.MailDelivery;
import ru.praktika.notification.domain.Notifications;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.domain.Campaigns;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.SmtpReceiver;
import ru.praktika.support.TestActors;

/** Each step of the review loop tells the other side; regions late with the campaign are reminded once. */
@PraktikaTest
class NotificationTests {

    @Autowired
    Notifications notifications;

    @Autowired
    PracticeService practices;

    @Autowired
    Campaigns campaigns;

    @Autowired
    TestActors actors;

    @Autowired
    MailDelivery mail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReviewLoopNotifiesTheOtherSideWithFieldComments() {
        PracticeCard card = practices.create(
                actors.actor("perm"),
                Drafts.draft(
                        2022,
                        "59",
                        "57735000",
                        "Уведомляемая практика",
                        "Проблема",
                        "Цели",
                        "Сделано",
                        Drafts.link("NP19-04", "NP19-04-FP03")));
        practices.act(actors.actor("perm"), card.id(), PracticeAction.SUBMIT, null);
        assertThat(notifications.inbox(actors.actor("perm"), 50))
                .anyMatch(n -> n.subject().equals("Практика отправлена в совет")
                        && n.body().contains("Уведомляемая"));
        assertThat(notifications.inbox(actors.actor("tatarstan"), 50))
                .noneMatch(n -> n.body().contains("Уведомляемая"));
        practices.act(actors.actor("perm"), card.id(), PracticeAction.FORWARD, null);
        assertThat(notifications.inbox(actors.actor("expert"), 50))
                .anyMatch(n -> n.subject().equals("Практика ждёт экспертизы")
                        && n.body().contains("Уведомляемая"));
        practices.comment(actors.actor("expert"), card.id(), "Добавьте фактическое значение", "results");
        practices.act(actors.actor("admin"), card.id(), PracticeAction.RETURN, "Нужны результаты в цифрах");
        assertThat(notifications.inbox(actors.actor("perm"), 50))
                .anyMatch(n -> n.subject().equals("Практика возвращена на доработку")
                        && n.body().contains("Нужны результаты в цифрах"));
        assertThat(practices.comments(actors.actor("perm"), card.id()))
                .anyMatch(c -> "results".equals(c.field()) && c.text().equals("Добавьте фактическое значение"));
        long unread = notifications.unread(actors.actor("perm"));
        assertThat(unread).isPositive();
        notifications.markAllRead(actors.actor("perm"));
        assertThat(notifications.unread(actors.actor("perm"))).isZero();
    }

    @Test
    void regionsThatHaveSentNothingAreRemindedOnceInTheLastWeek() {
        campaigns.open(actors.actor("admin"), 2020, LocalDate.now().plusDays(5), null);
        int first = notifications.remind(LocalDate.now());
        assertThat(first).isGreaterThanOrEqualTo(80);
        assertThat(notifications.remind(LocalDate.now())).isZero();
        assertThat(notifications.inbox(actors.actor("tatarstan"), 100))
                .anyMatch(n -> n.subject().startsWith("Срок кампании 2020"));
        assertThat(notifications.remind(LocalDate.now().minusDays(10))).isZero();
    }

    @Test
    void whenSmtpIsConfiguredTheOutboxIsMailedToTheRecipientsOnce() throws Exception {
        jdbc.sql("update organization.users set email = 'council59@example.ru' where username = 'perm'")
                .update();
        campaigns.open(actors.actor("admin"), 2019, LocalDate.now().plusDays(3), null);
        notifications.remind(LocalDate.now());
        try (SmtpReceiver smtp = new SmtpReceiver()) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.port());
            sender.setDefaultEncoding("UTF-8");
            int sent = mail.deliver(sender);
            assertThat(sent).isPositive();
            assertThat(smtp.letters())
                    .anyMatch(l -> l.recipients().contains("council59@example.ru")
                            && l.data().contains("Subject:")
                            && !l.data().contains("tatarstan"));
            int before = smtp.letters().size();
            assertThat(mail.deliver(sender)).isZero();
            assertThat(smtp.letters()).hasSize(before);
        }
        assertThat(jdbc.sql("select count(*) from notification.notifications where emailed_at is null")
                        .query(Long.class)
                        .single())
                .isZero();
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1);
        campaigns.extend(actors.actor("admin"), 2019, "59", LocalDate.now().plusDays(6));
        notifications.remind(LocalDate.now());
        assertThat(mail.deliver(nowhere)).isZero();
        assertThat(jdbc.sql("select count(*) from notification.notifications where emailed_at is null"
                                + " and email_attempts = 1 and email_error is not null")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
