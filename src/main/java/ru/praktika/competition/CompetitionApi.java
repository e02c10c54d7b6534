package ru.praktika.competition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask of the competition: published awards only. */
@Service
public class CompetitionApi {

    private final JdbcClient jdbc;

    CompetitionApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The published awards of practices: practice id → «Победитель конкурса 2024 года, 1 место, номинация «…»». Only
     * years whose results are published; a practice awarded twice shows its latest award.
     */
    public Map<Long, String> awards(Collection<Long> practiceIds) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (practiceIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select a.practice_id, c.year, a.place, n.title
                        from competition.applications a
                        join competition.competitions c on c.id = a.competition_id and c.phase = 'PUBLISHED'
                        left join competition.nominations n
                               on n.competition_id = a.competition_id and n.code = a.nomination_code
                        where a.status = 'WINNER' and a.practice_id in (:ids)
                        order by c.year
                        """).param("ids", practiceIds).query(rs -> {
            out.put(
                    rs.getLong(1),
                    "Победитель конкурса «Лучшая муниципальная практика» " + rs.getInt(2) + " года"
                            + (rs.getObject(3) == null ? "" : ", " + rs.getInt(3) + " место")
                            + (rs.getString(4) == null ? "" : ", номинация «" + rs.getString(4) + "»"));
        });
        return out;
    }

    /** The practice an application was made from, if any. */
    public Optional<Long> practiceOf(long applicationId) {
        return jdbc.sql("select practice_id from competition.applications where id = :id and practice_id is not null")
                .param("id", applicationId)
                .query(Long.class)
                .optional();
    }

    /** The published awards of a region's municipalities, newest year first, then by place. */
    public java.util.List<Award> awardsOf(String regionCode) {
        return jdbc.sql("""
                        select c.year, a.title, a.municipality_name, n.title, a.place, a.practice_id
                        from competition.applications a
                        join competition.competitions c on c.id = a.competition_id and c.phase = 'PUBLISHED'
                        left join competition.nominations n
                               on n.competition_id = a.competition_id and n.code = a.nomination_code
                        where a.status = 'WINNER' and a.region_code = :r
                        order by c.year desc, a.place nulls last, a.title
                        """)
                .param("r", regionCode)
                .query((rs, i) -> new Award(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        (Integer) rs.getObject(5),
                        (Long) rs.getObject(6)))
                .list();
    }

    /**
     * An application as another module names it (a partnership programme links to it).
     *
     * @param id its id
     * @param title its title
     * @param regionCode the applicant's region
     * @param year the competition's year
     */
    public record ApplicationTitle(long id, String title, String regionCode, int year) {}

    /** The application's title, region and year; empty when there is none. */
    public Optional<ApplicationTitle> applicationTitle(long applicationId) {
        return jdbc.sql("""
                        select a.id, a.title, a.region_code, c.year
                        from competition.applications a join competition.competitions c on c.id = a.competition_id
                        where a.id = :id
                        """)
                .param("id", applicationId)
                .query((rs, i) -> new ApplicationTitle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .optional();
    }
}
