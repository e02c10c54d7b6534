package ru.praktika.review.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.praktika.linkage.LinkageApi;
import ru.praktika.linkage.PracticeChecked;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.RegionBoardRow;
import ru.praktika.review.Quality;
import ru.praktika.review.QualityRule;
import ru.praktika.review.RankingRow;
import ru.praktika.review.ReturnRecord;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores every practice against the quality rules when it is saved (after linkage has checked it), keeps the score
 * with the version of the weights that made it, recomputes all scores when the secretariat changes the weights, and
 * aggregates them for the campaign's board and the regional ranking.
 */
@Service
public class QualityService {

    private static final Logger log = LoggerFactory.getLogger(QualityService.class);

    private final JdbcClient jdbc;
    private final PracticeApi practices;
    private final LinkageApi linkage;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    private final org.springframework.jdbc.core.JdbcTemplate batch;

    QualityService(
            JdbcClient jdbc,
            PracticeApi practices,
            LinkageApi linkage,
            JsonMapper json,
            ApplicationEventPublisher events,
            org.springframework.jdbc.core.JdbcTemplate batch) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.practices = practices;
        this.linkage = linkage;
        this.json = json;
        this.events = events;
    }

    /**
     * The rule weights in force.
     *
     * @param version their version
     * @param weights rule → weight
     */
    public record RuleSet(int version, Map<QualityRule, Integer> weights) {}

    public RuleSet rules() {
        return jdbc.sql("select version, weights::text from review.rule_sets order by version desc limit 1")
                .query((rs, i) -> new RuleSet(rs.getInt(1), parse(rs.getString(2))))
                .optional()
                .orElseGet(() -> {
                    Map<QualityRule, Integer> defaults = new EnumMap<>(QualityRule.class);
                    for (QualityRule r : QualityRule.values()) {
                        defaults.put(r, r.defaultWeight());
                    }
                    return new RuleSet(0, defaults);
                });
    }

    /** The secretariat sets new weights: a new version, and every score is recomputed with it. */
    @Transactional
    public RuleSet changeRules(Actor actor, Map<QualityRule, Integer> weights) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Правила оценки меняет секретариат ассоциации");
        }
        Map<QualityRule, Integer> all = new EnumMap<>(rules().weights());
        weights.forEach((rule, w) -> {
            if (w == null || w < 0 || w > 100) {
                throw InvalidRequestException.ofFields(Map.of(rule.name(), "Вес — от 0 до 100"));
            }
            all.put(rule, w);
        });
        if (all.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new InvalidRequestException("Хотя бы одно правило должно иметь вес больше нуля");
        }
        int version = jdbc.sql("insert into review.rule_sets (weights, created_by) values (cast(:w as jsonb), :by)"
                        + " returning version")
                .param("w", json.writeValueAsString(all))
                .param("by", actor.username())
                .query(Integer.class)
                .single();
        events.publishEvent(
                AuditedAction.by(actor, "quality.changeRules", "rule_set", version, Map.of("weights", all)));
        recomputeAll();
        return rules();
    }

    /**
     * The score follows linkage's findings: it is computed when linkage has checked the practice (ADR 0011), in its
     * own transaction after linkage's commits, and done again if it was cut off.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PracticeChecked checked) {
        score(List.of(checked.practiceId()), rules());
    }

    /** The cards of an import, scored at once: one read of the cards and their findings, one batch of scores. */
    @org.springframework.modulith.events.ApplicationModuleListener
    public void on(ru.praktika.linkage.PracticesChecked checked) {
        long started = System.nanoTime();
        RuleSet rules = rules();
        int scored = scoreAll(checked.practiceIds(), rules);
        log.info("Quality scored {} practices in {} ms", scored, (System.nanoTime() - started) / 1_000_000);
    }

    /** Scores practices 500 at a time; returns how many were scored. */
    private int scoreAll(List<Long> ids, RuleSet rules) {
        int scored = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            scored += score(ids.subList(from, Math.min(ids.size(), from + 500)), rules);
        }
        return scored;
    }

    /** Scores a batch of practices: their cards and findings read at once, the scores written in one batch. */
    private int score(List<Long> ids, RuleSet rules) {
        Map<Long, List<ru.praktika.linkage.Finding>> findings = linkage.findingsOf(ids);
        List<Object[]> rows = new ArrayList<>();
        for (PracticeCard card : practices.cards(ids)) {
            Quality q = QualityRules.evaluate(
                    card, findings.getOrDefault(card.id(), List.of()), rules.weights(), rules.version());
            rows.add(new Object[] {
                card.id(),
                card.regionCode(),
                card.year(),
                card.status().name(),
                q.score(),
                q.rulesVersion(),
                json.writeValueAsString(q.findings()),
                card.linkedToFederalProject(),
                card.interMunicipal(),
                card.drawsPrivateMoney()
            });
        }
        batch.batchUpdate("""
                insert into review.scores (practice_id, region_code, year, status, score, rules_version, findings,
                                           linked, inter_municipal, concession)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                on conflict (practice_id) do update set region_code = excluded.region_code, year = excluded.year,
                    status = excluded.status, score = excluded.score, rules_version = excluded.rules_version,
                    findings = excluded.findings, linked = excluded.linked,
                    inter_municipal = excluded.inter_municipal, concession = excluded.concession,
                    computed_at = now()
                """, rows);
        return rows.size();
    }

    /** A return for revision is recorded with the rules the practice did not meet at that moment. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ru.praktika.practice.PracticeMoved moved) {
        if (moved.action() != ru.praktika.practice.PracticeAction.RETURN) {
            return;
        }
        PracticeCard card = practices.card(moved.id()).orElse(null);
        if (card == null) {
            return;
        }
        RuleSet rules = rules();
        Quality q = QualityRules.evaluate(card, findingsForAuthors(card), rules.weights(), rules.version());
        jdbc.sql("""
                        insert into review.returns (practice_id, region_code, year, returned_by, comment,
                                                    national_projects, rules)
                        values (:id, :r, :y, :by, :c, cast(:np as jsonb), cast(:rules as jsonb))
                        """)
                .param("id", card.id())
                .param("r", card.regionCode())
                .param("y", card.year())
                .param("by", moved.actor())
                .param("c", moved.comment())
                .param(
                        "np",
                        json.writeValueAsString(card.links().stream()
                                .map(l -> l.nationalProject())
                                .distinct()
                                .toList()))
                .param(
                        "rules",
                        json.writeValueAsString(
                                q.findings().stream().map(f -> f.rule().name()).toList()))
                .update();
    }

    /**
     * The findings as the card's region may see them: the return's reasons are shown to its authors, and a near
     * duplicate of a card they may not read (another region's draft) is not one of them.
     */
    private List<ru.praktika.linkage.Finding> findingsForAuthors(PracticeCard card) {
        Actor authors = new Actor(
                null, "authors", java.util.Set.of(ru.praktika.shared.Role.REGIONAL_OPERATOR), card.regionCode(), null);
        return linkage.findingsOf(card.id()).stream()
                .filter(f -> f.otherPracticeId() == null
                        || practices
                                .card(f.otherPracticeId())
                                .map(o -> practices.canRead(authors, o.regionCode(), o.municipalities(), o.status()))
                                .orElse(false))
                .toList();
    }

    /** The year's returns for revision, oldest first. */
    @Transactional(readOnly = true)
    public List<ReturnRecord> returns(int year) {
        return jdbc.sql("select practice_id, region_code, returned_at, comment, national_projects::text, rules::text"
                        + " from review.returns where year = :y order by returned_at, id")
                .param("y", year)
                .query(this::returnRecord)
                .list();
    }

    private ReturnRecord returnRecord(ResultSet rs, int row) throws SQLException {
        return new ReturnRecord(
                rs.getLong(1),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                rs.getString(4),
                json.readValue(rs.getString(5), new TypeReference<List<String>>() {}),
                json.readValue(rs.getString(6), new TypeReference<List<QualityRule>>() {}));
    }

    /** The practice's last return for revision, if the review recorded one. */
    @Transactional(readOnly = true)
    public Optional<ReturnRecord> lastReturn(long practiceId) {
        return jdbc.sql("select practice_id, region_code, returned_at, comment, national_projects::text, rules::text"
                        + " from review.returns where practice_id = :id order by returned_at desc, id desc limit 1")
                .param("id", practiceId)
                .query(this::returnRecord)
                .optional();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(35)
    @Transactional
    public void recomputeAll() {
        RuleSet rules = rules();
        List<Long> ids = jdbc.sql("select practice_id from review.scores where rules_version <> :v")
                .param("v", rules.version())
                .query(Long.class)
                .list();
        scoreAll(ids, rules);
        if (!ids.isEmpty()) {
            log.info("Quality scores recomputed for {} practices", ids.size());
        }
    }

    /** The quality of a practice the actor may read. */
    @Transactional(readOnly = true)
    public Quality quality(Actor actor, long id) {
        PracticeCard card =
                practices.card(id).orElseThrow(() -> new NotFoundException("Практика №" + id + " не найдена"));
        if (!practices.canRead(actor, card.regionCode(), card.municipalities(), card.status())) {
            throw new NotFoundException("Практика №" + id + " не найдена");
        }
        if (!practices.canSeeReview(actor, card.regionCode(), card.municipalities())) {
            throw new ru.praktika.shared.AccessDeniedException(
                    "Оценка качества видна авторам практики и проверяющим, а не на открытой странице");
        }
        Optional<Quality> stored = jdbc.sql(
                        "select score, rules_version, findings::text from review.scores where practice_id = :id")
                .param("id", id)
                .query((rs, i) -> new Quality(
                        rs.getInt(1),
                        rs.getInt(2),
                        json.readValue(rs.getString(3), new TypeReference<List<Quality.QualityFinding>>() {})))
                .optional();
        boolean namesAnotherCard = stored.map(
                        q -> q.findings().stream().anyMatch(f -> f.rule() == QualityRule.NOT_DUPLICATE))
                .orElse(true);
        if (!namesAnotherCard) {
            return stored.orElseThrow();
        }
        // a near duplicate names another card: judged on the findings this actor may see, so neither its number nor
        // the lost points tell of a card the actor may not read
        RuleSet rules = rules();
        return QualityRules.evaluate(card, linkage.findingsOf(actor, id), rules.weights(), rules.version());
    }

    /**
     * The campaign board with each region's average quality.
     *
     * @param row the region's row
     * @param averageQuality the average score of its practices, or null
     */
    public record BoardRow(RegionBoardRow row, Double averageQuality) {}

    public List<BoardRow> board(int year) {
        Map<String, Double> averages = new HashMap<>();
        jdbc.sql("select region_code, avg(score) from review.scores where year = :y group by region_code")
                .param("y", year)
                .query((rs, i) -> averages.put(rs.getString(1), Math.round(rs.getDouble(2) * 10) / 10.0))
                .list();
        return practices.board(year).stream()
                .map(r -> new BoardRow(r, averages.get(r.regionCode())))
                .toList();
    }

    /** Regions ranked by the average quality of their practices of the year, with the reasons for their place. */
    public List<RankingRow> ranking(int year) {
        Map<String, String> names = new HashMap<>();
        practices.board(year).forEach(r -> names.put(r.regionCode(), r.regionName()));
        Map<String, List<String>> reasons = new HashMap<>();
        jdbc.sql("""
                        select s.region_code, f ->> 'rule' as rule, count(*) as n
                        from review.scores s, jsonb_array_elements(s.findings) f
                        where s.year = :y group by s.region_code, f ->> 'rule' order by s.region_code, n desc
                        """)
                .param("y", year)
                .query((rs, i) -> {
                    List<String> list = reasons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (list.size() < 3) {
                        list.add(QualityRule.valueOf(rs.getString(2)).finding() + " (" + rs.getLong(3) + ")");
                    }
                    return null;
                })
                .list();
        List<RankingRow> rows = new ArrayList<>();
        jdbc.sql("""
                        select region_code, count(*) as n, avg(score) as q,
                               avg(case when linked then 1 else 0 end) as linked,
                               avg(case when inter_municipal then 1 else 0 end) as inter,
                               count(*) filter (where concession) as concessions
                        from review.scores where year = :y group by region_code
                        order by avg(score) desc, count(*) desc, region_code
                        """)
                .param("y", year)
                .query((rs, i) -> {
                    rows.add(new RankingRow(
                            rs.getString(1),
                            names.getOrDefault(rs.getString(1), rs.getString(1)),
                            rows.size() + 1,
                            rs.getLong(2),
                            round(rs.getDouble(3)),
                            round(rs.getDouble(4)),
                            round(rs.getDouble(5)),
                            rs.getLong(6),
                            reasons.getOrDefault(rs.getString(1), List.of())));
                    return null;
                })
                .list();
        return rows;
    }

    /** Practice id → its stored score and unmet rules, for the practices of a year. */
    @Transactional(readOnly = true)
    public Map<Long, ru.praktika.review.PracticeScore> scores(int year) {
        Map<Long, ru.praktika.review.PracticeScore> scores = new HashMap<>();
        jdbc.sql("select practice_id, region_code, score, findings::text from review.scores where year = :y")
                .param("y", year)
                .query((rs, i) -> scores.put(
                        rs.getLong(1),
                        new ru.praktika.review.PracticeScore(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getInt(3),
                                json
                                        .readValue(
                                                rs.getString(4), new TypeReference<List<Quality.QualityFinding>>() {})
                                        .stream()
                                        .map(Quality.QualityFinding::rule)
                                        .toList())))
                .list();
        return scores;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private Map<QualityRule, Integer> parse(String weights) {
        Map<String, Integer> raw = json.readValue(weights, new TypeReference<LinkedHashMap<String, Integer>>() {});
        Map<QualityRule, Integer> map = new EnumMap<>(QualityRule.class);
        for (QualityRule r : QualityRule.values()) {
            map.put(r, raw.getOrDefault(r.name(), r.defaultWeight()));
        }
        return map;
    }

    /** Practice id → its stored score, for the practices given that have one. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> scoresOf(java.util.Collection<Long> practiceIds) {
        Map<Long, Integer> out = new java.util.HashMap<>();
        if (practiceIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select practice_id, score from review.scores where practice_id in (:ids)")
                .param("ids", practiceIds)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getInt(2));
                });
        return out;
    }
}
