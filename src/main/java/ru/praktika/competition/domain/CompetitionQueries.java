package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.competition.ApplicationStatus;
import ru.praktika.competition.ApplicationView;
import ru.praktika.competition.CompetitionPhase;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.CriterionView;
import ru.praktika.competition.NominationView;
import ru.praktika.competition.Question;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads of competitions and applications, in SQL. No permission checks: the services decide who may ask. */
@Component
public class CompetitionQueries {

    static final String APPLICATION_SELECT = """
            select a.id, a.competition_id, c.year, a.nomination_code, a.practice_id, a.title, a.oktmo,
                   a.municipality_name, a.region_code, r.full_name as region_name, a.category, a.answers::text as answers,
                   a.declaration, a.by_association, a.status, a.regional_rank, a.regional_note, a.formal_points,
                   a.shortlisted, a.expert_points, a.rank, a.place, a.prize_rub, a.created_by, a.submitted_at, a.version
            from competition.applications a
            join competition.competitions c on c.id = a.competition_id
            left join territory.regions r on r.code = a.region_code
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CompetitionQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The competitions, newest year first. */
    public List<CompetitionView> competitions() {
        List<Long> ids = jdbc.sql("select id from competition.competitions order by year desc")
                .query(Long.class)
                .list();
        List<CompetitionView> all = new ArrayList<>();
        for (long id : ids) {
            competition(id).ifPresent(all::add);
        }
        return all;
    }

    public Optional<CompetitionView> byYear(int year) {
        return jdbc.sql("select id from competition.competitions where year = :y")
                .param("y", year)
                .query(Long.class)
                .optional()
                .flatMap(this::competition);
    }

    public Optional<CompetitionView> competition(long id) {
        Optional<Object[]> row = jdbc.sql("""
                        select id, year, title, applications_deadline, regional_deadline, federal_deadline,
                               experts_per_application, shortlist_size, aggregation, blind, places, association_quota,
                               category_rule::text, phase, archive, results_published_at, version
                        from competition.competitions where id = :id
                        """)
                .param("id", id)
                .query((rs, i) -> new Object[] {
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getDate(4).toLocalDate(),
                    rs.getDate(5).toLocalDate(),
                    rs.getDate(6).toLocalDate(),
                    rs.getInt(7),
                    (Integer) rs.getObject(8),
                    rs.getString(9),
                    rs.getBoolean(10),
                    rs.getInt(11),
                    rs.getInt(12),
                    rs.getString(13),
                    rs.getString(14),
                    rs.getBoolean(15),
                    rs.getTimestamp(16),
                    rs.getLong(17)
                })
                .optional();
        return row.map(r -> new CompetitionView(
                (long) r[0],
                (int) r[1],
                (String) r[2],
                (java.time.LocalDate) r[3],
                (java.time.LocalDate) r[4],
                (java.time.LocalDate) r[5],
                (int) r[6],
                (Integer) r[7],
                (String) r[8],
                (boolean) r[9],
                (int) r[10],
                (int) r[11],
                json.readValue((String) r[12], new TypeReference<LinkedHashMap<String, String>>() {}),
                CompetitionPhase.valueOf((String) r[13]),
                (boolean) r[14],
                r[15] == null ? null : ((Timestamp) r[15]).toInstant(),
                (long) r[16],
                nominations(id),
                quotas(id),
                prizes(id)));
    }

    List<NominationView> nominations(long competitionId) {
        return jdbc.sql("""
                        select code, title, curator, national_projects, questions::text
                        from competition.nominations where competition_id = :c order by position
                        """)
                .param("c", competitionId)
                .query((rs, i) -> new NominationView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray()),
                        json.readValue(rs.getString(5), new TypeReference<List<Question>>() {})))
                .list();
    }

    private Map<String, Integer> quotas(long competitionId) {
        Map<String, Integer> m = new LinkedHashMap<>();
        jdbc.sql("select nomination_code, category, per_region from competition.quotas where competition_id = :c"
                        + " order by nomination_code, category")
                .param("c", competitionId)
                .query(rs -> {
                    m.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
                });
        return m;
    }

    private Map<String, BigDecimal> prizes(long competitionId) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        jdbc.sql("select nomination_code, category, place, amount_rub from competition.prizes where competition_id = :c"
                        + " order by nomination_code, category, place")
                .param("c", competitionId)
                .query(rs -> {
                    m.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getBigDecimal(4));
                });
        return m;
    }

    /** The criteria of a nomination (or of all nominations when null), in order. */
    public List<CriterionView> criteria(long competitionId, String nomination) {
        return jdbc.sql("""
                        select id, nomination_code, code, title, kind, formula, min_points, max_points, weight
                        from competition.criteria
                        where competition_id = :c and (cast(:n as text) is null or nomination_code = :n)
                        order by nomination_code, position
                        """)
                .param("c", competitionId)
                .param("n", nomination)
                .query((rs, i) -> new CriterionView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9)))
                .list();
    }

    public Optional<ApplicationView> application(long id) {
        return jdbc.sql(APPLICATION_SELECT + " where a.id = :id")
                .param("id", id)
                .query((rs, i) -> application(rs, i))
                .optional();
    }

    /**
     * Applications of a competition matching a condition on {@code a} (SQL written by the caller, never from input),
     * ordered by nomination, category, rank, region, id.
     */
    List<ApplicationView> applications(long competitionId, String condition, Map<String, ?> params) {
        return jdbc.sql(APPLICATION_SELECT + " where a.competition_id = :c and (" + condition + ")"
                        + " order by a.nomination_code, a.category, a.rank nulls last, a.region_code, a.id")
                .param("c", competitionId)
                .params(params)
                .query((rs, i) -> application(rs, i))
                .list();
    }

    ApplicationView application(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new ApplicationView(
                rs.getLong("id"),
                rs.getLong("competition_id"),
                rs.getInt("year"),
                rs.getString("nomination_code"),
                (Long) rs.getObject("practice_id"),
                rs.getString("title"),
                rs.getString("oktmo"),
                rs.getString("municipality_name"),
                rs.getString("region_code"),
                rs.getString("region_name"),
                rs.getString("category"),
                json.readValue(rs.getString("answers"), new TypeReference<LinkedHashMap<String, String>>() {}),
                rs.getBoolean("declaration"),
                rs.getBoolean("by_association"),
                ApplicationStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("regional_rank"),
                rs.getString("regional_note"),
                rs.getBigDecimal("formal_points"),
                rs.getBoolean("shortlisted"),
                rs.getBigDecimal("expert_points"),
                (Integer) rs.getObject("rank"),
                (Integer) rs.getObject("place"),
                rs.getBigDecimal("prize_rub"),
                rs.getString("created_by"),
                submitted == null ? null : submitted.toInstant(),
                rs.getLong("version"));
    }
}
