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
        return stored(id).map(Stored::card);
    }

    /**
     * A card as stored and the author's consent to show its contact person, from one read of its row: what the
     * service needs to decide what the actor sees and may do without loading the card again.
     *
     * @param card the card as stored, contacts included
     * @param contactsPublic the author agreed to show the contact person on the public card
     */
    record Stored(PracticeCard card, boolean contactsPublic) {}

    Optional<Stored> stored(long id) {
        Parts parts = parts(List.of(id));
        return jdbc.sql("select * from practice.practices where id = :id")
                .param("id", id)
                .query((rs, i) -> new Stored(card(rs, parts), rs.getBoolean("contacts_public")))
                .optional();
    }

    /**
     * The accepted (and published) practices of a year, whole, in a stable order (region, then id), read in batches:
     * the consolidated report and the collection are made of them.
     *
     * @param regions only these regions, or all when empty
     * @param nationalProject only practices linked to this national project, or all when null
     */
    public List<PracticeCard> accepted(int year, java.util.Collection<String> regions, String nationalProject) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = acceptedWhere(year, regions, nationalProject, params);
        List<Long> ids = jdbc.sql("select p.id from practice.practices p" + where + " order by p.region_code, p.id")
                .params(params)
                .query(Long.class)
                .list();
        List<PracticeCard> cards = new ArrayList<>(ids.size());
        Map<String, String> names = new java.util.HashMap<>();
        Map<List<Object>, PracticeParts.LinkRow> links = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Parts parts = parts(batch, names, links);
            cards.addAll(jdbc.sql("select * from practice.practices where id in (:ids) order by region_code, id")
                    .param("ids", batch)
                    .query((rs, i) -> card(rs, parts))
                    .list());
        }
        return cards;
    }

    /** How many practices {@link #accepted} would return. */
    public long countAccepted(int year, java.util.Collection<String> regions, String nationalProject) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = acceptedWhere(year, regions, nationalProject, params);
        return jdbc.sql("select count(*) from practice.practices p" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String acceptedWhere(
            int year, java.util.Collection<String> regions, String nationalProject, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where p.year = :y and p.status in ('ACCEPTED', 'PUBLISHED')");
        params.put("y", year);
        if (!regions.isEmpty()) {
            where.append(" and p.region_code in (:regions)");
            params.put("regions", List.copyOf(regions));
        }
        if (nationalProject != null) {
            where.append(
                    " and exists (select 1 from practice.links l where l.practice_id = p.id and l.national_code = :np)");
            params.put("np", nationalProject);
        }
        return where.toString();
    }

    private static final int BATCH = 500;

    /** The repeatable parts of some practices, with names looked up once per call. */
    private record Parts(
            Map<Long, List<String>> municipalities,
            Map<String, String> names,
            Map<Long, List<PracticeParts.FinancingRow>> financing,
            Map<Long, List<PracticeParts.ResultRow>> results,
            Map<Long, List<PracticeParts.LegalActRow>> acts,
            Map<Long, List<Object[]>> links,
            Map<List<Object>, PracticeParts.LinkRow> namedLinks) {}

    private Parts parts(List<Long> ids) {
        return parts(ids, new java.util.HashMap<>(), new java.util.HashMap<>());
    }

    private Parts parts(List<Long> ids, Map<String, String> names, Map<List<Object>, PracticeParts.LinkRow> named) {
        Map<Long, List<String>> municipalities = new java.util.HashMap<>();
        jdbc.sql("select practice_id, oktmo from practice.practice_municipalities where practice_id in (:ids)"
                        + " order by practice_id, position")
                .param("ids", ids)
                .query((r, n) -> municipalities
                        .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(r.getString(2)))
                .list();
        municipalities.values().stream()
                .flatMap(List::stream)
                .forEach(o -> names.computeIfAbsent(
                        o, k -> territory.municipality(k).map(m -> m.name()).orElse(k)));
        Map<Long, List<PracticeParts.FinancingRow>> financing = new java.util.HashMap<>();
        jdbc.sql("select practice_id, source, amount_rub from practice.financing where practice_id in (:ids)"
                        + " order by practice_id, position")
                .param("ids", ids)
                .query((r, n) -> financing
                        .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new PracticeParts.FinancingRow(
                                FinancingSource.valueOf(r.getString(2)), r.getBigDecimal(3))))
                .list();
        Map<Long, List<PracticeParts.ResultRow>> results = new java.util.HashMap<>();
        jdbc.sql("""
                        select practice_id, indicator, unit, base_value, base_year, target_value, actual_value,
                               actual_year
                        from practice.results where practice_id in (:ids) order by practice_id, position
                        """)
                .param("ids", ids)
                .query((r, n) -> results.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new PracticeParts.ResultRow(
                                r.getString(2),
                                r.getString(3),
                                r.getBigDecimal(4),
                                (Integer) r.getObject(5),
                                r.getBigDecimal(6),
                                r.getBigDecimal(7),
                                (Integer) r.getObject(8))))
                .list();
        Map<Long, List<PracticeParts.LegalActRow>> acts = new java.util.HashMap<>();
        jdbc.sql("select practice_id, type, number, date, title from practice.legal_acts where practice_id in (:ids)"
                        + " order by practice_id, position")
                .param("ids", ids)
                .query((r, n) -> acts.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new PracticeParts.LegalActRow(
                                r.getString(2),
                                r.getString(3),
                                r.getObject(4, java.time.LocalDate.class),
                                r.getString(5))))
                .list();
        Map<Long, List<Object[]>> links = new java.util.HashMap<>();
        jdbc.sql("""
                        select practice_id, national_code, federal_code, regional_project_id, indicator_id, contribution
                        from practice.links where practice_id in (:ids) order by practice_id, position
                        """)
                .param("ids", ids)
                .query((r, n) -> links.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new Object[] {
                            r.getString(2), r.getString(3), r.getObject(4), r.getObject(5), r.getString(6)
                        }))
                .list();
        return new Parts(municipalities, names, financing, results, acts, links, named);
    }

    private PracticeCard card(ResultSet rs, Parts parts) throws SQLException {
        long id = rs.getLong("id");
        int year = rs.getInt("year");
        String region = rs.getString("region_code");
        List<String> municipalities = parts.municipalities().getOrDefault(id, List.of());
        Map<String, String> names = new LinkedHashMap<>();
        municipalities.forEach(o -> names.put(o, parts.names().getOrDefault(o, o)));
        List<PracticeParts.LinkRow> links = parts.links().getOrDefault(id, List.of()).stream()
                .map(l -> parts.namedLinks()
                        .computeIfAbsent(
                                Arrays.asList(region, year, l[0], l[1], l[2], l[3]),
                                k -> named(region, year, (String) l[0], (String) l[1], (Long) l[2], (Long) l[3], null))
                        .withContribution((String) l[4]))
                .toList();
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
                parts.financing().getOrDefault(id, List.of()),
                rs.getBigDecimal("total_financing"),
                rs.getBigDecimal("extra_budgetary_share"),
                mechanism == null ? null : Mechanism.valueOf(mechanism),
                rs.getString("partners"),
                rs.getString("beneficiaries"),
                parts.results().getOrDefault(id, List.of()),
                parts.acts().getOrDefault(id, List.of()),
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

    /**
     * An attachment the public may see: uploaded before the card was last published, so it went through the review
     * with the card (a file could once be added to a published card; such a file stays with the reviewers).
     */
    static final String REVIEWED_ATTACHMENT = """
            uploaded_at <= (select max(a.at) from practice.actions a
                            where a.practice_id = attachments.practice_id and a.action = 'PUBLISH')""";

    List<PracticeHistory.AttachmentView> attachments(long id) {
        return attachments(id, false);
    }

    /** The attachments of the card as published: what the public sees. */
    List<PracticeHistory.AttachmentView> publishedAttachments(long id) {
        return attachments(id, true);
    }

    private List<PracticeHistory.AttachmentView> attachments(long id, boolean published) {
        return jdbc.sql("select id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
                        + " from practice.attachments where practice_id = :id"
                        + (published ? " and " + REVIEWED_ATTACHMENT : "") + " order by id")
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
