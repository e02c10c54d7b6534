package ru.praktika.notification.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.praktika.notification.NotificationView;
import ru.praktika.practice.CampaignView;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeMoved;
import ru.praktika.practice.RegionBoardRow;
import ru.praktika.shared.Actor;

/**
 * The outbox. Each workflow step tells the other side: a submission the region's council, a forward the secretariat
 * and the experts, a return the region's authors (with the comment), an acceptance and a publication the region. Every
 * morning regions that have not submitted anything get a reminder in the last week before their deadline (once per
 * deadline). Shown in the app, and mailed by {@link MailDelivery} when SMTP is
 * configured.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final PracticeApi practices;

    Notifications(JdbcClient jdbc, PracticeApi practices) {
        this.jdbc = jdbc;
        this.practices = practices;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PracticeMoved m) {
        String link = "/practices/" + m.id();
        String title = "«" + m.title() + "»";
        switch (m.action()) {
            case SUBMIT ->
                toRole(
                        "REGIONAL_OPERATOR",
                        m.regionCode(),
                        "Практика отправлена в совет",
                        "Практика " + title + " отправлена на проверку совету региона.",
                        link,
                        null);
            case FORWARD -> {
                toRole(
                        "ADMIN",
                        null,
                        "Практика направлена в ассоциацию",
                        "Совет региона " + m.regionCode() + " направил практику " + title + ".",
                        link,
                        null);
                toRole(
                        "EXPERT",
                        null,
                        "Практика ждёт экспертизы",
                        "Практика " + title + " (регион " + m.regionCode() + ") направлена в ассоциацию.",
                        link,
                        null);
            }
            case RETURN ->
                toRole(
                        "REGIONAL_OPERATOR",
                        m.regionCode(),
                        "Практика возвращена на доработку",
                        "Практика " + title + " возвращена: " + (m.comment() == null ? "" : m.comment()),
                        link,
                        null);
            case ACCEPT ->
                toRole(
                        "REGIONAL_OPERATOR",
                        m.regionCode(),
                        "Практика принята ассоциацией",
                        "Практика " + title + " принята для сводного доклада.",
                        link,
                        null);
            case PUBLISH ->
                toRole(
                        "REGIONAL_OPERATOR",
                        m.regionCode(),
                        "Практика опубликована",
                        "Практика " + title + " опубликована в библиотеке практик.",
                        link,
                        null);
        }
    }

    /** The council of the practice's region hears that another municipality adopted it. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ru.praktika.library.PracticeAdopted a) {
        toRole(
                "REGIONAL_OPERATOR",
                a.authorRegion(),
                "Практику внедрили в другом муниципалитете",
                "Муниципальное образование «" + a.municipality() + "» сообщило, что внедрило практику «" + a.title()
                        + "».",
                "/library/practices/" + a.practiceId() + "#adoptions",
                null);
    }

    /** Partnerships: the secretariat hears, once per agreement and term, that an agreement's term ends soon. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ru.praktika.partnership.AgreementExpiring e) {
        toRole(
                "ADMIN",
                null,
                "Срок соглашения истекает",
                e.label() + " действует до " + ru.praktika.shared.RussianDates.numeric(e.validUntil()) + " (осталось "
                        + ru.praktika.shared.RussianNumbers.count(e.daysLeft(), "день", "дня", "дней")
                        + "). Решите, продлевать ли его.",
                "/agreements/" + e.agreementId(),
                "agreement-expiring-" + e.agreementId() + "-" + e.validUntil());
    }

    /** The competition: the applicant, the region's commission and the experts hear of each step. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ru.praktika.competition.ApplicationMoved m) {
        String link = "/competitions/applications/" + m.applicationId();
        String title = "«" + m.title() + "»";
        String note = m.note() == null ? "" : " " + m.note();
        switch (m.step()) {
            case "SUBMITTED" ->
                toRole(
                        "REGIONAL_OPERATOR",
                        m.regionCode(),
                        "Новая заявка на конкурс",
                        "Заявка " + title + " подана на конкурс " + m.year()
                                + " года и ждёт решения региональной комиссии.",
                        link,
                        null);
            case "FORWARDED" ->
                toUser(
                        m.applicant(),
                        "Заявка направлена на федеральный этап",
                        "Региональная комиссия направила заявку " + title + " на федеральный этап." + note,
                        link);
            case "REJECTED" ->
                toUser(
                        m.applicant(),
                        "Заявка отклонена региональной комиссией",
                        "Заявка " + title + " не направлена на федеральный этап. Причина:" + note,
                        link);
            case "WINNER" -> {
                toUser(m.applicant(), "Заявка победила в конкурсе", "Заявка " + title + " заняла" + note + ".", link);
                toRole(
                        "REGIONAL_OPERATOR",
                        m.regionCode(),
                        "Победа в конкурсе " + m.year() + " года",
                        "Заявка " + title + " заняла" + note + ".",
                        link,
                        null);
            }
            case "NOT_AWARDED" ->
                toUser(
                        m.applicant(),
                        "Итоги конкурса " + m.year() + " года опубликованы",
                        "Заявка " + title + " участвовала в федеральном этапе без призового места.",
                        link);
            default -> {
                // other steps need no message
            }
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ru.praktika.competition.ExpertAssigned e) {
        toUser(
                e.expert(),
                "Назначены заявки на оценку",
                "Вам назначено заявок конкурса " + e.year() + " года: " + e.count() + ".",
                "/competitions/" + e.year() + "/scoring");
    }

    private void toUser(String username, String subject, String body, String link) {
        if (username == null) {
            return;
        }
        jdbc.sql("""
                        insert into notification.notifications (recipient_user, subject, body, link)
                        values (:u, :s, :b, :l)
                        """)
                .param("u", username)
                .param("s", subject)
                .param("b", body)
                .param("l", link)
                .update();
    }

    /** Reminders for the last week before each region's deadline; run every morning by {@link NotificationTasks}. */
    public void remindDaily() {
        remind(LocalDate.now());
    }

    /** Reminds regions that have submitted nothing when their deadline is 0–7 days away; returns how many. */
    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        for (CampaignView c : practices.campaigns()) {
            for (RegionBoardRow r : practices.board(c.year())) {
                long days = ChronoUnit.DAYS.between(today, r.deadline());
                boolean nothingSent =
                        r.status().equals("NOT_STARTED") || r.status().equals("DRAFTING");
                if (days >= 0 && days <= 7 && nothingSent) {
                    sent += toRole(
                            "REGIONAL_OPERATOR",
                            r.regionCode(),
                            "Срок кампании " + c.year() + " — через " + days + " дн.",
                            "Регион ещё не отправил ни одной практики кампании " + c.year() + " года. Срок — "
                                    + ru.praktika.shared.RussianDates.numeric(r.deadline())
                                    + ".",
                            "/practices/new",
                            "reminder-" + c.year() + "-" + r.regionCode() + "-" + r.deadline());
                }
            }
        }
        return sent;
    }

    private int toRole(String role, String region, String subject, String body, String link, String key) {
        return jdbc.sql("""
                        insert into notification.notifications (recipient_role, recipient_region, subject, body, link,
                                                                dedupe_key)
                        values (:role, :region, :s, :b, :l, :k) on conflict (dedupe_key) do nothing
                        """)
                .param("role", role)
                .param("region", region)
                .param("s", subject)
                .param("b", body)
                .param("l", link)
                .param("k", key)
                .update();
    }

    /** What an actor should read: addressed to them, or to one of their roles (in their region). */
    @Transactional(readOnly = true)
    public List<NotificationView> inbox(Actor actor, int limit) {
        if (!actor.isAuthenticated() || actor.roles().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, subject, body, link, created_at, :me = any(read_by) as read
                        from notification.notifications
                        where recipient_user = :me
                           or (recipient_role in (:roles) and (recipient_region is null or recipient_region = :region))
                        order by id desc limit :limit
                        """)
                .param("me", actor.username())
                .param("roles", actor.roles().stream().map(Enum::name).collect(Collectors.toList()))
                .param("region", actor.regionCode() == null ? "" : actor.regionCode())
                .param("limit", limit)
                .query((rs, i) -> new NotificationView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)))
                .list();
    }

    public long unread(Actor actor) {
        return inbox(actor, 200).stream().filter(n -> !n.read()).count();
    }

    @Transactional
    public void markAllRead(Actor actor) {
        inbox(actor, 500).stream()
                .filter(n -> !n.read())
                .forEach(n -> jdbc.sql(
                                "update notification.notifications set read_by = array_append(read_by, :me) where id = :id")
                        .param("me", actor.username())
                        .param("id", n.id())
                        .update());
    }
}
