package ru.praktika.notification.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import ru.praktika.organization.OrganizationApi;

/**
 * Sends the outbox by e-mail when SMTP is configured ({@code spring.mail.host}, see the README): every minute the
 * messages not yet mailed go to the addresses of their recipients (a user, or every active user of a role in a
 * region), each as one letter with the recipients in Bcc. A failed send ends the run (the server is likely down) and is
 * retried on the next ones, up to five times, its error kept.
 * Without SMTP nothing is sent and the messages stay in the app.
 */
@Service
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 200;
    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final OrganizationApi organizations;
    private final ObjectProvider<JavaMailSender> configured;
    private final String from;
    private final String baseUrl;

    MailDelivery(
            JdbcClient jdbc,
            OrganizationApi organizations,
            ObjectProvider<JavaMailSender> configured,
            @Value("${praktika.mail.from:noreply@praktika.local}") String from,
            ru.praktika.shared.BaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.configured = configured;
        this.from = from;
        this.baseUrl = baseUrl.get();
    }

    public void deliverScheduled() {
        JavaMailSender sender = configured.getIfAvailable();
        if (sender != null) {
            deliver(sender);
        }
    }

    private record Pending(
            long id, String user, String role, String region, String subject, String body, String link) {}

    /** Mails what is waiting through the given sender; returns how many letters went out. */
    public int deliver(JavaMailSender sender) {
        int sent = 0;
        long after = 0;
        List<Pending> pending;
        // recipients are looked up once per (user, role, region) in a run, not once per letter
        java.util.Map<List<String>, List<String>> mailboxes = new java.util.HashMap<>();
        do {
            pending = waiting(after);
            for (Pending p : pending) {
                List<String> to = mailboxes.computeIfAbsent(
                        java.util.Arrays.asList(p.user(), p.role(), p.region()),
                        k -> organizations.mailboxes(p.user(), p.role(), p.region()));
                Outcome outcome = send(sender, p, to);
                if (outcome == Outcome.FAILED) {
                    return sent; // the server is likely down: try the rest on the next run
                }
                sent += outcome == Outcome.SENT ? 1 : 0;
                after = p.id();
            }
        } while (pending.size() == BATCH);
        return sent;
    }

    private List<Pending> waiting(long after) {
        return jdbc.sql("""
                        select id, recipient_user, recipient_role, recipient_region, subject, body, link
                        from notification.notifications
                        where emailed_at is null and email_attempts < :a and id > :after
                        order by id limit :n
                        """)
                .param("a", ATTEMPTS)
                .param("after", after)
                .param("n", BATCH)
                .query((rs, i) -> new Pending(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    private enum Outcome {
        SENT,
        NO_ADDRESS,
        FAILED
    }

    private Outcome send(JavaMailSender sender, Pending p, List<String> to) {
        if (to.isEmpty()) {
            mark(p.id(), "Нет адресов получателей");
            return Outcome.NO_ADDRESS;
        }
        SimpleMailMessage letter = new SimpleMailMessage();
        letter.setFrom(from);
        letter.setTo(from);
        letter.setBcc(to.toArray(String[]::new));
        letter.setSubject("Практика: " + p.subject());
        letter.setText(p.body()
                + (p.link() == null ? "" : "\n\n" + baseUrl + p.link())
                + "\n\n—\nПисьмо отправлено платформой «Практика». Все уведомления: " + baseUrl + "/notifications");
        try {
            sender.send(letter);
            mark(p.id(), null);
            return Outcome.SENT;
        } catch (MailException e) {
            log.warn("Notification {} not mailed: {}", p.id(), e.getMessage());
            jdbc.sql("update notification.notifications set email_attempts = email_attempts + 1, email_error = :e"
                            + " where id = :id")
                    .param("e", String.valueOf(e.getMessage()))
                    .param("id", p.id())
                    .update();
            return Outcome.FAILED;
        }
    }

    private void mark(long id, String note) {
        jdbc.sql("update notification.notifications set emailed_at = now(), email_error = :e where id = :id")
                .param("e", note)
                .param("id", id)
                .update();
    }
}
