package ru.praktika.partnership.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.meeting.InstructionRegister;
import ru.praktika.meeting.InstructionView;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.organization.OrganizationView;
import ru.praktika.partnership.AgreementView;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.partnership.ProgrammeView;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/**
 * Demo mode only: the partners named at the meeting of 26.08.2020 (Ассоциация волонтерских центров, Союз российских
 * городов) with demo contacts; the agreement with the Ассоциация волонтерских центров prepared on that meeting's
 * instruction, agreed, signed with a generated scan and active, its obligations in the register (one done, one open,
 * one overdue and assigned to the council of Пермский край); the programme «Доброволец России» (2020–2022) with 36
 * regions, KPIs, activities and reports; and a draft agreement with the Союз российских городов (the secretariat's
 * alone).
 */
@Component
class DemoPartnership {

    /** The regions of the demo programme: those whose municipalities sent applications in 2020–2022 (demo). */
    static final List<String> REGIONS = List.of(
            "02", "03", "10", "11", "14", "16", "18", "21", "22", "23", "24", "25", "29", "31", "33", "36", "38", "42",
            "47", "50", "52", "54", "55", "56", "59", "61", "63", "66", "69", "72", "74", "76", "77", "78", "86", "89");

    private final Partners partners;
    private final Agreements agreements;
    private final Programmes programmes;
    private final InstructionRegister register;
    private final OrganizationApi organizations;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final Actor secretariat = new Actor(0L, "secretariat", Set.of(Role.ADMIN), null, null);

    DemoPartnership(
            Partners partners,
            Agreements agreements,
            Programmes programmes,
            InstructionRegister register,
            OrganizationApi organizations,
            JdbcClient jdbc,
            TransactionTemplate tx,
            @Value("${praktika.demo:false}") boolean demo) {
        this.partners = partners;
        this.agreements = agreements;
        this.programmes = programmes;
        this.register = register;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.tx = tx;
        this.demo = demo;
    }

    /** After the demo meetings (order 40), whose instruction the agreement was prepared on. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(45)
    public void create() {
        if (!demo
                || jdbc.sql("select count(*) from partnership.partners where demo")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        tx.executeWithoutResult(s -> {
            long avc = partner(
                    "Ассоциация волонтерских центров",
                    "общероссийская общественная организация",
                    "Метелев Артем (демо)",
                    "председатель Совета",
                    "+7 (495) 000-00-01",
                    "avc-demo@example.ru",
                    "https://avc.example.ru");
            long srg = partner(
                    "Союз российских городов",
                    "межмуниципальное объединение",
                    "Игнатьева Александра (демо)",
                    "генеральный директор",
                    "+7 (495) 000-00-02",
                    "srg-demo@example.ru",
                    "https://srg.example.ru");
            long agreement = volunteers(avc);
            dobrovolets(agreement);
            agreements.draft(
                    secretariat,
                    new PartnershipCommands.NewAgreement(
                            "4",
                            "Соглашение о сотрудничестве в подготовке сборника лучших муниципальных практик",
                            "Совместная подготовка и распространение сборника лучших муниципальных практик 2026 года",
                            "Цецерский Иван Николаевич",
                            "председатель Правления",
                            List.of(new PartnershipCommands.PartyDetails(
                                    srg, "Игнатьева Александра", "генеральный директор")),
                            null,
                            null,
                            30,
                            null),
                    true);
        });
    }

    private long partner(
            String name, String kind, String person, String position, String phone, String email, String site) {
        Long organization = organizations.organizations(OrganizationKind.PARTNER).stream()
                .filter(o -> o.name().equals(name))
                .map(OrganizationView::id)
                .findFirst()
                .orElse(null);
        return partners.create(
                secretariat,
                new PartnershipCommands.PartnerDetails(
                        organization,
                        name,
                        null,
                        kind,
                        null,
                        site,
                        "г. Москва (демо)",
                        person,
                        position,
                        phone,
                        email,
                        null),
                true);
    }

    private long volunteers(long avc) {
        Long instruction = register.meetingInstructions(secretariat).stream()
                .filter(i -> i.text().contains("партнерского соглашения с Ассоциацией волонтерских центров"))
                .map(InstructionView::id)
                .findFirst()
                .orElse(null);
        long id = agreements.draft(
                secretariat,
                new PartnershipCommands.NewAgreement(
                        "3",
                        "Соглашение о партнёрстве и сотрудничестве в развитии добровольчества в муниципальных"
                                + " образованиях",
                        "Сотрудничество Сторон в развитии добровольчества (волонтёрства) на муниципальном уровне,"
                                + " совместное проведение Всероссийского конкурса волонтерских инициатив «Доброволец"
                                + " России» в части муниципальных практик, обмен опытом и информацией",
                        "Цецерский Иван Николаевич",
                        "председатель Правления",
                        List.of(new PartnershipCommands.PartyDetails(
                                avc, "Метелев Артем Павлович", "председатель Совета")),
                        LocalDate.of(2020, 12, 15),
                        LocalDate.of(2027, 12, 31),
                        30,
                        instruction),
                true);
        agreements.agree(secretariat, id, new PartnershipCommands.Transition(LocalDate.of(2020, 11, 25), null));
        AgreementView agreed = agreements.agreement(secretariat, id);
        agreements.attach(secretariat, id, true, "Соглашение № 3 (скан).pdf", DemoScan.of(agreed));
        agreements.sign(
                secretariat,
                id,
                new PartnershipCommands.Transition(LocalDate.of(2020, 12, 10), "Подписано на форуме «Мы вместе»"));
        agreements.activate(secretariat, id, new PartnershipCommands.Transition(LocalDate.of(2020, 12, 15), null));
        // the history and the scan as they happened, not as the demo was loaded
        backdate(id, "DRAFT", "2020-11-02 10:00");
        backdate(id, "AGREED", "2020-11-25 15:00");
        backdate(id, "SIGNED", "2020-12-10 12:00");
        backdate(id, "ACTIVE", "2020-12-15 09:00");
        jdbc.sql("update partnership.agreement_files set uploaded_at = '2020-12-10 13:00+03' where agreement_id = :a")
                .param("a", id)
                .update();
        Long avcOrganization = partners.partner(secretariat, avc).organizationId();
        long done = agreements.addObligation(
                secretariat,
                id,
                new PartnershipCommands.NewObligation(
                        "Включить номинацию муниципальных практик добровольчества в конкурс «Доброволец России»",
                        avcOrganization,
                        null,
                        LocalDate.of(2021, 3, 1)));
        register.report(
                secretariat,
                done,
                MeetingTypes.InstructionStatus.DONE,
                "Номинация включена в положение о конкурсе 2021 года");
        agreements.addObligation(
                secretariat,
                id,
                new PartnershipCommands.NewObligation(
                        "Ежегодно информировать советы муниципальных образований об итогах конкурса «Доброволец России»",
                        null,
                        "Исполнительная дирекция ВАРМСУ",
                        LocalDate.of(2027, 12, 1)));
        Long perm = organizations.councilOf("59").map(OrganizationView::id).orElse(null);
        agreements.addObligation(
                secretariat,
                id,
                new PartnershipCommands.NewObligation(
                        "Представить практики добровольчества муниципальных образований региона для сборника",
                        perm,
                        perm == null ? "Совет муниципальных образований Пермского края" : null,
                        LocalDate.of(2026, 10, 1)));
        return id;
    }

    private void backdate(long id, String to, String at) {
        jdbc.sql("update partnership.agreement_history set at = cast(:at as timestamp) at time zone 'Europe/Moscow'"
                        + " where agreement_id = :a and to_state = :to")
                .param("at", at)
                .param("a", id)
                .param("to", to)
                .update();
    }

    private void dobrovolets(long agreement) {
        long id = programmes.create(
                secretariat,
                new PartnershipCommands.NewProgramme(
                        agreement,
                        "Доброволец России",
                        "Муниципальная часть Всероссийского конкурса волонтерских инициатив «Доброволец России»:"
                                + " муниципальные команды, практики добровольчества, их распространение через советы"
                                + " муниципальных образований",
                        2020,
                        2022));
        programmes.setRegions(secretariat, id, REGIONS);
        kpi(id, "Заявки муниципальных команд на конкурс", "заявок", new int[][] {
            {1000, 1240}, {1500, 1712}, {2000, 2150}
        });
        kpi(id, "Регионы-участники", "регионов", new int[][] {{30, 32}, {35, 36}, {40, 36}});
        kpi(id, "Муниципальные практики добровольчества в библиотеке", "практик", new int[][] {
            {50, 41}, {100, 96}, {150, 163}
        });
        activity(id, "Презентация конкурса на селекторном совещании ВАРМСУ", "2020-08-26", "2020-08-26", "ВАРМСУ");
        activity(
                id, "Приём заявок муниципальных команд", "2020-09-01", "2020-11-30", "Ассоциация волонтерских центров");
        activity(id, "Финал конкурса на Международном форуме «Мы вместе»", "2021-12-03", "2021-12-05", "АВЦ, ВАРМСУ");
        activity(id, "Сборник муниципальных практик добровольчества", "2022-03-01", "2022-11-30", "ВАРМСУ");
        programmes.addReport(
                secretariat,
                id,
                2020,
                "В первый год программы заявки подали муниципальные команды 32 регионов; советы муниципальных"
                        + " образований провели разъяснительные вебинары.",
                null,
                null);
        programmes.addReport(
                secretariat,
                id,
                2021,
                "Число заявок выросло на 38 %; 96 практик прошли экспертизу и опубликованы в библиотеке.",
                null,
                null);
    }

    private void kpi(long programme, String name, String unit, int[][] values) {
        long kpi = programmes.addKpi(secretariat, programme, new PartnershipCommands.NewKpi(name, unit));
        for (int i = 0; i < values.length; i++) {
            programmes.setKpiValue(
                    secretariat,
                    programme,
                    kpi,
                    new PartnershipCommands.KpiValue(
                            2020 + i, BigDecimal.valueOf(values[i][0]), BigDecimal.valueOf(values[i][1])));
        }
    }

    private void activity(long programme, String title, String from, String to, String responsible) {
        programmes.addActivity(
                secretariat,
                programme,
                new PartnershipCommands.NewActivity(
                        title,
                        LocalDate.parse(from),
                        LocalDate.parse(to),
                        responsible,
                        ProgrammeView.ActivityStatus.DONE));
    }
}
