package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.CompetitionPhase;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.CriterionView;
import ru.praktika.competition.NominationView;
import ru.praktika.competition.Question;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.territory.MunicipalityType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Setting up a competition year, by the secretariat: open it with the defaults of {@link YearDefaults}, change its
 * deadlines and settings, its category rule, quotas, prizes and the questions of a nomination. Every write is audited.
 */
@Service
public class Competitions {

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final JdbcClient jdbc;
    private final CompetitionQueries queries;
    private final NationalProjectApi nationalProjects;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    Competitions(
            JdbcClient jdbc,
            CompetitionQueries queries,
            NationalProjectApi nationalProjects,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.nationalProjects = nationalProjects;
        this.events = events;
        this.json = json;
    }

    /** The settings of a year the secretariat may change. */
    public record Settings(
            String title,
            LocalDate applicationsDeadline,
            LocalDate regionalDeadline,
            LocalDate federalDeadline,
            Integer expertsPerApplication,
            Integer shortlistSize,
            String aggregation,
            Boolean blind,
            Integer places,
            Integer associationQuota,
            Long version) {}

    @Transactional(readOnly = true)
    public List<CompetitionView> competitions() {
        return queries.competitions();
    }

    @Transactional(readOnly = true)
    public CompetitionView competition(int year) {
        return queries.byYear(year).orElseThrow(() -> new NotFoundException("Конкурс " + year + " года не объявлен"));
    }

    /** National project code → name, both periods, for pages that list a nomination's projects. */
    public Map<String, String> nationalProjectNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String period : List.of("2019-2024", "2025-2030")) {
            for (NationalProjectView np : nationalProjects.nationalProjects(period)) {
                names.put(np.code(), np.name());
            }
        }
        return names;
    }

    @Transactional(readOnly = true)
    public List<CriterionView> criteria(int year, String nomination) {
        return queries.criteria(competition(year).id(), nomination);
    }

    /** Opens a year with the defaults (nominations that ran that year, categories, quotas, prizes, criteria). */
    @Transactional
    public CompetitionView open(Actor actor, int year) {
        requireSecretariat(actor);
        if (year < 2017 || year > 2100) {
            throw InvalidRequestException.ofFields(Map.of("year", "Год конкурса — от 2017 до 2100"));
        }
        if (queries.byYear(year).isPresent()) {
            throw new ConflictException("Конкурс " + year + " года уже объявлен");
        }
        long id = create(actor.username(), year, false, false);
        events.publishEvent(AuditedAction.by(actor, "competition.open", "competition", id, Map.of("year", year)));
        return queries.competition(id).orElseThrow();
    }

    /** Creates a year with its defaults; returns its id. Used by {@link #open}, the demo and the archive. */
    long create(String by, int year, boolean archive, boolean demo) {
        long id = jdbc.sql("""
                        insert into competition.competitions (year, title, applications_deadline, regional_deadline,
                            federal_deadline, places, association_quota, category_rule, archive, demo, created_by,
                            phase)
                        values (:y, :t, :a, :r, :f, :p, :q, cast(:rule as jsonb), :archive, :demo, :by, :phase)
                        returning id
                        """)
                .param("y", year)
                .param("t", "Всероссийский конкурс «Лучшая муниципальная практика» " + year + " года")
                .param("a", YearDefaults.applicationsDeadline(year))
                .param("r", YearDefaults.regionalDeadline(year))
                .param("f", YearDefaults.federalDeadline(year))
                .param("p", YearDefaults.places(year))
                .param("q", YearDefaults.associationQuota(year))
                .param("rule", json.writeValueAsString(new java.util.TreeMap<>(YearDefaults.CATEGORY_RULE)))
                .param("archive", archive)
                .param("demo", demo)
                .param("by", by)
                .param("phase", archive ? CompetitionPhase.PUBLISHED.name() : CompetitionPhase.APPLICATIONS.name())
                .query(Long.class)
                .single();
        Map<String, String> byName = new LinkedHashMap<>();
        for (NationalProjectView np : nationalProjects.nationalProjects(year <= 2024 ? "2019-2024" : "2025-2030")) {
            byName.put(np.name(), np.code());
        }
        int position = 0;
        for (NominationView n : YearDefaults.nominations(year, byName)) {
            jdbc.sql("""
                            insert into competition.nominations (competition_id, code, title, curator, national_projects,
                                questions, position)
                            values (:c, :code, :title, :curator, :np, cast(:q as jsonb), :pos)
                            """)
                    .param("c", id)
                    .param("code", n.code())
                    .param("title", n.title())
                    .param("curator", n.curator())
                    .param("np", n.nationalProjects().toArray(String[]::new))
                    .param("q", json.writeValueAsString(n.questions()))
                    .param("pos", position++)
                    .update();
            for (String category : List.of("I", "II")) {
                jdbc.sql("insert into competition.quotas values (:c, :n, :cat, 3)")
                        .param("c", id)
                        .param("n", n.code())
                        .param("cat", category)
                        .update();
                for (int place = 1; place <= YearDefaults.places(year); place++) {
                    jdbc.sql("insert into competition.prizes values (:c, :n, :cat, :p, :amount)")
                            .param("c", id)
                            .param("n", n.code())
                            .param("cat", category)
                            .param("p", place)
                            .param("amount", YearDefaults.prize(category, place))
                            .update();
                }
            }
            int cp = 0;
            for (YearDefaults.Criterion k : YearDefaults.criteria()) {
                jdbc.sql("""
                                insert into competition.criteria (competition_id, nomination_code, code, title, kind,
                                    formula, min_points, max_points, weight, position)
                                values (:c, :n, :code, :title, :kind, :formula, :min, :max, :w, :pos)
                                """)
                        .param("c", id)
                        .param("n", n.code())
                        .param("code", k.code())
                        .param("title", k.title())
                        .param("kind", k.kind())
                        .param("formula", k.formula())
                        .param("min", k.min())
                        .param("max", k.max())
                        .param("w", k.weight())
                        .param("pos", cp++)
                        .update();
            }
        }
        return id;
    }

    /** Changes a year's deadlines and settings (optimistic: the version read). */
    @Transactional
    public CompetitionView update(Actor actor, int year, Settings s) {
        requireSecretariat(actor);
        CompetitionView c = competition(year);
        if (s == null) {
            throw new InvalidRequestException("Пустой запрос: пришлите настройки конкурса");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.title() == null || s.title().isBlank() || s.title().length() > 300) {
            errors.put("title", "Укажите название конкурса (не длиннее 300 знаков)");
        }
        if (s.applicationsDeadline() == null || s.regionalDeadline() == null || s.federalDeadline() == null) {
            errors.put("applicationsDeadline", "Укажите все три срока");
        } else if (s.applicationsDeadline().isAfter(s.regionalDeadline())
                || s.regionalDeadline().isAfter(s.federalDeadline())) {
            errors.put("regionalDeadline", "Сроки идут по порядку: приём заявок, региональный этап, федеральный этап");
        }
        if (s.expertsPerApplication() == null || s.expertsPerApplication() < 1 || s.expertsPerApplication() > 7) {
            errors.put("expertsPerApplication", "Экспертов на заявку — от 1 до 7");
        }
        if (s.shortlistSize() != null && (s.shortlistSize() < 1 || s.shortlistSize() > 100)) {
            errors.put("shortlistSize", "Короткий список — от 1 до 100 заявок или без ограничения");
        }
        if (!"MEAN".equals(s.aggregation()) && !"MEDIAN".equals(s.aggregation())) {
            errors.put("aggregation", "Свод оценок — среднее или медиана");
        }
        if (s.places() == null || s.places() < 1 || s.places() > 10) {
            errors.put("places", "Мест в номинации и категории — от 1 до 10");
        }
        if (s.associationQuota() == null || s.associationQuota() < 0 || s.associationQuota() > 20) {
            errors.put("associationQuota", "Квота ассоциации — от 0 до 20 заявок");
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        int changed = jdbc.sql("""
                        update competition.competitions set title = :t, applications_deadline = :a,
                            regional_deadline = :r, federal_deadline = :f, experts_per_application = :k,
                            shortlist_size = :n, aggregation = :agg, blind = :blind, places = :p,
                            association_quota = :q, version = version + 1
                        where id = :id and version = :v
                        """)
                .param("t", s.title().strip())
                .param("a", s.applicationsDeadline())
                .param("r", s.regionalDeadline())
                .param("f", s.federalDeadline())
                .param("k", s.expertsPerApplication())
                .param("n", s.shortlistSize())
                .param("agg", s.aggregation())
                .param("blind", Boolean.TRUE.equals(s.blind()))
                .param("p", s.places())
                .param("q", s.associationQuota())
                .param("id", c.id())
                .param("v", s.version() == null ? -1 : s.version())
                .update();
        if (changed == 0) {
            throw new ConflictException("Настройки конкурса уже изменил другой пользователь; обновите страницу");
        }
        events.publishEvent(AuditedAction.by(
                actor, "competition.update", "competition", c.id(), Map.of("before", settingsOf(c), "after", s)));
        return competition(year);
    }

    private static Settings settingsOf(CompetitionView c) {
        return new Settings(
                c.title(),
                c.applicationsDeadline(),
                c.regionalDeadline(),
                c.federalDeadline(),
                c.expertsPerApplication(),
                c.shortlistSize(),
                c.aggregation(),
                c.blind(),
                c.places(),
                c.associationQuota(),
                c.version());
    }

    /** The year's rule: which municipality types apply in which category (a type left out may not apply). */
    @Transactional
    public CompetitionView setCategoryRule(Actor actor, int year, Map<String, String> rule) {
        requireSecretariat(actor);
        if (rule == null) {
            rule = Map.of();
        }
        CompetitionView c = competition(year);
        Map<String, String> clean = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : rule.entrySet()) {
            if (MunicipalityType.parse(e.getKey()).isEmpty()) {
                throw InvalidRequestException.ofFields(Map.of("categoryRule", "Неизвестный вид МО: " + e.getKey()));
            }
            String v = e.getValue() == null ? "" : e.getValue().strip();
            if (v.isEmpty()) {
                continue;
            }
            if (!v.equals("I") && !v.equals("II")) {
                throw InvalidRequestException.ofFields(Map.of("categoryRule", "Категория — I или II"));
            }
            clean.put(MunicipalityType.parse(e.getKey()).orElseThrow().name(), v);
        }
        requireApplicationsPhase(c, "Правило категорий меняется только до начала федерального этапа");
        jdbc.sql("update competition.competitions set category_rule = cast(:r as jsonb), version = version + 1"
                        + " where id = :id")
                .param("r", json.writeValueAsString(clean))
                .param("id", c.id())
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.categoryRule",
                "competition",
                c.id(),
                Map.of("before", c.categoryRule(), "after", clean)));
        return competition(year);
    }

    /** How many applications one region may forward in a nomination and category. */
    @Transactional
    public CompetitionView setQuota(Actor actor, int year, String nomination, String category, int perRegion) {
        requireSecretariat(actor);
        CompetitionView c = competition(year);
        requireNomination(c, nomination);
        requireCategory(category);
        if (perRegion < 0 || perRegion > 100) {
            throw InvalidRequestException.ofFields(Map.of("perRegion", "Квота региона — от 0 до 100 заявок"));
        }
        jdbc.sql("""
                        insert into competition.quotas values (:c, :n, :cat, :q)
                        on conflict (competition_id, nomination_code, category) do update set per_region = :q
                        """)
                .param("c", c.id())
                .param("n", nomination)
                .param("cat", category)
                .param("q", perRegion)
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.quota",
                "competition",
                c.id(),
                Map.of(
                        "nomination",
                        nomination,
                        "category",
                        category,
                        "before",
                        c.quota(nomination, category),
                        "after",
                        perRegion)));
        return competition(year);
    }

    /** The prize of a place in a nomination and category, in roubles. */
    @Transactional
    public CompetitionView setPrize(
            Actor actor, int year, String nomination, String category, int place, BigDecimal rub) {
        requireSecretariat(actor);
        CompetitionView c = competition(year);
        requireNomination(c, nomination);
        requireCategory(category);
        if (place < 1 || place > c.places()) {
            throw InvalidRequestException.ofFields(Map.of("place", "Место — от 1 до " + c.places()));
        }
        if (rub == null || rub.signum() < 0 || rub.compareTo(new BigDecimal("1000000000000")) > 0) {
            throw InvalidRequestException.ofFields(Map.of("amountRub", "Премия — неотрицательная сумма в рублях"));
        }
        jdbc.sql("""
                        insert into competition.prizes values (:c, :n, :cat, :p, :a)
                        on conflict (competition_id, nomination_code, category, place) do update set amount_rub = :a
                        """)
                .param("c", c.id())
                .param("n", nomination)
                .param("cat", category)
                .param("p", place)
                .param("a", rub)
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.prize",
                "competition",
                c.id(),
                Map.of("nomination", nomination, "category", category, "place", place, "amountRub", rub)));
        return competition(year);
    }

    /**
     * A nomination's wording of the year: its title, its curator ministry and the national projects it serves (codes of
     * the catalogue). Before the federal stage only.
     */
    @Transactional
    public CompetitionView setNomination(
            Actor actor, int year, String nomination, String title, String curator, List<String> projects) {
        requireSecretariat(actor);
        CompetitionView c = competition(year);
        NominationView n = requireNomination(c, nomination);
        requireApplicationsPhase(c, "Номинации меняются только до начала федерального этапа");
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > 500) {
            errors.put("title", "Название номинации — от 1 до 500 знаков");
        }
        if (curator == null || curator.isBlank() || curator.length() > 300) {
            errors.put("curator", "Укажите курирующее ведомство (до 300 знаков)");
        }
        Map<String, String> known = nationalProjectNames();
        List<String> codes = projects == null
                ? List.of()
                : projects.stream().map(String::strip).distinct().toList();
        List<String> unknown =
                codes.stream().filter(code -> !known.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            errors.put("nationalProjects", "Нет таких национальных проектов в каталоге: " + String.join(", ", unknown));
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        jdbc.sql("""
                        update competition.nominations set title = :t, curator = :cur, national_projects = :np
                        where competition_id = :c and code = :n
                        """)
                .param("t", title.strip())
                .param("cur", curator.strip())
                .param("np", codes.toArray(String[]::new))
                .param("c", c.id())
                .param("n", nomination)
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.nomination",
                "competition",
                c.id(),
                Map.of(
                        "nomination", nomination,
                        "before",
                                Map.of(
                                        "title",
                                        n.title(),
                                        "curator",
                                        n.curator(),
                                        "nationalProjects",
                                        n.nationalProjects()),
                        "after",
                                Map.of(
                                        "title",
                                        title.strip(),
                                        "curator",
                                        curator.strip(),
                                        "nationalProjects",
                                        codes))));
        return competition(year);
    }

    /** Replaces the questions of a nomination's form (data, not code). */
    @Transactional
    public CompetitionView setQuestions(Actor actor, int year, String nomination, List<Question> questions) {
        requireSecretariat(actor);
        CompetitionView c = competition(year);
        NominationView n = requireNomination(c, nomination);
        requireApplicationsPhase(c, "Вопросы номинации меняются только до начала федерального этапа");
        Map<String, String> errors = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (questions == null || questions.isEmpty() || questions.size() > 30) {
            errors.put("questions", "В форме номинации от 1 до 30 вопросов");
        } else {
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                String where = "Вопрос " + (i + 1) + ": ";
                if (q.key() == null || !KEY.matcher(q.key()).matches() || !keys.add(q.key())) {
                    errors.put(
                            "questions[" + i + "].key",
                            where + "ключ — латинские строчные буквы, цифры и «_», без повторов");
                }
                if (q.label() == null || q.label().isBlank() || q.label().length() > 500) {
                    errors.put("questions[" + i + "].label", where + "текст вопроса — от 1 до 500 знаков");
                }
                if (!List.of("TEXT", "NUMBER", "YES_NO").contains(q.kind())) {
                    errors.put("questions[" + i + "].kind", where + "вид ответа — TEXT, NUMBER или YES_NO");
                }
                if ("TEXT".equals(q.kind()) && (q.maxLength() < 1 || q.maxLength() > 20000)) {
                    errors.put("questions[" + i + "].maxLength", where + "длина ответа — от 1 до 20 000 знаков");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        jdbc.sql("update competition.nominations set questions = cast(:q as jsonb) where competition_id = :c"
                        + " and code = :n")
                .param("q", json.writeValueAsString(questions))
                .param("c", c.id())
                .param("n", nomination)
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.questions",
                "competition",
                c.id(),
                Map.of("nomination", nomination, "before", n.questions(), "after", questions)));
        return competition(year);
    }

    /** A criterion as the secretariat sends it. */
    public record CriterionInput(
            String code,
            String title,
            String kind,
            String formula,
            BigDecimal minPoints,
            BigDecimal maxPoints,
            BigDecimal weight) {}

    static final List<String> FORMULAS =
            List.of("EXTRA_BUDGET_SHARE", "INTER_MUNICIPAL", "CONCESSION_OR_PPP", "RESULTS_ACHIEVED");

    /**
     * Replaces the criteria of a nomination (the curator's method of the year): formula criteria by name with a weight,
     * expert criteria with a range and a weight. Only before the federal stage, so no score ever meets a changed scale.
     */
    @Transactional
    public List<CriterionView> setCriteria(Actor actor, int year, String nomination, List<CriterionInput> criteria) {
        requireSecretariat(actor);
        CompetitionView c = competition(year);
        requireNomination(c, nomination);
        requireApplicationsPhase(c, "Критерии меняются только до начала федерального этапа");
        Map<String, String> errors = new LinkedHashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        if (criteria == null || criteria.isEmpty() || criteria.size() > 20) {
            errors.put("criteria", "В номинации от 1 до 20 критериев");
        } else {
            for (int i = 0; i < criteria.size(); i++) {
                CriterionInput k = criteria.get(i);
                String where = "Критерий " + (i + 1) + ": ";
                String field = "criteria[" + i + "]";
                if (k == null || k.code() == null || !KEY.matcher(k.code()).matches() || !codes.add(k.code())) {
                    errors.put(field + ".code", where + "код — латинские строчные буквы, цифры и «_», без повторов");
                    continue;
                }
                if (k.title() == null || k.title().isBlank() || k.title().length() > 300) {
                    errors.put(field + ".title", where + "название от 1 до 300 знаков");
                }
                BigDecimal hundred = BigDecimal.valueOf(100);
                if (k.weight() == null || k.weight().signum() <= 0 || k.weight().compareTo(hundred) > 0) {
                    errors.put(field + ".weight", where + "вес больше 0 и не больше 100");
                }
                if ("FORMULA".equals(k.kind())) {
                    if (!FORMULAS.contains(k.formula())) {
                        errors.put(field + ".formula", where + "формула — одна из " + String.join(", ", FORMULAS));
                    }
                } else if ("EXPERT".equals(k.kind())) {
                    if (k.minPoints() == null
                            || k.maxPoints() == null
                            || k.minPoints().signum() < 0
                            || k.maxPoints().compareTo(hundred) > 0
                            || k.minPoints().compareTo(k.maxPoints()) >= 0) {
                        errors.put(
                                field + ".range",
                                where + "диапазон оценки: от 0 до 100, нижняя граница меньше верхней");
                    }
                } else {
                    errors.put(field + ".kind", where + "вид — FORMULA (по формуле) или EXPERT (оценка эксперта)");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        List<CriterionView> before = queries.criteria(c.id(), nomination);
        jdbc.sql("delete from competition.criteria where competition_id = :c and nomination_code = :n")
                .param("c", c.id())
                .param("n", nomination)
                .update();
        int position = 0;
        for (CriterionInput k : criteria) {
            boolean expert = "EXPERT".equals(k.kind());
            jdbc.sql("""
                            insert into competition.criteria (competition_id, nomination_code, code, title, kind,
                                formula, min_points, max_points, weight, position)
                            values (:c, :n, :code, :title, :kind, :formula, :min, :max, :w, :pos)
                            """)
                    .param("c", c.id())
                    .param("n", nomination)
                    .param("code", k.code())
                    .param("title", k.title().strip())
                    .param("kind", k.kind())
                    .param("formula", expert ? null : k.formula())
                    .param("min", expert ? k.minPoints() : BigDecimal.ZERO)
                    .param("max", expert ? k.maxPoints() : BigDecimal.ONE)
                    .param("w", k.weight())
                    .param("pos", position++)
                    .update();
        }
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.criteria",
                "competition",
                c.id(),
                Map.of("nomination", nomination, "before", before, "after", criteria)));
        return queries.criteria(c.id(), nomination);
    }

    static NominationView requireNomination(CompetitionView c, String code) {
        return c.nomination(code)
                .orElseThrow(() -> InvalidRequestException.ofFields(
                        Map.of("nomination", "В конкурсе " + c.year() + " года нет номинации «" + code + "»")));
    }

    static void requireCategory(String category) {
        if (!"I".equals(category) && !"II".equals(category)) {
            throw InvalidRequestException.ofFields(Map.of("category", "Категория — I или II"));
        }
    }

    static void requireApplicationsPhase(CompetitionView c, String message) {
        if (c.phase() != CompetitionPhase.APPLICATIONS) {
            throw new ConflictException(message);
        }
    }

    static void requireSecretariat(Actor actor) {
        if (!CompetitionPermissions.canSetUp(actor)) {
            throw new AccessDeniedException("Это делает секретариат ассоциации");
        }
    }
}
