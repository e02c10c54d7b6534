package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.competition.ApplicationView;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.CriterionView;
import ru.praktika.competition.ExpertView;
import ru.praktika.competition.NominationView;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeParts;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ReferenceCsv;
import ru.praktika.shared.Role;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * Demo mode only: the 2024 competition run through the same services a year runs through — about 210 applications
 * from 45 regions in its five nominations (some left as drafts, the rest forwarded within the quotas or rejected with a
 * reason), 12 experts (three with declared conflicts), the automatic assignment of the shortlists, every assigned expert's
 * score, the confirmed and published places and prizes; and the 2027 competition announced, with applications of
 * Пермский край as drafts and submitted, and a draft practice of Чайковский городской округ for its municipal operator.
 * The cards are written from the demo practice texts (placeholder {@code {mo}}). Created once; deterministic.
 */
@Component
class DemoCompetition {

    static final int PAST = 2024;
    static final int OPEN = 2027;
    private static final Logger log = LoggerFactory.getLogger(DemoCompetition.class);
    private static final Actor SECRETARIAT = new Actor(0L, "secretariat", Set.of(Role.ADMIN), null, null);

    /** The commission: the demo expert and eleven members (login, name, home region, nominations). */
    private static final List<String[]> EXPERTS = List.of(
            new String[] {"expert", "Эксперт Правления ВАРМСУ (демо)", "77", "N1,N2,N4,N5,N6"},
            new String[] {"commission-01", "Андрей Павлович Белов", "78", "N1,N6"},
            new String[] {"commission-02", "Марина Сергеевна Гришина", "66", "N1,N2"},
            new String[] {"commission-03", "Олег Викторович Данилов", "54", "N2,N5"},
            new String[] {"commission-04", "Елена Игоревна Жукова", "23", "N4,N5"},
            new String[] {"commission-05", "Ирина Александровна Зайцева", "16", "N4,N1"},
            new String[] {"commission-06", "Сергей Николаевич Ковалёв", "59", "N6,N2"},
            new String[] {"commission-07", "Наталья Петровна Лебедева", "63", "N5,N6"},
            new String[] {"commission-08", "Дмитрий Олегович Морозов", "24", "N1,N4"},
            new String[] {"commission-09", "Татьяна Юрьевна Никитина", "02", "N2,N4"},
            new String[] {"commission-10", "Виктор Андреевич Орлов", "36", "N5,N6,N1"},
            new String[] {"commission-11", "Ольга Михайловна Полякова", "52", "N2,N4,N5"});

    private final Competitions competitions;
    private final Applications applications;
    private final FederalStage federal;
    private final CompetitionQueries queries;
    private final PracticeApi practices;
    private final TerritoryApi territory;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean demo;

    DemoCompetition(
            Competitions competitions,
            Applications applications,
            FederalStage federal,
            CompetitionQueries queries,
            PracticeApi practices,
            TerritoryApi territory,
            JdbcClient jdbc,
            TransactionTemplate tx,
            @Value("${praktika.demo:false}") boolean demo) {
        this.competitions = competitions;
        this.applications = applications;
        this.federal = federal;
        this.queries = queries;
        this.practices = practices;
        this.territory = territory;
        this.jdbc = jdbc;
        this.tx = tx;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    public void create() {
        if (!demo
                || jdbc.sql("select count(*) from competition.competitions where demo")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(s -> past());
        long past = System.nanoTime();
        tx.executeWithoutResult(s -> open());
        log.info("Demo competition {} took {} ms", PAST, (past - started) / 1_000_000);
        log.info("Demo competitions {} and {} written in {} ms", PAST, OPEN, (System.nanoTime() - started) / 1_000_000);
    }

    private void past() {
        Random random = new Random(2024);
        long id = competitions.create("secretariat", PAST, false, true);
        CompetitionView c = queries.competition(id).orElseThrow();
        // the year is run with its deadlines ahead, then they are put back to 2024's
        LocalDate ahead = LocalDate.now(Applications.MOSCOW).plusDays(30);
        settings(c, ahead, 10);
        List<CSVRecord> templates = ReferenceCsv.resource("demo/practice_templates.csv");
        List<RegionView> regions = new ArrayList<>(territory.regionsOn(LocalDate.of(PAST, 1, 1)));
        Collections.shuffle(regions, random);
        List<RegionView> chosen = new ArrayList<>(regions.subList(0, 45));
        if (chosen.stream().noneMatch(r -> r.code().equals("59"))) {
            chosen.set(0, territory.requireRegion("59"));
        }
        if (chosen.stream().noneMatch(r -> r.code().equals("16"))) {
            chosen.set(1, territory.requireRegion("16"));
        }
        List<NominationView> nominations = c.nominations();
        int n = 0;
        for (RegionView region : chosen) {
            List<MunicipalityView> first = municipalities(
                    region.code(),
                    List.of(
                            MunicipalityType.URBAN_OKRUG,
                            MunicipalityType.MUNICIPAL_OKRUG,
                            MunicipalityType.URBAN_SETTLEMENT,
                            MunicipalityType.FEDERAL_CITY_TERRITORY));
            List<MunicipalityView> second = municipalities(region.code(), List.of(MunicipalityType.RURAL_SETTLEMENT));
            int count = 3 + random.nextInt(4) + (region.code().equals("59") ? 3 : 0);
            for (int i = 0; i < count; i++) {
                List<MunicipalityView> pool =
                        second.isEmpty() || (random.nextInt(3) > 0 && !first.isEmpty()) ? first : second;
                if (pool.isEmpty()) {
                    continue;
                }
                MunicipalityView mo = pool.get(random.nextInt(pool.size()));
                CSVRecord t = templates.get(random.nextInt(templates.size()));
                NominationView nomination = nominations.get(nominationFor(t, nominations, random));
                Actor council = council(region.code());
                PracticeCard card = practices.create(council, draft(PAST, region.code(), mo, t, random), true);
                ApplicationView a;
                try {
                    a = applications.apply(council, PAST, nomination.code(), card.id());
                } catch (RuntimeException e) {
                    continue; // a municipality the year's rule does not admit
                }
                n++;
                if (random.nextInt(14) == 0) {
                    continue; // left as a draft, never submitted
                }
                applications.answer(council, a.id(), answers(nomination, mo, random), true, a.version());
                applications.submit(council, a.id());
            }
        }
        long t0 = System.nanoTime();
        regionalStage(c, random);
        long t1 = System.nanoTime();
        experts();
        FederalStage.Start start = federal.startScoring(SECRETARIAT, PAST);
        long t2 = System.nanoTime();
        score(c, random);
        long t3 = System.nanoTime();
        log.info(
                "Demo competition {}: regional stage {} ms, start of scoring {} ms, scores {} ms",
                PAST,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000);
        int winners = federal.proposedWinners(SECRETARIAT, PAST).size();
        federal.confirmResults(SECRETARIAT, PAST, winners);
        federal.publish(SECRETARIAT, PAST);
        jdbc.sql("""
                        update competition.competitions set applications_deadline = :a, regional_deadline = :r,
                            federal_deadline = :f, results_confirmed_at = :f, results_published_at = :f
                        where id = :id
                        """)
                .param("a", YearDefaults.applicationsDeadline(PAST))
                .param("r", YearDefaults.regionalDeadline(PAST))
                .param(
                        "f",
                        java.sql.Timestamp.valueOf(
                                YearDefaults.federalDeadline(PAST).atTime(12, 0)))
                .param("id", id)
                .update();
        jdbc.sql("update competition.applications set demo = true where competition_id = :id")
                .param("id", id)
                .update();
        log.info(
                "Demo competition {}: {} applications, {} assignments, {} winners",
                PAST,
                n,
                start.assignments(),
                winners);
    }

    private void settings(CompetitionView c, LocalDate ahead, Integer shortlist) {
        competitions.update(
                SECRETARIAT,
                c.year(),
                new Competitions.Settings(
                        c.title(),
                        ahead,
                        ahead.plusDays(20),
                        ahead.plusDays(60),
                        3,
                        shortlist,
                        "MEAN",
                        true,
                        c.places(),
                        c.associationQuota(),
                        c.version()));
    }

    /** The commissions forward their best within the quota (by the order they rank them) and reject the rest. */
    private void regionalStage(CompetitionView c, Random random) {
        Map<String, List<ApplicationView>> byRegion = new LinkedHashMap<>();
        for (ApplicationView a : applications.applications(
                SECRETARIAT, c.year(), null, ru.praktika.competition.ApplicationStatus.SUBMITTED)) {
            byRegion.computeIfAbsent(a.regionCode(), k -> new ArrayList<>()).add(a);
        }
        for (Map.Entry<String, List<ApplicationView>> e : byRegion.entrySet()) {
            Actor council = council(e.getKey());
            List<ApplicationView> list = e.getValue();
            Map<String, Integer> forwarded = new LinkedHashMap<>();
            int rank = 1;
            for (ApplicationView a : list) {
                applications.rank(council, a.id(), rank++);
                String key = a.nominationCode() + "/" + a.category();
                boolean weak = random.nextInt(6) == 0;
                if (!weak && forwarded.getOrDefault(key, 0) < c.quota(a.nominationCode(), a.category())) {
                    applications.forward(
                            council, a.id(), "Комиссия отметила измеримые результаты и готовность к тиражированию");
                    forwarded.merge(key, 1, Integer::sum);
                } else {
                    applications.reject(
                            council,
                            a.id(),
                            weak
                                    ? "Результаты не подтверждены документами, целевые значения не достигнуты"
                                    : "Квота региона в номинации исчерпана: комиссия направила более сильные заявки");
                }
            }
        }
    }

    private void experts() {
        for (String[] e : EXPERTS) {
            federal.enlist(SECRETARIAT, e[0], e[1], e[2], List.of(e[3].split(",")));
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        for (ExpertView v : federal.experts(SECRETARIAT, PAST)) {
            ids.put(v.username(), v.id());
        }
        federal.declareConflict(
                SECRETARIAT, ids.get("commission-02"), "REGION", "74", "работала в администрации Челябинской области");
        federal.declareConflict(
                SECRETARIAT,
                ids.get("commission-08"),
                "MUNICIPALITY",
                "57735000",
                "член общественного совета Чайковского городского округа");
        federal.declareConflict(
                SECRETARIAT, ids.get("expert"), "REGION", "50", "консультировал администрацию Московской области");
    }

    /** Every assigned expert scores: a mark that follows the formal points with the expert's own judgement. */
    private void score(CompetitionView c, Random random) {
        Map<Long, String> experts = new LinkedHashMap<>();
        jdbc.sql("select id, username from competition.experts").query(rs -> {
            experts.put(rs.getLong(1), rs.getString(2));
        });
        Map<String, Long> mark = new LinkedHashMap<>();
        for (CriterionView k : queries.criteria(c.id(), null)) {
            if (k.expert()) {
                mark.put(k.nominationCode(), k.id());
            }
        }
        List<long[]> pairs = jdbc.sql("""
                        select s.application_id, s.expert_id from competition.assignments s
                        join competition.applications a on a.id = s.application_id
                        where a.competition_id = :c order by s.id
                        """)
                .param("c", c.id())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        for (long[] p : pairs) {
            ApplicationView a = queries.application(p[0]).orElseThrow();
            Actor expert = new Actor(0L, experts.get(p[1]), Set.of(Role.EXPERT), null, null);
            int base = 4 + (a.formalPoints() == null ? 0 : a.formalPoints().intValue());
            int points = Math.max(1, Math.min(10, base + random.nextInt(5) - 1));
            federal.record(
                    expert,
                    a.id(),
                    Map.of(mark.get(a.nominationCode()), BigDecimal.valueOf(points)),
                    Map.of(
                            mark.get(a.nominationCode()),
                            points >= 8
                                    ? "Практика с измеримым эффектом, применима в других МО"
                                    : "Эффект описан, но подтверждён слабо"));
        }
        federal.recompute(c.id());
    }

    private void open() {
        Random random = new Random(2027);
        long id = competitions.create("secretariat", OPEN, false, true);
        List<CSVRecord> templates = ReferenceCsv.resource("demo/practice_templates.csv");
        Actor perm = council("59");
        MunicipalityView chaikovsky = territory.requireMunicipality("57735000");
        Actor municipality = new Actor(0L, "chaikovsky", Set.of(Role.MUNICIPAL_OPERATOR), "59", "57735000");
        PracticeDraft own = draft(2024, "59", chaikovsky, templates.get(7), random);
        practices.create(
                municipality,
                new PracticeDraft(
                        own.year(),
                        own.regionCode(),
                        own.leadMunicipality(),
                        own.municipalities(),
                        "Народный бюджет Чайковского: дворы и скверы по выбору жителей",
                        own.problem(),
                        own.goals(),
                        own.description(),
                        own.periodFrom(),
                        own.periodTo(),
                        own.financing(),
                        own.mechanism(),
                        own.partners(),
                        own.beneficiaries(),
                        own.beneficiariesCount(),
                        own.results(),
                        own.legalActs(),
                        own.links(),
                        own.replicability(),
                        own.lessons(),
                        own.practiceUrl(),
                        "Анна Сергеевна Мельникова",
                        own.contactPosition(),
                        own.contactPhone(),
                        own.contactEmail(),
                        own.version()),
                true);
        List<MunicipalityView> okrugs =
                municipalities("59", List.of(MunicipalityType.URBAN_OKRUG, MunicipalityType.MUNICIPAL_OKRUG));
        CompetitionView c = queries.competition(id).orElseThrow();
        for (int i = 0; i < 4; i++) {
            MunicipalityView mo = okrugs.get(random.nextInt(okrugs.size()));
            if (mo.oktmo().equals("57735000")) {
                continue;
            }
            PracticeCard card = practices.create(
                    perm, draft(2024, "59", mo, templates.get(random.nextInt(templates.size())), random), true);
            NominationView nomination = c.nominations().get(i % c.nominations().size());
            ApplicationView a = applications.apply(perm, OPEN, nomination.code(), card.id());
            if (i % 2 == 0) {
                applications.answer(perm, a.id(), answers(nomination, mo, random), true, a.version());
                applications.submit(perm, a.id());
            }
        }
        jdbc.sql("update competition.applications set demo = true where competition_id = :id")
                .param("id", id)
                .update();
    }

    private static Actor council(String region) {
        String login = switch (region) {
            case "59" -> "perm";
            case "16" -> "tatarstan";
            default -> "smo-" + region;
        };
        return new Actor(0L, login, Set.of(Role.REGIONAL_OPERATOR), region, null);
    }

    private List<MunicipalityView> municipalities(String region, List<MunicipalityType> types) {
        List<MunicipalityView> all = new ArrayList<>();
        for (MunicipalityType type : types) {
            all.addAll(territory
                    .municipalities(region, type.name(), null, false, 0, 60)
                    .items());
        }
        return all;
    }

    /** The nomination closest to the template's national project: housing and cities to N1, culture to N4, … */
    private static int nominationFor(CSVRecord t, List<NominationView> nominations, Random random) {
        String np = t.get("national_project");
        for (int i = 0; i < nominations.size(); i++) {
            if (nominations.get(i).nationalProjects().contains(np) && random.nextInt(4) > 0) {
                return i;
            }
        }
        return random.nextInt(nominations.size());
    }

    private static Map<String, String> answers(NominationView n, MunicipalityView mo, Random random) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(
                "problem",
                "Жители муниципального образования «" + mo.name() + "» годами обращались с этой проблемой; решить её"
                        + " одними бюджетными средствами было нельзя.");
        a.put(
                "effect",
                "Показатель практики вырос в " + (2 + random.nextInt(4)) + " раза за два года; обращений жителей"
                        + " стало меньше на " + (20 + random.nextInt(60)) + " %.");
        a.put("residents", String.valueOf(50 + random.nextInt(3000)));
        a.put("replicable", "да");
        n.questions().stream()
                .filter(q -> !a.containsKey(q.key()))
                .forEach(q -> a.put(
                        q.key(),
                        switch (q.kind()) {
                            case "NUMBER" -> String.valueOf(1 + random.nextInt(40));
                            case "YES_NO" -> random.nextBoolean() ? "да" : "нет";
                            default -> "Платформа обратной связи, опросы на портале, встречи с ТОС.";
                        }));
        return a;
    }

    private static PracticeDraft draft(int year, String region, MunicipalityView lead, CSVRecord t, Random random) {
        String mo = lead.name();
        Mechanism mechanism = Mechanism.valueOf(t.get("mechanism"));
        BigDecimal total = BigDecimal.valueOf(400_000L + random.nextInt(80) * 250_000L);
        double extraShare = switch (mechanism) {
            case CONCESSION -> 0.55 + random.nextInt(40) / 100.0;
            case PPP -> 0.35 + random.nextInt(45) / 100.0;
            case GRANT -> 0.4 + random.nextInt(40) / 100.0;
            case INITIATIVE_BUDGETING -> 0.05 + random.nextInt(20) / 100.0;
            case TOS, VOLUNTEERS -> 0.15 + random.nextInt(35) / 100.0;
            case BUDGET -> random.nextInt(3) == 0 ? 0.03 : 0;
        };
        BigDecimal extra = total.multiply(BigDecimal.valueOf(extraShare)).setScale(0, RoundingMode.HALF_UP);
        List<PracticeParts.FinancingRow> money = new ArrayList<>();
        money.add(new PracticeParts.FinancingRow(FinancingSource.LOCAL, total.subtract(extra)));
        if (extra.signum() > 0) {
            money.add(new PracticeParts.FinancingRow(FinancingSource.EXTRA_BUDGETARY, extra));
        }
        BigDecimal base = new BigDecimal(t.get("base_value"));
        BigDecimal target = new BigDecimal(t.get("target_value"));
        BigDecimal actual = random.nextInt(4) == 0
                ? base.add(target).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP)
                : new BigDecimal(t.get("actual_value"));
        return new PracticeDraft(
                year,
                region,
                lead.oktmo(),
                List.of(),
                t.get("title").replace("{mo}", mo),
                t.get("problem").replace("{mo}", mo),
                t.get("goals").replace("{mo}", mo),
                t.get("description").replace("{mo}", mo),
                LocalDate.of(year - 1, 3, 1),
                LocalDate.of(year, 10, 30),
                money,
                mechanism,
                t.get("partners"),
                t.get("beneficiaries"),
                total.intValue() / 3_000,
                List.of(new PracticeParts.ResultRow(
                        t.get("indicator"), t.get("unit"), base, year - 1, target, actual, year)),
                List.of(),
                List.of(PracticeParts.LinkRow.of(
                        t.get("national_project"), t.get("federal_project"), null, null, null)),
                t.get("replicability"),
                t.get("lessons"),
                null,
                "Отдел по развитию территории администрации «" + mo + "»",
                "начальник отдела",
                null,
                null,
                null);
    }
}
