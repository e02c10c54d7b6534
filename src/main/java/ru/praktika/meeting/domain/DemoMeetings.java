package ru.praktika.meeting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.meeting.MeetingCommands;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/**
 * Demo mode only: the meeting of 26 August 2020 recorded from the association's press release (participants,
 * speakers, topics, decisions), and two later meetings with instructions in every state, one of them overdue.
 */
@Component
class DemoMeetings {

    static final String AUGUST_2020 = "Всероссийское селекторное рабочее совещание Всероссийской ассоциации развития"
            + " местного самоуправления (ВАРМСУ) совместно с руководителями и исполнительными директорами ассоциаций"
            + " (советов) муниципальных образований субъектов Российской Федерации";

    /**
     * The chair of the board, with the patronymic the protocol prints as «И. Н.»; the co-speaker from Perm with the
     * initial of the patronymic only, as the issue that asked for the protocol gives it («Русанова А. В.»).
     */
    static final String CHAIR = "Иван Николаевич Цецерский";

    static final String RUSANOV = "Александр В. Русанов";

    private final MeetingService meetings;
    private final ru.praktika.vote.VoteApi votes;
    private final AgendaItemVotes itemVotes;
    private final OrganizationApi organizations;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final Actor secretariat = new Actor(0L, "secretariat", Set.of(Role.ADMIN), null, null);

    DemoMeetings(
            MeetingService meetings,
            ru.praktika.vote.VoteApi votes,
            AgendaItemVotes itemVotes,
            OrganizationApi organizations,
            JdbcClient jdbc,
            TransactionTemplate tx,
            @Value("${praktika.demo:false}") boolean demo) {
        this.meetings = meetings;
        this.votes = votes;
        this.itemVotes = itemVotes;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.tx = tx;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    public void create() {
        if (!demo
                || jdbc.sql("select count(*) from meeting.meetings where demo")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        tx.executeWithoutResult(s -> {
            august2020();
            boardOctober2026();
            december2026();
            jdbc.sql("update meeting.meetings set demo = true").update();
        });
    }

    private void august2020() {
        long id = meetings.schedule(
                secretariat,
                new MeetingCommands.MeetingDetails(
                        AUGUST_2020,
                        MeetingTypes.Kind.VIDEO,
                        LocalDateTime.of(2020, 8, 26, 11, 0),
                        "Europe/Moscow",
                        150,
                        null,
                        null,
                        null,
                        CHAIR,
                        "председатель Правления ВАРМСУ"));
        meetings.inviteAllCouncils(secretariat, id);
        MeetingView m = meetings.meeting(secretariat, id);
        for (MeetingView.Participant p : m.participants()) {
            boolean perm = "59".equals(p.regionCode());
            meetings.markPresence(
                    secretariat,
                    id,
                    p.id(),
                    true,
                    perm ? RUSANOV : null,
                    perm
                            ? "исполнительный директор Ассоциации «Совет муниципальных образований Пермского края»"
                            : null);
        }
        partner(id, "Союз российских городов", "Александра Игнатьева", "генеральный директор Союза российских городов");
        partner(
                id,
                "Всероссийский совет местного самоуправления",
                "Светлана Романова",
                "руководитель Центрального исполнительного комитета «Всероссийский Совет местного самоуправления»");
        partner(
                id,
                "Ассоциация малых и средних городов России",
                "Владимир Воронин",
                "директор Ассоциации малых и средних городов России");
        partner(
                id,
                "Ассоциация волонтерских центров",
                "Артем Метелев",
                "председатель Совета Ассоциации волонтерских центров");
        Long federal = organizations.organizations(OrganizationKind.FEDERAL_BODY).stream()
                .findFirst()
                .map(o -> o.id())
                .orElse(null);
        meetings.addParticipant(
                secretariat,
                id,
                new MeetingCommands.NewParticipant(
                        MeetingTypes.ParticipantKind.FEDERAL_BODY,
                        federal,
                        null,
                        null,
                        "Владимир Мазур",
                        "заместитель начальника Управления Президента РФ по внутренней политике",
                        true));
        meetings.addParticipant(
                secretariat,
                id,
                new MeetingCommands.NewParticipant(
                        MeetingTypes.ParticipantKind.FEDERAL_BODY,
                        federal,
                        null,
                        null,
                        "Михаил Котлов",
                        "начальник Департамента по работе с органами местного"
                                + " самоуправления Управления Президента РФ по внутренней политике",
                        true));
        Long association = organizations.organizations(OrganizationKind.ASSOCIATION).stream()
                .findFirst()
                .map(o -> o.id())
                .orElse(null);
        for (String[] a : new String[][] {
            {CHAIR, "председатель Правления ВАРМСУ"},
            {"Екатерина Шугрина", "научный эксперт Правления ВАРМСУ, доктор юридических наук"},
            {"Сергей Рыбаков", "заместитель Председателя Правления Ассоциации"}
        }) {
            meetings.addParticipant(
                    secretariat,
                    id,
                    new MeetingCommands.NewParticipant(
                            MeetingTypes.ParticipantKind.ASSOCIATION, association, null, null, a[0], a[1], true));
        }
        long report = meetings.addItem(
                secretariat,
                id,
                new MeetingCommands.NewItem(
                        "О ходе подготовки доклада, содержащего сведения о лучших муниципальных практиках, участия в реализации"
                                + " региональных проектов, обеспечивающих достижение целей, показателей национальных проектов"
                                + " и результатов их реализации",
                        45,
                        "Отчётная кампания 2020 года",
                        null));
        meetings.addSpeech(
                secretariat,
                id,
                report,
                new MeetingCommands.NewSpeech(
                        MeetingTypes.SpeechRole.CO_SPEAKER,
                        RUSANOV,
                        "исполнительный директор Ассоциации «Совет муниципальных образований Пермского края»",
                        "Пермский край считается одним из лидеров по качеству подготовки документов"));
        meetings.addSpeech(
                secretariat,
                id,
                report,
                new MeetingCommands.NewSpeech(
                        MeetingTypes.SpeechRole.REMARKS,
                        "Екатерина Шугрина",
                        "научный эксперт Правления ВАРМСУ, доктор юридических наук",
                        "В ряде случаев ответы советов муниципальных образований, содержащие сведения о лучших муниципальных"
                                + " практиках, даются вне связи с работой по национальным проектам; также усматривается слабое"
                                + " межмуниципальное взаимодействие в регионах"));
        long decision1 = meetings.adoptDecision(
                secretariat,
                id,
                report,
                "Продолжить подготовку доклада о лучших"
                        + " муниципальных практиках; советам муниципальных образований указывать связь каждой практики с"
                        + " национальными и федеральными проектами");
        long instruction1 = meetings.assignInstruction(
                secretariat,
                id,
                decision1,
                new MeetingCommands.NewInstruction(
                        "Представить сведения о лучших муниципальных практиках с указанием национальных и федеральных проектов",
                        null,
                        "Советы муниципальных образований субъектов РФ",
                        LocalDate.of(2020, 10, 1)));
        long contest = meetings.addItem(
                secretariat,
                id,
                new MeetingCommands.NewItem(
                        "Об участии муниципальных образований во Всероссийском конкурсе лучших муниципальных практик",
                        30,
                        "Конкурс «Лучшая муниципальная практика»",
                        null));
        meetings.addSpeech(
                secretariat,
                id,
                contest,
                new MeetingCommands.NewSpeech(
                        MeetingTypes.SpeechRole.SPEAKER,
                        "Сергей Рыбаков",
                        "заместитель Председателя Правления Ассоциации",
                        "результаты участия городов в проекте «Жильё и городская среда» проанализированы"));
        long symbols = meetings.addItem(
                secretariat,
                id,
                new MeetingCommands.NewItem(
                        "О символике Ассоциации: проекты эмблемы, логотипов и слоганов ВАРМСУ",
                        20,
                        "Голосование о символике",
                        null));
        meetings.addSpeech(
                secretariat,
                id,
                symbols,
                new MeetingCommands.NewSpeech(
                        MeetingTypes.SpeechRole.REMARKS,
                        CHAIR,
                        "председатель Правления Ассоциации",
                        "члены Ассоциации обсуждали этот вопрос очень активно и содержательно"));
        // the 2020 votes on the emblem and the slogan (the vote module's demo) are this item's decisions
        for (String key : java.util.List.of("symbols-emblem-2020", "symbols-slogan-2020")) {
            votes.demoVote(key).ifPresent(vote -> itemVotes.attach(secretariat, id, symbols, vote));
        }
        long volunteers = meetings.addItem(
                secretariat,
                id,
                new MeetingCommands.NewItem(
                        "О презентационных материалах Всероссийского конкурса волонтерских инициатив «Доброволец России»",
                        20,
                        "Соглашение с Ассоциацией волонтерских центров",
                        null));
        meetings.addSpeech(
                secretariat,
                id,
                volunteers,
                new MeetingCommands.NewSpeech(
                        MeetingTypes.SpeechRole.SPEAKER,
                        "Артем Метелев",
                        "председатель Совета Ассоциации волонтерских центров",
                        "необходимы сотрудничество с ВАРМСУ и партнерское соглашение, так как волонтерское движение"
                                + " немыслимо без муниципального сообщества России"));
        long decision2 = meetings.adoptDecision(
                secretariat,
                id,
                volunteers,
                "Подготовить проект партнерского соглашения ВАРМСУ и Ассоциации волонтерских центров");
        long instruction2 = meetings.assignInstruction(
                secretariat,
                id,
                decision2,
                new MeetingCommands.NewInstruction(
                        "Подготовить проект партнерского соглашения с Ассоциацией волонтерских центров",
                        association,
                        null,
                        LocalDate.of(2020, 11, 30)));
        meetings.recordClosing(
                secretariat,
                id,
                new MeetingCommands.Closing(
                        "Владимир Мазур",
                        "заместитель начальника Управления Президента Российской Федерации по внутренней политике",
                        "заседание носило конструктивный, рабочий характер и было хорошо организовано, у Правления"
                                + " Ассоциации высокий потенциал, а участники были очень активны; членам Ассоциации нужно"
                                + " теснее сотрудничать с региональными ассоциациями муниципальных образований, а в критериях"
                                + " лучших муниципальных практик стоит использовать такую важную экономическую форму, как"
                                + " концессия"));
        meetings.advance(secretariat, id, MeetingTypes.State.HELD);
        meetings.advance(secretariat, id, MeetingTypes.State.CLOSED);
        meetings.reportBack(
                secretariat,
                instruction1,
                MeetingTypes.InstructionStatus.DONE,
                "Сведения представили советы муниципальных образований 78 регионов");
        meetings.reportBack(
                secretariat,
                instruction2,
                MeetingTypes.InstructionStatus.DONE,
                "Проект соглашения подготовлен и направлен в Ассоциацию волонтерских центров");
        meetings.draftPressRelease(secretariat, id);
        meetings.publishPressRelease(secretariat, id);
        jdbc.sql(
                        "update meeting.press_releases set published_at = timestamptz '2020-08-27 10:00:00+03' where meeting_id = :m")
                .param("m", id)
                .update();
    }

    private void boardOctober2026() {
        long id = meetings.schedule(
                secretariat,
                new MeetingCommands.MeetingDetails(
                        "Заседание Правления ВАРМСУ",
                        MeetingTypes.Kind.HYBRID,
                        LocalDateTime.of(2026, 10, 15, 14, 0),
                        "Europe/Moscow",
                        120,
                        "Москва, ул. Ильинка, 8",
                        null,
                        null,
                        CHAIR,
                        "председатель Правления ВАРМСУ"));
        meetings.inviteAllCouncils(secretariat, id);
        MeetingView m = meetings.meeting(secretariat, id);
        int n = 0;
        for (MeetingView.Participant p : m.participants()) {
            if (n++ % 3 != 2) {
                meetings.markPresence(secretariat, id, p.id(), true, null, null);
            }
        }
        long item = meetings.addItem(
                secretariat,
                id,
                new MeetingCommands.NewItem(
                        "О ходе отчётной кампании 2026 года по лучшим муниципальным практикам",
                        40,
                        "Отчётная кампания 2026",
                        null));
        meetings.addSpeech(
                secretariat,
                id,
                item,
                new MeetingCommands.NewSpeech(
                        MeetingTypes.SpeechRole.SPEAKER,
                        "Сергей Рыбаков",
                        "заместитель Председателя Правления Ассоциации",
                        "практики представили 46 регионов, но у части практик нет связи с национальными проектами"));
        long decision = meetings.adoptDecision(
                secretariat, id, item, "Советам, не завершившим отбор практик, представить их до окончания кампании");
        long perm = organizations.councilOf("59").orElseThrow().id();
        long tatarstan = organizations.councilOf("16").orElseThrow().id();
        meetings.assignInstruction(
                secretariat,
                id,
                decision,
                new MeetingCommands.NewInstruction(
                        "Дополнить практики Пермского края связями с региональными проектами",
                        perm,
                        null,
                        LocalDate.of(2026, 11, 20)));
        long t = meetings.assignInstruction(
                secretariat,
                id,
                decision,
                new MeetingCommands.NewInstruction(
                        "Подготовить сведения о межмуниципальных практиках Республики Татарстан",
                        tatarstan,
                        null,
                        LocalDate.of(2026, 12, 15)));
        meetings.reportBack(secretariat, t, MeetingTypes.InstructionStatus.IN_PROGRESS, "Сведения собираются");
        long done = meetings.assignInstruction(
                secretariat,
                id,
                decision,
                new MeetingCommands.NewInstruction(
                        "Разослать советам методические рекомендации по связи практик с национальными проектами",
                        null,
                        "Исполнительная дирекция ВАРМСУ",
                        LocalDate.of(2026, 10, 30)));
        meetings.reportBack(
                secretariat, done, MeetingTypes.InstructionStatus.DONE, "Рекомендации разосланы 28.10.2026");
        meetings.advance(secretariat, id, MeetingTypes.State.HELD);
    }

    private void december2026() {
        long id = meetings.schedule(
                secretariat,
                new MeetingCommands.MeetingDetails(
                        "Всероссийское селекторное совещание ВАРМСУ с советами муниципальных образований",
                        MeetingTypes.Kind.VIDEO,
                        LocalDateTime.of(2026, 12, 10, 11, 0),
                        "Europe/Moscow",
                        120,
                        null,
                        "https://vks.example.ru/varmsu",
                        null,
                        CHAIR,
                        "председатель Правления ВАРМСУ"));
        meetings.inviteAllCouncils(secretariat, id);
        meetings.addItem(
                secretariat,
                id,
                new MeetingCommands.NewItem(
                        "Об итогах отчётной кампании 2026 года и сводном докладе", 45, "Отчётная кампания 2026", null));
        meetings.advance(secretariat, id, MeetingTypes.State.ANNOUNCED);
    }

    private void partner(long id, String organization, String person, String position) {
        Long orgId = organizations.organizations(OrganizationKind.PARTNER).stream()
                .filter(o -> o.name().equals(organization))
                .findFirst()
                .map(o -> o.id())
                .orElse(null);
        meetings.addParticipant(
                secretariat,
                id,
                new MeetingCommands.NewParticipant(
                        MeetingTypes.ParticipantKind.PARTNER, orgId, organization, null, person, position, true));
    }
}
