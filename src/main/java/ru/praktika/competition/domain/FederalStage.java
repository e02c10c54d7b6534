package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.ApplicationMoved;
import ru.praktika.competition.ApplicationStatus;
import ru.praktika.competition.ApplicationView;
import ru.praktika.competition.AssignmentView;
import ru.praktika.competition.CompetitionPhase;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.CriterionView;
import ru.praktika.competition.ExpertAssigned;
import ru.praktika.competition.ExpertFile;
import ru.praktika.competition.ExpertView;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeParts;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.territory.TerritoryApi;

/**
 * The federal stage: the pool of experts and their declared conflicts; the start of scoring (formal points from the
 * cards, the shortlist, the automatic balanced assignment); reassignment; the experts' scores; the ranking; the
 * confirmation of places and prizes in bulk and their publication. No expert is ever assigned, shown or allowed to
 * score an application of their home region or one they declared a conflict with: {@link Assignment#free} is checked
 * when assigning, when showing and when scoring. Every write is audited.
 */
@Service
public class FederalStage {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final CompetitionQueries queries;
    private final PracticeApi practices;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;

    FederalStage(
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate template,
            CompetitionQueries queries,
            PracticeApi practices,
            TerritoryApi territory,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.queries = queries;
        this.practices = practices;
        this.territory = territory;
        this.events = events;
    }

    // ---- the pool ----------------------------------------------------------------------------------------------

    /** The pool with each expert's load in a year. */
    @Transactional(readOnly = true)
    public List<ExpertView> experts(Actor actor, int year) {
        Competitions.requireSecretariat(actor);
        return expertsWithLoad(competition(year).id());
    }

    List<ExpertView> expertsWithLoad(long competitionId) {
        return jdbc.sql("""
                        select e.id, e.username, e.full_name, e.home_region, e.competences, e.active,
                               coalesce(array(select k.kind || ':' || k.value from competition.conflicts k
                                              where k.expert_id = e.id order by k.id), '{}') as conflicts,
                               (select count(*) from competition.assignments s
                                join competition.applications a on a.id = s.application_id
                                where s.expert_id = e.id and a.competition_id = :c) as load
                        from competition.experts e order by e.full_name, e.id
                        """)
                .param("c", competitionId)
                .query((rs, i) -> new ExpertView(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("home_region"),
                        List.of((String[]) rs.getArray("competences").getArray()),
                        List.of((String[]) rs.getArray("conflicts").getArray()),
                        rs.getBoolean("active"),
                        rs.getInt("load")))
                .list();
    }

    /** Adds a user of the platform to the pool (or changes their region and competences). */
    @Transactional
    public ExpertView enlist(
            Actor actor, String username, String fullName, String homeRegion, List<String> competences) {
        Competitions.requireSecretariat(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        if (username == null || username.isBlank() || username.length() > 100) {
            errors.put("username", "Укажите логин эксперта");
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 300) {
            errors.put("fullName", "Укажите фамилию, имя и отчество эксперта");
        }
        if (homeRegion == null || territory.region(homeRegion).isEmpty()) {
            errors.put("homeRegion", "Укажите регион эксперта");
        }
        List<String> codes = competences == null
                ? List.of()
                : competences.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        if (codes.isEmpty() || codes.stream().anyMatch(c -> !c.matches("N[0-9]{1,2}"))) {
            errors.put("competences", "Отметьте номинации, в которых эксперт компетентен");
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        long id = jdbc.sql("""
                        insert into competition.experts (username, full_name, home_region, competences)
                        values (:u, :n, :r, :c)
                        on conflict (username) do update set full_name = :n, home_region = :r, competences = :c,
                            active = true
                        returning id
                        """)
                .param("u", username.strip())
                .param("n", fullName.strip())
                .param("r", homeRegion)
                .param("c", codes.toArray(String[]::new))
                .query(Long.class)
                .single();
        events.publishEvent(AuditedAction.by(
                actor,
                "expert.enlist",
                "expert",
                id,
                Map.of("username", username.strip(), "homeRegion", homeRegion, "competences", codes)));
        return expertsWithLoad(-1).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Records a conflict of interest an expert declared: a municipality (OKTMO), a region or an organisation. */
    @Transactional
    public void declareConflict(Actor actor, long expertId, String kind, String value, String note) {
        boolean self = actor.has(Role.EXPERT)
                && expertId(actor).map(id -> id == expertId).orElse(false);
        if (!actor.isAdmin() && !self) {
            throw new AccessDeniedException("Конфликт интересов заявляет сам эксперт или секретариат");
        }
        String v = value == null ? "" : value.strip();
        String error = switch (kind == null ? "" : kind) {
            case "MUNICIPALITY" ->
                territory.municipality(v).isPresent() ? null : "Нет муниципального образования с ОКТМО «" + v + "»";
            case "REGION" -> territory.region(v).isPresent() ? null : "Нет региона с кодом «" + v + "»";
            case "ORGANIZATION" -> v.matches("[0-9]{1,18}") ? null : "Укажите номер организации";
            default -> "Конфликт интересов — с муниципальным образованием, регионом или организацией";
        };
        if (error != null) {
            throw InvalidRequestException.ofFields(Map.of("value", error));
        }
        jdbc.sql("""
                        insert into competition.conflicts (expert_id, kind, value, note) values (:e, :k, :v, :n)
                        on conflict (expert_id, kind, value) do update set note = :n
                        """)
                .param("e", expertId)
                .param("k", kind)
                .param("v", v)
                .param("n", note == null || note.isBlank() ? null : note.strip())
                .update();
        // an assignment the conflict now forbids is withdrawn (with its scores)
        int withdrawn = 0;
        for (Long a : conflictingAssignments(expertId)) {
            withdrawn += jdbc.sql("delete from competition.assignments where id = :id")
                    .param("id", a)
                    .update();
        }
        events.publishEvent(AuditedAction.by(
                actor,
                "expert.conflict",
                "expert",
                expertId,
                Map.of("kind", kind, "value", v, "withdrawnAssignments", withdrawn)));
    }

    private List<Long> conflictingAssignments(long expertId) {
        Assignment.Expert e = poolExperts().stream()
                .filter(x -> x.id() == expertId)
                .findFirst()
                .orElseThrow();
        List<Long> out = new ArrayList<>();
        jdbc.sql("""
                        select s.id, a.nomination_code, a.oktmo, a.region_code, a.applicant_organization_id
                        from competition.assignments s join competition.applications a on a.id = s.application_id
                        where s.expert_id = :e
                        """).param("e", expertId).query(rs -> {
            Assignment.Target t = new Assignment.Target(
                    0, rs.getString(2), rs.getString(3), rs.getString(4), (Long) rs.getObject(5), Set.of());
            if (!Assignment.free(e, t)) {
                out.add(rs.getLong(1));
            }
        });
        return out;
    }

    List<Assignment.Expert> poolExperts() {
        Map<Long, Set<String>> conflicts = new HashMap<>();
        jdbc.sql("select expert_id, kind || ':' || value from competition.conflicts")
                .query(rs -> {
                    conflicts
                            .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql("select id, home_region, competences from competition.experts where active order by id")
                .query((rs, i) -> new Assignment.Expert(
                        rs.getLong(1),
                        rs.getString(2),
                        new HashSet<>(Arrays.asList((String[]) rs.getArray(3).getArray())),
                        conflicts.getOrDefault(rs.getLong(1), Set.of())))
                .list();
    }

    java.util.Optional<Long> expertId(Actor actor) {
        return jdbc.sql("select id from competition.experts where username = :u and active")
                .param("u", actor.username())
                .query(Long.class)
                .optional();
    }

    // ---- scoring starts ----------------------------------------------------------------------------------------

    /** What starting the federal stage did. */
    public record Start(int applications, int shortlisted, int assignments, List<Long> shortOfExperts) {}

    /**
     * Starts the federal stage: formal points of every forwarded application from its card, the shortlist (top N per
     * nomination and category by formal points), and the automatic assignment of the shortlist.
     */
    @Transactional
    public Start startScoring(Actor actor, int year) {
        Competitions.requireSecretariat(actor);
        CompetitionView c = competition(year);
        Competitions.requireApplicationsPhase(c, "Федеральный этап конкурса " + year + " года уже начат");
        int n = formalPoints(c);
        int shortlisted = shortlist(c);
        jdbc.sql("update competition.competitions set phase = 'SCORING', version = version + 1 where id = :id")
                .param("id", c.id())
                .update();
        Assigned assigned = assignAll(actor, competition(year));
        recompute(c.id());
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.startScoring",
                "competition",
                c.id(),
                Map.of("applications", n, "shortlisted", shortlisted, "assignments", assigned.count())));
        return new Start(n, shortlisted, assigned.count(), assigned.shortOfExperts());
    }

    /** Computes the formal points of the forwarded applications from their cards; returns how many. */
    int formalPoints(CompetitionView c) {
        List<Object[]> rows = jdbc.sql("""
                        select id, practice_id, nomination_code from competition.applications
                        where competition_id = :c and status in ('FORWARDED', 'WINNER', 'NOT_AWARDED')
                          and practice_id is not null
                        """)
                .param("c", c.id())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})
                .list();
        Map<String, List<CriterionView>> criteria = new HashMap<>();
        for (CriterionView k : queries.criteria(c.id(), null)) {
            criteria.computeIfAbsent(k.nominationCode(), x -> new ArrayList<>()).add(k);
        }
        List<Object[]> updates = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += 500) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            Map<Long, PracticeCard> cards = new HashMap<>();
            practices.cards(chunk.stream().map(r -> (Long) r[1]).toList()).forEach(p -> cards.put(p.id(), p));
            for (Object[] r : chunk) {
                PracticeCard card = cards.get((Long) r[1]);
                BigDecimal total = BigDecimal.ZERO;
                if (card != null) {
                    for (CriterionView k : criteria.getOrDefault((String) r[2], List.of())) {
                        if (!k.expert()) {
                            total = total.add(
                                    FormulaCriteria.value(k.formula(), card).multiply(k.weight()));
                        }
                    }
                }
                updates.add(new Object[] {total.setScale(3, RoundingMode.HALF_UP), r[0]});
            }
        }
        batchUpdate("update competition.applications set formal_points = ? where id = ?", updates);
        return rows.size();
    }

    /** Marks the top N per nomination and category by formal points (all, without a size); returns how many. */
    int shortlist(CompetitionView c) {
        Map<String, List<Ranking.Entry>> groups = groups(c.id(), "status = 'FORWARDED'");
        List<Object[]> updates = new ArrayList<>();
        int count = 0;
        for (List<Ranking.Entry> g : groups.values()) {
            g.sort(Ranking.FORMAL);
            for (int i = 0; i < g.size(); i++) {
                boolean in = c.shortlistSize() == null || i < c.shortlistSize();
                count += in ? 1 : 0;
                updates.add(new Object[] {in, g.get(i).id()});
            }
        }
        batchUpdate("update competition.applications set shortlisted = ? where id = ?", updates);
        return count;
    }

    private Map<String, List<Ranking.Entry>> groups(long competitionId, String condition) {
        Map<String, List<Ranking.Entry>> groups = new LinkedHashMap<>();
        jdbc.sql("select id, nomination_code, category, formal_points, expert_points, submitted_at"
                        + " from competition.applications where competition_id = :c and " + condition
                        + " order by id")
                .param("c", competitionId)
                .query(rs -> {
                    java.sql.Timestamp s = rs.getTimestamp(6);
                    groups.computeIfAbsent(rs.getString(2) + "/" + rs.getString(3), k -> new ArrayList<>())
                            .add(new Ranking.Entry(
                                    rs.getLong(1),
                                    rs.getBigDecimal(4),
                                    rs.getBigDecimal(5),
                                    s == null ? null : s.toInstant()));
                });
        return groups;
    }

    private void batchUpdate(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }

    // ---- assignment --------------------------------------------------------------------------------------------

    record Assigned(int count, List<Long> shortOfExperts) {}

    /** Fills every shortlisted application up to k experts (again after the pool or conflicts changed). */
    @Transactional
    public Start assign(Actor actor, int year) {
        Competitions.requireSecretariat(actor);
        CompetitionView c = competition(year);
        requireScoring(c);
        Assigned a = assignAll(actor, c);
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.assign",
                "competition",
                c.id(),
                Map.of(
                        "assignments",
                        a.count(),
                        "shortOfExperts",
                        a.shortOfExperts().size())));
        return new Start(0, 0, a.count(), a.shortOfExperts());
    }

    Assigned assignAll(Actor actor, CompetitionView c) {
        Map<Long, Set<Long>> already = new HashMap<>();
        Map<Long, Integer> load = new HashMap<>();
        jdbc.sql("""
                        select s.application_id, s.expert_id from competition.assignments s
                        join competition.applications a on a.id = s.application_id where a.competition_id = :c
                        """).param("c", c.id()).query(rs -> {
            already.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
            load.merge(rs.getLong(2), 1, Integer::sum);
        });
        List<Assignment.Target> targets = jdbc.sql("""
                        select id, nomination_code, oktmo, region_code, applicant_organization_id
                        from competition.applications
                        where competition_id = :c and status = 'FORWARDED' and shortlisted order by id
                        """)
                .param("c", c.id())
                .query((rs, i) -> new Assignment.Target(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        (Long) rs.getObject(5),
                        already.getOrDefault(rs.getLong(1), Set.of())))
                .list();
        Map<Long, List<Long>> pairs = Assignment.assign(targets, poolExperts(), c.expertsPerApplication(), load);
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Integer> perExpert = new LinkedHashMap<>();
        List<Long> shortOf = new ArrayList<>();
        for (Assignment.Target t : targets) {
            List<Long> experts = pairs.getOrDefault(t.id(), List.of());
            if (t.already().size() + experts.size() < c.expertsPerApplication()) {
                shortOf.add(t.id());
            }
            for (Long e : experts) {
                rows.add(new Object[] {t.id(), e, actor.username()});
                perExpert.merge(e, 1, Integer::sum);
            }
        }
        batchUpdate(
                "insert into competition.assignments (application_id, expert_id, assigned_by) values (?, ?, ?)", rows);
        Map<Long, String> logins = new HashMap<>();
        jdbc.sql("select id, username from competition.experts").query(rs -> {
            logins.put(rs.getLong(1), rs.getString(2));
        });
        perExpert.forEach((e, n) -> events.publishEvent(new ExpertAssigned(c.year(), logins.get(e), n)));
        return new Assigned(rows.size(), shortOf);
    }

    /** Gives one assignment to another eligible expert (its scores, if any, are dropped). */
    @Transactional
    public void reassign(Actor actor, long assignmentId, long expertId) {
        Competitions.requireSecretariat(actor);
        Object[] row = jdbc.sql("""
                        select s.application_id, s.expert_id from competition.assignments s where s.id = :id
                        """)
                .param("id", assignmentId)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2)})
                .optional()
                .orElseThrow(() -> new NotFoundException("Назначение №" + assignmentId + " не найдено"));
        ApplicationView a = queries.application((Long) row[0]).orElseThrow();
        requireScoring(queries.competition(a.competitionId()).orElseThrow());
        Assignment.Expert e = poolExperts().stream()
                .filter(x -> x.id() == expertId)
                .findFirst()
                .orElseThrow(() -> InvalidRequestException.ofFields(Map.of("expert", "Нет такого эксперта в пуле")));
        Set<Long> already =
                new HashSet<>(jdbc.sql("select expert_id from competition.assignments where application_id = :a")
                        .param("a", a.id())
                        .query(Long.class)
                        .list());
        if (!Assignment.eligible(e, target(a, already))) {
            throw new ConflictException("Этому эксперту заявку назначить нельзя: его регион, заявленный конфликт"
                    + " интересов, другая компетенция или он уже её оценивает");
        }
        jdbc.sql("delete from competition.assignments where id = :id")
                .param("id", assignmentId)
                .update();
        jdbc.sql("insert into competition.assignments (application_id, expert_id, assigned_by) values (:a, :e, :by)")
                .param("a", a.id())
                .param("e", expertId)
                .param("by", actor.username())
                .update();
        recompute(a.competitionId());
        events.publishEvent(AuditedAction.by(
                actor, "application.reassign", "application", a.id(), Map.of("from", row[1], "to", expertId)));
        String login = jdbc.sql("select username from competition.experts where id = :e")
                .param("e", expertId)
                .query(String.class)
                .single();
        events.publishEvent(new ExpertAssigned(a.year(), login, 1));
    }

    /** The application as the conflict rule sees it, with the applicant's organisation (a declared conflict too). */
    private Assignment.Target target(ApplicationView a, Set<Long> already) {
        Long org = jdbc.sql("select applicant_organization_id from competition.applications where id = :id")
                .param("id", a.id())
                .query((rs, i) -> (Long) rs.getObject(1))
                .optional()
                .orElse(null);
        return new Assignment.Target(a.id(), a.nominationCode(), a.oktmo(), a.regionCode(), org, already);
    }

    /** The assignments of applications (for the secretariat's page), by application. */
    @Transactional(readOnly = true)
    public Map<Long, List<AssignmentView>> assignments(Actor actor, int year) {
        Competitions.requireSecretariat(actor);
        Map<Long, List<AssignmentView>> m = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.id, s.application_id, s.expert_id, e.full_name, s.submitted_at,
                               (select sum(x.points * k.weight) from competition.scores x
                                join competition.criteria k on k.id = x.criterion_id
                                where x.assignment_id = s.id) as points
                        from competition.assignments s
                        join competition.applications a on a.id = s.application_id
                        join competition.experts e on e.id = s.expert_id
                        where a.competition_id = :c order by s.application_id, e.full_name
                        """).param("c", competition(year).id()).query(rs -> {
            java.sql.Timestamp t = rs.getTimestamp(5);
            m.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                    .add(new AssignmentView(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            t == null ? null : t.toInstant(),
                            rs.getBigDecimal(6)));
        });
        return m;
    }

    // ---- the expert's side -------------------------------------------------------------------------------------

    /** What the expert must score in a year: only in the scoring phase, only theirs, blinded in blind mode. */
    @Transactional(readOnly = true)
    public List<ApplicationView> assigned(Actor actor, int year) {
        CompetitionView c = competition(year);
        long expert = requireExpert(actor);
        if (!CompetitionPermissions.scoringOpen(c)) {
            return List.of();
        }
        Assignment.Expert e =
                poolExperts().stream().filter(x -> x.id() == expert).findFirst().orElseThrow();
        List<ApplicationView> mine = queries.applications(c.id(), """
                        exists (select 1 from competition.assignments s where s.application_id = a.id
                                and s.expert_id = :expert) and a.status = 'FORWARDED'
                        """, Map.of("expert", expert)).stream()
                .filter(a -> Assignment.free(e, target(a, Set.of())))
                .toList();
        if (!c.blind()) {
            return mine;
        }
        Map<Long, PracticeCard> cards = new HashMap<>();
        practices
                .cards(mine.stream()
                        .map(ApplicationView::practiceId)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .forEach(p -> cards.put(p.id(), p));
        return mine.stream()
                .map(a -> a.blinded(blindFor(a, cards.get(a.practiceId())).apply(a.title()), Map.of()))
                .toList();
    }

    /** Whether the expert has submitted their scores of the application. */
    @Transactional(readOnly = true)
    public Set<Long> scoredBy(Actor actor, int year) {
        long expert = requireExpert(actor);
        return new HashSet<>(jdbc.sql("""
                        select s.application_id from competition.assignments s
                        join competition.applications a on a.id = s.application_id
                        join competition.competitions c on c.id = a.competition_id
                        where s.expert_id = :e and c.year = :y and s.submitted_at is not null
                        """)
                .param("e", expert)
                .param("y", year)
                .query(Long.class)
                .list());
    }

    /** The expert's file of an assigned application, blinded in blind mode. */
    @Transactional(readOnly = true)
    public ExpertFile file(Actor actor, long applicationId) {
        Scoring s = scoringCase(actor, applicationId);
        ApplicationView a = s.application();
        CompetitionView c = s.competition();
        PracticeCard card =
                a.practiceId() == null ? null : practices.card(a.practiceId()).orElse(null);
        BlindText blind = c.blind() ? blindFor(a, card) : null;
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> facts = new LinkedHashMap<>();
        if (card != null) {
            put(texts, "Проблема", card.problem(), blind);
            put(texts, "Цели и задачи", card.goals(), blind);
            put(texts, "Что сделано", card.description(), blind);
            put(texts, "Партнёры", card.partners(), blind);
            put(texts, "Благополучатели", card.beneficiaries(), blind);
            put(texts, "Условия тиражирования", card.replicability(), blind);
            put(texts, "Риски и уроки", card.lessons(), blind);
            if (card.totalFinancingRub() != null) {
                facts.put("Финансирование, всего", RussianNumbers.format(card.totalFinancingRub(), 2) + " руб.");
            }
            if (card.extraBudgetaryShare() != null) {
                facts.put(
                        "Доля внебюджетных средств",
                        RussianNumbers.percent(card.extraBudgetaryShare().doubleValue()));
            }
            facts.put(
                    "Механизм",
                    card.mechanism() == null ? "—" : ru.praktika.practice.CardTexts.MECHANISMS.get(card.mechanism()));
            facts.put("Межмуниципальная", card.interMunicipal() ? "да" : "нет");
            int i = 0;
            for (PracticeParts.ResultRow r : card.results()) {
                i++;
                facts.put(
                        "Результат " + i,
                        (blind == null ? r.indicator() : blind.apply(r.indicator())) + ": "
                                + number(r.baseValue()) + " → цель " + number(r.targetValue()) + " → факт "
                                + number(r.actualValue()) + (r.unit() == null ? "" : " " + r.unit()));
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        a.answers().forEach((k, v) -> answers.put(k, blind == null ? v : blind.apply(v)));
        ApplicationView shown = c.blind()
                ? new ApplicationView(
                        a.id(),
                        a.competitionId(),
                        a.year(),
                        a.nominationCode(),
                        null,
                        blind.apply(a.title()),
                        null,
                        null,
                        null,
                        null,
                        a.category(),
                        answers,
                        a.declaration(),
                        false,
                        a.status(),
                        null,
                        null,
                        a.formalPoints(),
                        a.shortlisted(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        a.submittedAt(),
                        a.version())
                : a;
        List<CriterionView> criteria = queries.criteria(c.id(), a.nominationCode());
        Map<String, BigDecimal> formal = new LinkedHashMap<>();
        for (CriterionView k : criteria) {
            if (!k.expert() && card != null) {
                formal.put(k.code(), FormulaCriteria.value(k.formula(), card).multiply(k.weight()));
            }
        }
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        Map<Long, String> comments = new LinkedHashMap<>();
        jdbc.sql("select criterion_id, points, comment from competition.scores where assignment_id = :s")
                .param("s", s.assignmentId())
                .query(rs -> {
                    scores.put(rs.getLong(1), rs.getBigDecimal(2));
                    if (rs.getString(3) != null) {
                        comments.put(rs.getLong(1), rs.getString(3));
                    }
                });
        String nomination =
                c.nomination(a.nominationCode()).map(n -> n.shortTitle()).orElse(a.nominationCode());
        return new ExpertFile(
                shown, nomination, c.blind(), texts, facts, criteria, formal, scores, comments, s.submitted());
    }

    private static String number(BigDecimal v) {
        return v == null ? "—" : RussianNumbers.format(v, 2);
    }

    private static void put(Map<String, String> texts, String label, String text, BlindText blind) {
        if (text != null && !text.isBlank()) {
            texts.put(label, blind == null ? text : blind.apply(text));
        }
    }

    private BlindText blindFor(ApplicationView a, PracticeCard card) {
        List<String> names = new ArrayList<>();
        names.add(a.municipalityName());
        if (a.regionCode() != null) {
            territory.region(a.regionCode()).ifPresent(r -> {
                names.add(r.name());
                names.add(r.fullName());
            });
        }
        List<String> codes = new ArrayList<>();
        codes.add(a.oktmo());
        if (card != null) {
            names.add(card.contactName());
            card.municipalities().forEach(o -> territory.municipality(o).ifPresent(m -> names.add(m.name())));
            codes.addAll(card.municipalities());
            if (card.contactEmail() != null) {
                codes.add(card.contactEmail());
            }
            if (card.contactPhone() != null) {
                codes.add(card.contactPhone());
            }
            if (card.practiceUrl() != null) {
                codes.add(card.practiceUrl());
            }
        }
        return BlindText.hiding(names, codes);
    }

    record Scoring(ApplicationView application, CompetitionView competition, long assignmentId, boolean submitted) {}

    /**
     * The assignment through which the expert works on an application: refused unless assigned, in the scoring phase,
     * and free of the conflict rule; to anybody else the application is not found.
     */
    private Scoring scoringCase(Actor actor, long applicationId) {
        long expert = requireExpert(actor);
        ApplicationView a = queries.application(applicationId)
                .orElseThrow(() -> new NotFoundException("Заявка №" + applicationId + " не найдена"));
        Object[] s = jdbc.sql("select id, submitted_at is not null from competition.assignments"
                        + " where application_id = :a and expert_id = :e")
                .param("a", applicationId)
                .param("e", expert)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getBoolean(2)})
                .optional()
                .orElseThrow(() -> new NotFoundException("Заявка №" + applicationId + " не найдена"));
        Assignment.Expert e =
                poolExperts().stream().filter(x -> x.id() == expert).findFirst().orElseThrow();
        if (!Assignment.free(e, target(a, Set.of()))) {
            throw new NotFoundException("Заявка №" + applicationId + " не найдена");
        }
        CompetitionView c = queries.competition(a.competitionId()).orElseThrow();
        if (!CompetitionPermissions.scoringOpen(c) || a.status() != ApplicationStatus.FORWARDED) {
            throw new ConflictException("Оценка заявок конкурса " + c.year() + " года закрыта");
        }
        return new Scoring(a, c, (Long) s[0], (Boolean) s[1]);
    }

    private long requireExpert(Actor actor) {
        if (!actor.has(Role.EXPERT)) {
            throw new AccessDeniedException("Заявки оценивают эксперты конкурсной комиссии");
        }
        return expertId(actor)
                .orElseThrow(() ->
                        new AccessDeniedException("Вы не включены в пул экспертов конкурса; обратитесь в секретариат"));
    }

    /**
     * The expert's points on every expert criterion of the nomination, each within its range, with optional comments;
     * may be changed until the scoring phase ends.
     */
    @Transactional
    public void score(Actor actor, long applicationId, Map<Long, BigDecimal> points, Map<Long, String> comments) {
        Scoring s = record(actor, applicationId, points, comments);
        recompute(s.competition().id());
    }

    /** Records the expert's points without ranking again (the demo ranks once after all its scores). */
    Scoring record(Actor actor, long applicationId, Map<Long, BigDecimal> points, Map<Long, String> comments) {
        Scoring s = scoringCase(actor, applicationId);
        List<CriterionView> criteria = queries
                .criteria(s.competition().id(), s.application().nominationCode())
                .stream()
                .filter(CriterionView::expert)
                .toList();
        Map<String, String> errors = new LinkedHashMap<>();
        for (CriterionView k : criteria) {
            BigDecimal p = points == null ? null : points.get(k.id());
            if (p == null) {
                errors.put("points." + k.id(), "Оцените критерий «" + k.title() + "»");
            } else if (p.compareTo(k.minPoints()) < 0 || p.compareTo(k.maxPoints()) > 0) {
                errors.put(
                        "points." + k.id(),
                        "«" + k.title() + "»: оценка от " + RussianNumbers.format(k.minPoints(), 2) + " до "
                                + RussianNumbers.format(k.maxPoints(), 2) + ", а не " + RussianNumbers.format(p, 2));
            } else if (p.scale() > 2 && p.stripTrailingZeros().scale() > 2) {
                errors.put("points." + k.id(), "«" + k.title() + "»: не больше двух знаков после запятой");
            }
            String comment = comments == null ? null : comments.get(k.id());
            if (comment != null && comment.length() > 2000) {
                errors.put("comments." + k.id(), "«" + k.title() + "»: комментарий не длиннее 2 000 знаков");
            }
        }
        if (points != null) {
            for (Long id : points.keySet()) {
                if (criteria.stream().noneMatch(k -> k.id() == id)) {
                    errors.put("points." + id, "Критерий №" + id + " не оценивается экспертом в этой номинации");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Оценка не сохранена", errors);
        }
        for (CriterionView k : criteria) {
            String comment = comments == null ? null : comments.get(k.id());
            jdbc.sql("""
                            insert into competition.scores (assignment_id, criterion_id, points, comment)
                            values (:s, :k, :p, :c)
                            on conflict (assignment_id, criterion_id) do update set points = :p, comment = :c,
                                scored_at = now()
                            """)
                    .param("s", s.assignmentId())
                    .param("k", k.id())
                    .param("p", points.get(k.id()))
                    .param("c", comment == null || comment.isBlank() ? null : comment.strip())
                    .update();
        }
        jdbc.sql("update competition.assignments set submitted_at = now() where id = :id")
                .param("id", s.assignmentId())
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        points.forEach((k, v) -> details.put(String.valueOf(k), v));
        events.publishEvent(
                AuditedAction.by(actor, "application.score", "application", applicationId, Map.of("points", details)));
        return s;
    }

    /**
     * The experts' aggregated points and the rank of every application in its nomination and category (one pass over
     * the competition: two reads and two batch updates).
     */
    @Transactional
    public void recompute(long competitionId) {
        CompetitionView c = queries.competition(competitionId).orElseThrow();
        Map<Long, List<BigDecimal>> byApplication = new HashMap<>();
        jdbc.sql("""
                        select s.application_id, sum(x.points * k.weight)
                        from competition.assignments s
                        join competition.applications a on a.id = s.application_id
                        join competition.scores x on x.assignment_id = s.id
                        join competition.criteria k on k.id = x.criterion_id
                        where a.competition_id = :c and s.submitted_at is not null
                        group by s.id, s.application_id
                        """).param("c", competitionId).query(rs -> {
            byApplication.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getBigDecimal(2));
        });
        List<Object[]> expertUpdates = new ArrayList<>();
        Map<String, List<Ranking.Entry>> groups =
                groups(competitionId, "status in ('FORWARDED', 'WINNER', 'NOT_AWARDED')");
        List<Object[]> rankUpdates = new ArrayList<>();
        for (List<Ranking.Entry> g : groups.values()) {
            List<Ranking.Entry> withPoints = new ArrayList<>();
            for (Ranking.Entry e : g) {
                BigDecimal p = Ranking.aggregate(byApplication.getOrDefault(e.id(), List.of()), c.aggregation());
                expertUpdates.add(new Object[] {p, e.id()});
                withPoints.add(new Ranking.Entry(e.id(), e.formalPoints(), p, e.submittedAt()));
            }
            List<Ranking.Entry> ranked = Ranking.ranked(withPoints);
            for (int i = 0; i < ranked.size(); i++) {
                rankUpdates.add(new Object[] {i + 1, ranked.get(i).id()});
            }
        }
        batchUpdate("update competition.applications set expert_points = ? where id = ?", expertUpdates);
        batchUpdate("update competition.applications set rank = ? where id = ?", rankUpdates);
    }

    // ---- results -----------------------------------------------------------------------------------------------

    /** What confirming would do: the winners per nomination and category now. */
    @Transactional(readOnly = true)
    public List<ApplicationView> proposedWinners(Actor actor, int year) {
        Competitions.requireSecretariat(actor);
        CompetitionView c = competition(year);
        return queries.applications(
                c.id(),
                "a.status = 'FORWARDED' and a.expert_points is not null and a.rank <= :places",
                Map.of("places", c.places()));
    }

    /**
     * Confirms the ranking in bulk: the first places (with expert points) in each nomination and category win, with
     * their prize; the other forwarded applications take part without a place. {@code expectedWinners} is the number
     * the secretariat saw in the confirmation; if the ranking changed since, nothing is done.
     */
    @Transactional
    public int confirmResults(Actor actor, int year, int expectedWinners) {
        Competitions.requireSecretariat(actor);
        CompetitionView c = competition(year);
        requireScoring(c);
        recompute(c.id());
        List<ApplicationView> winners = proposedWinners(actor, year);
        if (winners.size() != expectedWinners) {
            throw new ConflictException("Итоги изменились с момента подтверждения (победителей " + winners.size()
                    + ", а не " + expectedWinners + "); проверьте рейтинг ещё раз");
        }
        if (winners.isEmpty()) {
            throw new ConflictException("Нет ни одной оценённой заявки: утверждать нечего");
        }
        List<Object[]> updates = new ArrayList<>();
        for (ApplicationView w : winners) {
            updates.add(new Object[] {w.rank(), c.prize(w.nominationCode(), w.category(), w.rank()), w.id()});
        }
        batchUpdate(
                "update competition.applications set status = 'WINNER', place = ?, prize_rub = ?,"
                        + " version = version + 1 where id = ?",
                updates);
        int others = jdbc.sql("update competition.applications set status = 'NOT_AWARDED', version = version + 1"
                        + " where competition_id = :c and status = 'FORWARDED'")
                .param("c", c.id())
                .update();
        jdbc.sql("update competition.competitions set phase = 'RESULTS', results_confirmed_at = now(),"
                        + " version = version + 1 where id = :id")
                .param("id", c.id())
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.confirmResults",
                "competition",
                c.id(),
                Map.of("winners", winners.size(), "notAwarded", others)));
        return winners.size();
    }

    /** Publishes confirmed results: the public results page and the library show them; the applicants hear. */
    @Transactional
    public void publish(Actor actor, int year) {
        Competitions.requireSecretariat(actor);
        CompetitionView c = competition(year);
        if (c.phase() != CompetitionPhase.RESULTS) {
            throw new ConflictException("Публикуются утверждённые итоги; сначала утвердите их");
        }
        jdbc.sql("update competition.competitions set phase = 'PUBLISHED', results_published_at = now(),"
                        + " version = version + 1 where id = :id")
                .param("id", c.id())
                .update();
        events.publishEvent(AuditedAction.by(actor, "competition.publish", "competition", c.id(), Map.of()));
        for (ApplicationView a : queries.applications(c.id(), "a.status in ('WINNER', 'NOT_AWARDED')", Map.of())) {
            events.publishEvent(new ApplicationMoved(
                    a.id(),
                    a.year(),
                    a.title(),
                    a.status().name(),
                    a.createdBy(),
                    a.regionCode(),
                    null,
                    a.place() == null ? null : a.place() + " место"));
        }
    }

    /** The published results of a year: winners by nomination, category and place. Public. */
    @Transactional(readOnly = true)
    public List<ApplicationView> results(int year) {
        CompetitionView c = competition(year);
        if (!c.published()) {
            throw new NotFoundException("Итоги конкурса " + year + " года ещё не опубликованы");
        }
        return queries.applications(c.id(), "a.status = 'WINNER'", Map.of()).stream()
                .sorted(java.util.Comparator.comparing(ApplicationView::nominationCode)
                        .thenComparing(ApplicationView::category)
                        .thenComparing(ApplicationView::place))
                .toList();
    }

    /** The ranking of a year for the secretariat: every application past the regional stage. */
    @Transactional(readOnly = true)
    public List<ApplicationView> ranking(Actor actor, int year) {
        Competitions.requireSecretariat(actor);
        return queries.applications(
                competition(year).id(), "a.status in ('FORWARDED', 'WINNER', 'NOT_AWARDED')", Map.of());
    }

    private static void requireScoring(CompetitionView c) {
        if (c.phase() != CompetitionPhase.SCORING) {
            throw new ConflictException("Конкурс " + c.year() + " года не на этапе экспертной оценки");
        }
    }

    private CompetitionView competition(int year) {
        return queries.byYear(year).orElseThrow(() -> new NotFoundException("Конкурс " + year + " года не объявлен"));
    }
}
