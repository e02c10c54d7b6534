package ru.praktika.nationalproject.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.nationalproject.FederalProjectView;
import ru.praktika.nationalproject.IndicatorView;
import ru.praktika.nationalproject.NationalProjectDetails;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.nationalproject.ProjectRef;
import ru.praktika.nationalproject.RegionalProjectView;

/** The reads of the catalogue, in SQL. */
@Component
public class CatalogueQueries {

    private final JdbcClient jdbc;

    CatalogueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NationalProjectView> nationalProjects(String period) {
        Map<String, NationalProjectView> byCode = new LinkedHashMap<>();
        jdbc.sql("""
                        select n.code, n.name, n.period, f.code as fp_code, f.name as fp_name
                        from nationalproject.national_projects n
                        left join nationalproject.federal_projects f on f.national_code = n.code
                        where (:period = '' or n.period = :period)
                        order by n.position, f.position
                        """).param("period", period == null ? "" : period).query(rs -> {
            NationalProjectView np = byCode.computeIfAbsent(
                    rs.getString("code"),
                    c -> new NationalProjectView(c, get(rs, "name"), get(rs, "period"), new ArrayList<>()));
            if (rs.getString("fp_code") != null) {
                np.federalProjects().add(new ProjectRef(rs.getString("fp_code"), rs.getString("fp_name")));
            }
        });
        return List.copyOf(byCode.values());
    }

    public Optional<NationalProjectDetails> nationalProject(String code) {
        return jdbc.sql("""
                        select n.code, n.name, n.period, n.basis, n.version,
                               (select x.successors from nationalproject.crosswalk x where x.old_name = n.name) as successors
                        from nationalproject.national_projects n where n.code = :code
                        """)
                .param("code", code)
                .query((rs, i) -> new NationalProjectDetails(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("period"),
                        rs.getString("basis"),
                        rs.getString("successors"),
                        federalProjectsOf(rs.getString("code")),
                        rs.getLong("version")))
                .optional();
    }

    /** A national project's code, name and period, without its federal projects (for checking links). */
    public Optional<NationalHead> nationalHead(String code) {
        return jdbc.sql("select code, name, period from nationalproject.national_projects where code = :code")
                .param("code", code)
                .query((rs, i) -> new NationalHead(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** A federal project's code, name and national project, without its indicators (for checking links). */
    public Optional<FederalHead> federalHead(String code) {
        return jdbc.sql("select code, name, national_code from nationalproject.federal_projects where code = :code")
                .param("code", code)
                .query((rs, i) -> new FederalHead(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public record NationalHead(String code, String name, String period) {}

    public record FederalHead(String code, String name, String nationalCode) {}

    public Optional<FederalProjectView> federalProject(String code) {
        return jdbc.sql("""
                        select f.code, f.name, f.confidence, n.code as np_code, n.name as np_name
                        from nationalproject.federal_projects f
                        join nationalproject.national_projects n on n.code = f.national_code
                        where f.code = :code
                        """)
                .param("code", code)
                .query((rs, i) -> new FederalProjectView(
                        rs.getString("code"),
                        rs.getString("name"),
                        new ProjectRef(rs.getString("np_code"), rs.getString("np_name")),
                        rs.getString("confidence"),
                        indicators("federal_code = :owner", rs.getString("code"))))
                .optional();
    }

    private List<FederalProjectView> federalProjectsOf(String nationalCode) {
        return jdbc
                .sql("select code from nationalproject.federal_projects where national_code = :c order by position")
                .param("c", nationalCode)
                .query(String.class)
                .list()
                .stream()
                .map(code -> federalProject(code).orElseThrow())
                .toList();
    }

    public List<RegionalProjectView> regionalProjects(String regionCode) {
        return regionalProjectsWhere("r.region_code = :v", regionCode);
    }

    public Optional<RegionalProjectView> regionalProject(long id) {
        return regionalProjectsWhere("r.id = :v", id).stream().findFirst();
    }

    private List<RegionalProjectView> regionalProjectsWhere(String condition, Object value) {
        return jdbc.sql("""
                        select r.id, r.region_code, r.name, r.description, r.version,
                               f.code as fp_code, f.name as fp_name, n.code as np_code, n.name as np_name
                        from nationalproject.regional_projects r
                        join nationalproject.federal_projects f on f.code = r.federal_code
                        join nationalproject.national_projects n on n.code = f.national_code
                        where """ + " " + condition + " order by n.position, f.position, r.name")
                .param("v", value)
                .query((rs, i) -> new RegionalProjectView(
                        rs.getLong("id"),
                        rs.getString("region_code"),
                        new ProjectRef(rs.getString("np_code"), rs.getString("np_name")),
                        new ProjectRef(rs.getString("fp_code"), rs.getString("fp_name")),
                        rs.getString("name"),
                        rs.getString("description"),
                        indicators("regional_project_id = :owner", rs.getLong("id")),
                        rs.getLong("version")))
                .list();
    }

    /** An indicator by id with what it belongs to: a federal project code or a regional project id. */
    public Optional<IndicatorOwner> indicatorOwner(long id) {
        return jdbc.sql("select id, name, unit, federal_code, regional_project_id from nationalproject.indicators"
                        + " where id = :id")
                .param("id", id)
                .query((rs, i) -> new IndicatorOwner(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        rs.getString("federal_code"),
                        (Long) rs.getObject("regional_project_id")))
                .optional();
    }

    /**
     * @param id indicator id
     * @param name its name
     * @param unit its unit
     * @param federalCode the federal project it belongs to, or null
     * @param regionalProjectId the regional project it belongs to, or null
     */
    public record IndicatorOwner(long id, String name, String unit, String federalCode, Long regionalProjectId) {}

    private List<IndicatorView> indicators(String condition, Object owner) {
        Map<Long, IndicatorView> byId = new LinkedHashMap<>();
        jdbc.sql("select i.id, i.kind, i.name, i.unit, i.base_value, i.base_year, v.year, v.target, v.actual"
                        + " from nationalproject.indicators i"
                        + " left join nationalproject.indicator_values v on v.indicator_id = i.id"
                        + " where i." + condition + " order by i.kind, i.id, v.year")
                .param("owner", owner)
                .query(rs -> {
                    IndicatorView view = byId.computeIfAbsent(
                            rs.getLong("id"),
                            id -> new IndicatorView(
                                    id,
                                    get(rs, "kind"),
                                    get(rs, "name"),
                                    get(rs, "unit"),
                                    decimal(rs, "base_value"),
                                    (Integer) object(rs, "base_year"),
                                    new ArrayList<>()));
                    if (rs.getObject("year") != null) {
                        view.values()
                                .add(new IndicatorView.Value(
                                        rs.getInt("year"), rs.getBigDecimal("target"), rs.getBigDecimal("actual")));
                    }
                });
        return List.copyOf(byId.values());
    }

    private static String get(java.sql.ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object object(java.sql.ResultSet rs, String column) {
        try {
            return rs.getObject(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal decimal(java.sql.ResultSet rs, String column) {
        try {
            return rs.getBigDecimal(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
