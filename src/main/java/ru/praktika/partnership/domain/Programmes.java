package ru.praktika.partnership.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.CompetitionApi;
import ru.praktika.partnership.AgreementState;
import ru.praktika.partnership.AgreementView;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.partnership.ProgrammeSummary;
import ru.praktika.partnership.ProgrammeView;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.territory.TerritoryApi;

/**
 * Joint programmes under agreements: participating regions, activities, KPIs with targets and actuals by year, yearly
 * reports, links to practices (through {@link PracticeApi}) and competition applications (through
 * {@link CompetitionApi}). A programme is read by those who may read its agreement; the secretariat records it; a
 * regional operator links its own region's practices to a programme its region takes part in.
 */
@Service
public class Programmes {

    private final JdbcClient jdbc;
    private final PartnershipQueries queries;
    private final Agreements agreements;
    private final TerritoryApi territory;
    private final PracticeApi practices;
    private final CompetitionApi competition;
    private final ApplicationEventPublisher events;

    Programmes(
            JdbcClient jdbc,
            PartnershipQueries queries,
            Agreements agreements,
            TerritoryApi territory,
            PracticeApi practices,
            CompetitionApi competition,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.agreements = agreements;
        this.territory = territory;
        this.practices = practices;
        this.competition = competition;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeSummary> programmes(Actor actor) {
        PartnershipPermissions.requireSignedIn(actor);
        return queries.programmes(actor, null);
    }

    @Transactional(readOnly = true)
    public ProgrammeView programme(Actor actor, long id) {
        PartnershipPermissions.requireSignedIn(actor);
        return queries.programme(id)
                .filter(p -> PartnershipPermissions.canRead(actor, p.agreementState()))
                .orElseThrow(() -> new NotFoundException("Программа №" + id + " не найдена"));
    }

    /** Whether the actor may link practices to this programme (the page shows the form only then). */
    public boolean canLinkPractices(Actor actor, ProgrammeView p) {
        return actor.isAdmin()
                || (actor.regionCode() != null
                        && p.regions().contains(actor.regionCode())
                        && PartnershipPermissions.canLinkPractice(actor, true, actor.regionCode()));
    }

    @Transactional
    public long create(Actor actor, PartnershipCommands.NewProgramme n) {
        PartnershipPermissions.requireSecretariat(actor);
        if (n.agreementId() == null) {
            throw InvalidRequestException.ofFields(Map.of("agreementId", "Выберите соглашение"));
        }
        AgreementView a = agreements.agreement(actor, n.agreementId());
        String title = Inputs.required(n.title(), "title", "Укажите название программы", Inputs.SHORT);
        Inputs.year(n.firstYear(), "firstYear");
        Inputs.year(n.lastYear(), "lastYear");
        if (n.lastYear() < n.firstYear()) {
            throw InvalidRequestException.ofFields(Map.of("lastYear", "Последний год — не раньше первого"));
        }
        long id = jdbc.sql("""
                        insert into partnership.programmes (agreement_id, title, description, first_year, last_year)
                        values (:a, :t, :d, :f, :l) returning id
                        """)
                .param("a", a.id())
                .param("t", title)
                .param("d", Inputs.optional(n.description(), "description", Inputs.LONG))
                .param("f", n.firstYear())
                .param("l", n.lastYear())
                .query(Long.class)
                .single();
        audit(actor, "programme.create", id, Map.of("agreement", a.id(), "title", title));
        return id;
    }

    /** The participating regions, replaced as a whole. */
    @Transactional
    public ProgrammeView setRegions(Actor actor, long id, List<String> codes) {
        PartnershipPermissions.requireSecretariat(actor);
        ProgrammeView p = programme(actor, id);
        Set<String> chosen = new LinkedHashSet<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            String code = c == null ? "" : c.strip();
            if (territory.region(code).isEmpty()) {
                throw InvalidRequestException.ofFields(Map.of("regions", "Нет региона с кодом «" + code + "»"));
            }
            chosen.add(code);
        }
        jdbc.sql("delete from partnership.programme_regions where programme_id = :p")
                .param("p", id)
                .update();
        for (String code : chosen) {
            jdbc.sql("insert into partnership.programme_regions (programme_id, region_code) values (:p, :r)")
                    .param("p", id)
                    .param("r", code)
                    .update();
        }
        touch(id);
        audit(actor, "programme.setRegions", id, Map.of("before", p.regions().size(), "after", chosen.size()));
        return programme(actor, id);
    }

    @Transactional
    public long addActivity(Actor actor, long id, PartnershipCommands.NewActivity a) {
        PartnershipPermissions.requireSecretariat(actor);
        programme(actor, id);
        String title = Inputs.required(a.title(), "title", "Укажите мероприятие", Inputs.SHORT);
        Inputs.date(a.startsOn(), "startsOn");
        Inputs.date(a.endsOn(), "endsOn");
        if (a.startsOn() != null && a.endsOn() != null && a.endsOn().isBefore(a.startsOn())) {
            throw InvalidRequestException.ofFields(Map.of("endsOn", "Окончание — не раньше начала"));
        }
        long activity = jdbc.sql("""
                        insert into partnership.programme_activities (programme_id, title, starts_on, ends_on,
                                                                      responsible, status)
                        values (:p, :t, :s, :e, :r, :st) returning id
                        """)
                .param("p", id)
                .param("t", title)
                .param("s", a.startsOn())
                .param("e", a.endsOn())
                .param("r", Inputs.optional(a.responsible(), "responsible", Inputs.SHORT))
                .param("st", (a.status() == null ? ProgrammeView.ActivityStatus.PLANNED : a.status()).name())
                .query(Long.class)
                .single();
        audit(actor, "programme.addActivity", id, Map.of("activity", activity, "title", title));
        return activity;
    }

    @Transactional
    public long addKpi(Actor actor, long id, PartnershipCommands.NewKpi k) {
        PartnershipPermissions.requireSecretariat(actor);
        programme(actor, id);
        String name = Inputs.required(k.name(), "name", "Укажите показатель", Inputs.SHORT);
        String unit = Inputs.required(k.unit(), "unit", "Укажите единицу измерения", 100);
        long kpi = jdbc.sql("""
                        insert into partnership.programme_kpis (programme_id, position, name, unit)
                        values (:p, (select coalesce(max(position), 0) + 1 from partnership.programme_kpis
                                     where programme_id = :p), :n, :u) returning id
                        """)
                .param("p", id)
                .param("n", name)
                .param("u", unit)
                .query(Long.class)
                .single();
        audit(actor, "programme.addKpi", id, Map.of("kpi", kpi, "name", name));
        return kpi;
    }

    /** A year's target and actual of an indicator (a value left empty is kept as it was). */
    @Transactional
    public ProgrammeView setKpiValue(Actor actor, long id, long kpiId, PartnershipCommands.KpiValue v) {
        PartnershipPermissions.requireSecretariat(actor);
        ProgrammeView p = programme(actor, id);
        ProgrammeView.Kpi kpi = p.kpis().stream()
                .filter(k -> k.id() == kpiId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Показатель №" + kpiId + " не найден в этой программе"));
        if (v.year() == null || v.year() < p.firstYear() || v.year() > p.lastYear()) {
            throw InvalidRequestException.ofFields(
                    Map.of("year", "Год — от " + p.firstYear() + " до " + p.lastYear() + " (годы программы)"));
        }
        for (Map.Entry<String, java.math.BigDecimal> e :
                java.util.Arrays.asList(Map.entry("target", nz(v.target())), Map.entry("actual", nz(v.actual())))) {
            if (e.getValue().signum() < 0 || e.getValue().compareTo(new java.math.BigDecimal("999999999999")) > 0) {
                throw InvalidRequestException.ofFields(Map.of(e.getKey(), "Значение — от 0 до 999 999 999 999"));
            }
        }
        ProgrammeView.Value before = kpi.values().get(v.year());
        jdbc.sql("""
                        insert into partnership.kpi_values (kpi_id, year, target, actual) values (:k, :y, :t, :a)
                        on conflict (kpi_id, year) do update set target = coalesce(excluded.target, kpi_values.target),
                            actual = coalesce(excluded.actual, kpi_values.actual)
                        """)
                .param("k", kpiId)
                .param("y", v.year())
                .param("t", v.target())
                .param("a", v.actual())
                .update();
        touch(id);
        audit(
                actor,
                "programme.setKpiValue",
                id,
                Map.of(
                        "kpi",
                        kpiId,
                        "year",
                        v.year(),
                        "before",
                        before == null ? "" : before.target() + "/" + before.actual(),
                        "after",
                        v.target() + "/" + v.actual()));
        return programme(actor, id);
    }

    private static java.math.BigDecimal nz(java.math.BigDecimal v) {
        return v == null ? java.math.BigDecimal.ZERO : v;
    }

    /** A yearly report with an optional file (PDF, DOCX, XLSX, JPG, PNG up to 20 MB). */
    @Transactional
    public long addReport(Actor actor, long id, Integer year, String text, String fileName, byte[] content) {
        PartnershipPermissions.requireSecretariat(actor);
        ProgrammeView p = programme(actor, id);
        if (year == null || year < p.firstYear() || year > p.lastYear()) {
            throw InvalidRequestException.ofFields(
                    Map.of("year", "Год — от " + p.firstYear() + " до " + p.lastYear() + " (годы программы)"));
        }
        String body = Inputs.required(text, "text", "Напишите отчёт", Inputs.LONG);
        String type = null;
        String name = null;
        if (content != null && content.length > 0) {
            if (content.length > Agreements.MAX_BYTES) {
                throw InvalidRequestException.ofFields(Map.of("file", "Файл больше 20 МБ"));
            }
            type = FileTypes.recognise(content)
                    .orElseThrow(() -> InvalidRequestException.ofFields(Map.of(
                            "file",
                            "Можно приложить PDF, DOCX, XLSX, JPG или PNG; содержимое этого файла не относится ни к"
                                    + " одному из них")));
            name = FileTypes.safeName(fileName, type, "отчёт");
        }
        long report = jdbc.sql("""
                        insert into partnership.programme_reports (programme_id, year, text, file_name, content_type,
                                                                   content, created_by)
                        values (:p, :y, :t, :f, :ct, :c, :by) returning id
                        """)
                .param("p", id)
                .param("y", year)
                .param("t", body)
                .param("f", name)
                .param("ct", type)
                .param("c", type == null ? null : content)
                .param("by", actor.username())
                .query(Long.class)
                .single();
        audit(actor, "programme.addReport", id, Map.of("report", report, "year", year));
        return report;
    }

    @Transactional(readOnly = true)
    public Agreements.Content reportFile(Actor actor, long id, long reportId) {
        programme(actor, id);
        return jdbc.sql("select file_name, content_type, content from partnership.programme_reports"
                        + " where id = :r and programme_id = :p and content is not null")
                .param("r", reportId)
                .param("p", id)
                .query((rs, n) -> new Agreements.Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Файл не найден"));
    }

    /**
     * Links a practice (the secretariat; a regional operator its own region's practice to a programme its region takes
     * part in) or a competition application (the secretariat). The title is read through the owning module's API.
     */
    @Transactional
    public long link(Actor actor, long id, PartnershipCommands.NewLink l) {
        ProgrammeView p = programme(actor, id);
        boolean takesPart = actor.regionCode() != null && p.regions().contains(actor.regionCode());
        if (!actor.isAdmin() && !(actor.has(ru.praktika.shared.Role.REGIONAL_OPERATOR) && takesPart)) {
            throw new AccessDeniedException("Связать практику с программой может секретариат или совет"
                    + " участвующего в программе региона — свою практику");
        }
        if (l.kind() == null || l.targetId() == null) {
            throw InvalidRequestException.ofFields(Map.of("targetId", "Укажите номер практики или заявки"));
        }
        String title;
        String region;
        if (l.kind() == ProgrammeView.LinkKind.PRACTICE) {
            PracticeCard card = practices
                    .card(l.targetId())
                    .filter(c -> practices.canRead(actor, c.regionCode(), c.municipalities(), c.status()))
                    .orElseThrow(() -> InvalidRequestException.ofFields(
                            Map.of("targetId", "Практика №" + l.targetId() + " не найдена")));
            if (!PartnershipPermissions.canLinkPractice(actor, takesPart, card.regionCode())) {
                throw new AccessDeniedException("Связать практику с программой может секретариат или совет"
                        + " участвующего в программе региона — свою практику");
            }
            title = card.title();
            region = card.regionCode();
        } else {
            PartnershipPermissions.requireSecretariat(actor);
            CompetitionApi.ApplicationTitle a = competition
                    .applicationTitle(l.targetId())
                    .orElseThrow(() -> InvalidRequestException.ofFields(
                            Map.of("targetId", "Заявка №" + l.targetId() + " не найдена")));
            title = a.title() + " (конкурс " + a.year() + " года)";
            region = a.regionCode();
        }
        boolean exists = p.links().stream().anyMatch(x -> x.kind() == l.kind() && x.targetId() == l.targetId());
        if (exists) {
            throw InvalidRequestException.ofFields(Map.of("targetId", "Уже связано с программой"));
        }
        long link = jdbc.sql("""
                        insert into partnership.programme_links (programme_id, kind, target_id, title, region_code,
                                                                 added_by)
                        values (:p, :k, :t, :title, :r, :by) returning id
                        """)
                .param("p", id)
                .param("k", l.kind().name())
                .param("t", l.targetId())
                .param("title", title)
                .param("r", region)
                .param("by", actor.username())
                .query(Long.class)
                .single();
        audit(actor, "programme.link", id, Map.of("kind", l.kind().name(), "target", l.targetId()));
        return link;
    }

    /** Whether the agreement may take programmes (the page offers the form only then). */
    public static boolean takesProgrammes(AgreementState state) {
        return state != AgreementState.TERMINATED && state != AgreementState.EXPIRED;
    }

    private void touch(long id) {
        jdbc.sql("update partnership.programmes set updated_at = now(), version = version + 1 where id = :id")
                .param("id", id)
                .update();
    }

    private void audit(Actor actor, String action, long id, Map<String, ?> details) {
        events.publishEvent(AuditedAction.by(actor, action, "programme", id, details));
    }
}
