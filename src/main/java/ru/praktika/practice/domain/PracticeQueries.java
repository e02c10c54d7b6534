package ru.praktika.practice.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.nationalproject.LinkView;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeFilter;
import ru.praktika.practice.PracticeHistory;
import ru.praktika.practice.PracticeParts;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.practice.PracticeSummary;
import ru.praktika.shared.Actor;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.PageView;
import ru.praktika.shared.Role;
import ru.praktika.territory.TerritoryApi;

/** The reads of practices, in SQL, already limited to what the actor may see. */
@Component
public class PracticeQueries {

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;

    PracticeQueries(JdbcClient jdbc, TerritoryApi territory, NationalProjectApi catalogue) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.catalogue = catalogue;
    }

    /** The card as stored, with names; visibility is the caller's business. */
    public Optional<PracticeCard> card(long id) {
        return jdbc.sql("select * from practice.practices where id = :id")
                .param("id", id)
                .query((rs, i) -> card(rs))
                .optional();
    }

    private PracticeCard card(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        int year = rs.getInt("year");
        String region = rs.getString("region_code");
        List<String> municipalities = jdbc.sql(
                        "select oktmo from practice.practice_municipalities where practice_id = :id order by position")
                .param("id", id)
                .query(String.class)
                .list();
        Map<String, String> names = new LinkedHashMap<>();
        municipalities.forEach(
                o -> names.put(o, territory.municipality(o).map(m -> m.name()).orElse(o)));
        List<PracticeParts.FinancingRow> financing = jdbc.sql(
                        "select source, amount_rub from practice.financing where practice_id = :id order by position")
                .param("id", id)
                .query((r, n) ->
                        new PracticeParts.FinancingRow(FinancingSource.valueOf(r.getString(1)), r.getBigDecimal(2)))
                .list();
        List<PracticeParts.ResultRow> results = jdbc.sql("""
                        select indicator, unit, base_value, base_year, target_value, actual_value, actual_year
                        from practice.results where practice_id = :id order by position
                        """)
                .param("id", id)
                .query(PracticeParts.ResultRow.class)
                .list();
        List<PracticeParts.LegalActRow> acts = jdbc.sql(
                        "select type, number, date, title from practice.legal_acts where practice_id = :id order by position")
                .param("id", id)
                .query(PracticeParts.LegalActRow.class)
                .list();
        List<PracticeParts.LinkRow> links = jdbc.sql("""
                        select national_code, federal_code, regional_project_id, indicator_id, contribution
                        from practice.links where practice_id = :id order by position
                        """)
                .param("id", id)
                .query((r, n) -> named(
                        region,
                        year,
                        r.getString(1),
                        r.getString(2),
                        (Long) r.getObject(3),
                        (Long) r.getObject(4),
                        r.getString(5)))
                .list();
        String mechanism = rs.getString("mechanism");
        return new PracticeCard(
                id,
                year,
                region,
                rs.getString("lead_oktmo"),
                municipalities,
                names,
                rs.getBoolean("inter_municipal"),
                rs.getString("title"),
                rs.getString("problem"),
                rs.getString("goals"),
                rs.getString("description"),
                rs.getObject("period_from", java.time.LocalDate.class),
                rs.getObject("period_to", java.time.LocalDate.class),
                financing,
                rs.getBigDecimal("total_financing"),
                rs.getBigDecimal("extra_budgetary_share"),
                mechanism == null ? null : Mechanism.valueOf(mechanism),
                rs.getString("partners"),
                rs.getString("beneficiaries"),
                results,
                acts,
                links,
                rs.getString("replicability"),
                rs.getString("lessons"),
                rs.getString("contact_name"),
                rs.getString("contact_position"),
                rs.getString("contact_phone"),
                rs.getString("contact_email"),
                PracticeStatus.valueOf(rs.getString("status")),
                rs.getLong("version"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private PracticeParts.LinkRow named(
            String region, int year, String np, String fp, Long rp, Long indicator, String contribution) {
        try {
            LinkView v = catalogue.resolveLink(region, year, np, fp, rp, indicator);
            return new PracticeParts.LinkRow(
                    np,
                    fp,
                    rp,
                    indicator,
                    contribution,
                    v.nationalProject().name(),
                    v.federalProject() == null ? null : v.federalProject().name(),
                    v.regionalProjectName(),
                    v.indicatorName());
        } catch (RuntimeException e) {
            // the catalogue changed since the link was made; show the codes
            return new PracticeParts.LinkRow(np, fp, rp, indicator, contribution, np, fp, null, null);
        }
    }

    public PageView<PracticeSummary> search(Actor actor, PracticeFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        visibility(actor, where, params);
        if (f.regionCode() != null) {
            where.append(" and p.region_code = :region");
            params.put("region", f.regionCode());
        }
        if (f.nationalProject() != null) {
            where.append(
                    " and exists (select 1 from practice.links l where l.practice_id = p.id and l.national_code = :np)");
            params.put("np", f.nationalProject());
        }
        if (f.federalProject() != null) {
            where.append(
                    " and exists (select 1 from practice.links l where l.practice_id = p.id and l.federal_code = :fp)");
            params.put("fp", f.federalProject());
        }
        if (f.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", f.status().name());
        }
        if (f.year() != null) {
            where.append(" and p.year = :year");
            params.put("year", f.year());
        }
        if (f.interMunicipal() != null) {
            where.append(" and p.inter_municipal = :inter");
            params.put("inter", f.interMunicipal());
        }
        if (f.mechanism() != null) {
            where.append(" and p.mechanism = :mechanism");
            params.put("mechanism", f.mechanism().name());
        }
        String order = " order by p.updated_at desc, p.id desc";
        if (f.query() != null && !f.query().isBlank()) {
            where.append(" and p.search @@ websearch_to_tsquery('russian', :q)");
            params.put("q", f.query().strip());
            order = " order by ts_rank(p.search, websearch_to_tsquery('russian', :q)) desc, p.id desc";
        }
        long total = jdbc.sql("select count(*) from practice.practices p" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<PracticeSummary> items = jdbc.sql("""
                        select p.id, p.year, p.title, p.region_code, p.lead_oktmo, p.inter_municipal, p.mechanism,
                               p.status, p.updated_at,
                               array(select distinct l.national_code from practice.links l where l.practice_id = p.id
                                     order by 1) as national_codes
                        from practice.practices p""" + where + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, i) -> summary(rs))
                .list();
        return new PageView<>(items, total, page.page(), page.size());
    }

    private PracticeSummary summary(ResultSet rs) throws SQLException {
        String lead = rs.getString("lead_oktmo");
        Array codes = rs.getArray("national_codes");
        String mechanism = rs.getString("mechanism");
        return new PracticeSummary(
                rs.getLong("id"),
                rs.getInt("year"),
                rs.getString("title"),
                rs.getString("region_code"),
                lead,
                territory.municipality(lead).map(m -> m.name()).orElse(lead),
                rs.getBoolean("inter_municipal"),
                mechanism == null ? null : Mechanism.valueOf(mechanism),
                PracticeStatus.valueOf(rs.getString("status")),
                codes == null ? List.of() : Arrays.asList((String[]) codes.getArray()),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The secretariat and experts see everything; others see what is published plus their own region or place. */
    private static void visibility(Actor actor, StringBuilder where, Map<String, Object> params) {
        if (actor.isAdmin() || actor.has(Role.EXPERT)) {
            return;
        }
        List<String> own = new ArrayList<>();
        own.add("p.status = 'PUBLISHED'");
        if (actor.has(Role.REGIONAL_OPERATOR) && actor.regionCode() != null) {
            own.add("p.region_code = :myRegion");
            params.put("myRegion", actor.regionCode());
        }
        if (actor.has(Role.MUNICIPAL_OPERATOR) && actor.oktmo() != null) {
            own.add("exists (select 1 from practice.practice_municipalities m where m.practice_id = p.id"
                    + " and m.oktmo = :myOktmo)");
            params.put("myOktmo", actor.oktmo());
        }
        where.append(" and (").append(String.join(" or ", own)).append(")");
    }

    /** Practice id → external id of a region's imported practices of a year. */
    public Map<Long, String> externalIds(String region, int year) {
        Map<Long, String> ids = new java.util.HashMap<>();
        jdbc.sql("select id, external_id from practice.practices where region_code = :r and year = :y"
                        + " and external_id is not null")
                .param("r", region)
                .param("y", year)
                .query((rs, i) -> ids.put(rs.getLong(1), rs.getString(2)))
                .list();
        return ids;
    }

    /** National project code → [practices, regions] among a year's practices. */
    public Map<String, long[]> nationalProjectCounts(int year) {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                        select l.national_code, count(distinct p.id), count(distinct p.region_code)
                        from practice.links l join practice.practices p on p.id = l.practice_id
                        where p.year = :y group by l.national_code
                        """)
                .param("y", year)
                .query((rs, i) -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                .list();
        return counts;
    }

    List<PracticeHistory.VersionView> versions(long id) {
        return jdbc.sql("select version, saved_at, saved_by, status, change from practice.versions"
                        + " where practice_id = :id order by version")
                .param("id", id)
                .query((rs, i) -> new PracticeHistory.VersionView(
                        rs.getLong(1),
                        instant(rs, 2),
                        rs.getString(3),
                        PracticeStatus.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    Optional<String> snapshot(long id, long version) {
        return jdbc.sql("select snapshot::text from practice.versions where practice_id = :id and version = :v")
                .param("id", id)
                .param("v", version)
                .query(String.class)
                .optional();
    }

    List<PracticeHistory.ActionView> actions(long id) {
        return jdbc.sql("select action, from_status, to_status, actor, comment, at from practice.actions"
                        + " where practice_id = :id order by id")
                .param("id", id)
                .query((rs, i) -> new PracticeHistory.ActionView(
                        PracticeAction.valueOf(rs.getString(1)),
                        PracticeStatus.valueOf(rs.getString(2)),
                        PracticeStatus.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        instant(rs, 6)))
                .list();
    }

    List<PracticeHistory.CommentView> comments(long id) {
        return jdbc.sql("select id, author, text, field, at from practice.comments where practice_id = :id order by id")
                .param("id", id)
                .query((rs, i) -> new PracticeHistory.CommentView(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5)))
                .list();
    }

    List<PracticeHistory.AttachmentView> attachments(long id) {
        return jdbc.sql("select id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
                        + " from practice.attachments where practice_id = :id order by id")
                .param("id", id)
                .query((rs, i) -> new PracticeHistory.AttachmentView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs, 7)))
                .list();
    }

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
