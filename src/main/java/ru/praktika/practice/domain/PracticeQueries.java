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
import ru.praktika.practice.CardCatalogue;
import ru.praktika.practice.CardTexts;
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
import tools.jackson.databind.json.JsonMapper;

/** The reads of practices, in SQL, already limited to what the actor may see. */
@Component
public class PracticeQueries {

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;
    private final JsonMapper json;

    PracticeQueries(JdbcClient jdbc, TerritoryApi territory, NationalProjectApi catalogue, JsonMapper json) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.catalogue = catalogue;
        this.json = json;
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
        Names names = new Names();
        return jdbc.sql(WITH_PARTS + " where p.id = :id")
                .param("id", id)
                .query((rs, i) -> new Stored(card(rs, names), rs.getBoolean("contacts_public")))
                .optional();
    }

    /** A published card as the public sees it, with its reviewed files. */
    public Optional<ru.praktika.practice.PublishedCard> published(long id) {
        return stored(id)
                .filter(s -> s.card().status() == ru.praktika.practice.PracticeStatus.PUBLISHED)
                .map(s -> new ru.praktika.practice.PublishedCard(
                        s.card().forPublic(s.contactsPublic()), s.contactsPublic(), publishedAttachments(id)));
    }

    /** The ids of every published card. */
    public List<Long> publishedIds() {
        return jdbc.sql("select id from practice.practices where status = 'PUBLISHED' order by id")
                .query(Long.class)
                .list();
    }

    /** Whole cards by id, read in batches (a few queries per 500 cards), in the order of the ids given. */
    public List<PracticeCard> cards(java.util.Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        Map<Long, PracticeCard> byId = new java.util.HashMap<>();
        Names names = new Names();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            jdbc.sql(WITH_PARTS + " where p.id in (:ids)")
                    .param("ids", batch)
                    .query((rs, i) -> card(rs, names))
                    .list()
                    .forEach(c -> byId.put(c.id(), c));
        }
        return all.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * A card's row with its repeatable parts in one statement: each list is a JSON array in the order of its
     * positions, numbers as text so that they come back exactly as stored (with their scale), dates in ISO form.
     */
    private static final String WITH_PARTS = """
            select p.*,
                   (select json_agg(m.oktmo order by m.position)
                    from practice.practice_municipalities m where m.practice_id = p.id) as part_municipalities,
                   (select json_agg(json_build_array(f.source, f.amount_rub::text) order by f.position)
                    from practice.financing f where f.practice_id = p.id) as part_financing,
                   (select json_agg(json_build_array(r.indicator, r.unit, r.base_value::text, r.base_year,
                                                     r.target_value::text, r.actual_value::text, r.actual_year)
                                    order by r.position)
                    from practice.results r where r.practice_id = p.id) as part_results,
                   (select json_agg(json_build_array(a.type, a.number, a.date, a.title) order by a.position)
                    from practice.legal_acts a where a.practice_id = p.id) as part_legal_acts,
                   (select json_agg(json_build_array(l.national_code, l.federal_code, l.regional_project_id,
                                                     l.indicator_id, l.contribution) order by l.position)
                    from practice.links l where l.practice_id = p.id) as part_links
            from practice.practices p""";

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
        Names names = new Names();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            cards.addAll(jdbc.sql(WITH_PARTS + " where p.id in (:ids) order by p.region_code, p.id")
                    .param("ids", batch)
                    .query((rs, i) -> card(rs, names))
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

    /** A card's full-text vector as the column keeps it, for a card still waiting for it. */
    private static final String VECTOR = "practice.search_vector(p.title, p.problem, p.goals, p.description)";

    /** Names looked up once per call: municipalities by OKTMO, links by what they point to. */
    private record Names(Map<String, String> municipalities, Map<List<Object>, PracticeParts.LinkRow> links) {
        Names() {
            this(new java.util.HashMap<>(), new java.util.HashMap<>());
        }
    }

    /** The rows of a JSON array of arrays made by {@link #WITH_PARTS}, none when the card has none. */
    private List<List<Object>> rows(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = json.readValue(text, List.class);
        return rows;
    }

    private static java.math.BigDecimal decimal(Object text) {
        return text == null ? null : new java.math.BigDecimal((String) text);
    }

    private static Integer integer(Object number) {
        return number == null ? null : ((Number) number).intValue();
    }

    private static Long id(Object number) {
        return number == null ? null : ((Number) number).longValue();
    }

    private PracticeCard card(ResultSet rs, Names known) throws SQLException {
        int year = rs.getInt("year");
        String region = rs.getString("region_code");
        String municipalitiesJson = rs.getString("part_municipalities");
        @SuppressWarnings("unchecked")
        List<String> municipalities = municipalitiesJson == null
                ? List.of()
                : List.copyOf((List<String>) json.readValue(municipalitiesJson, List.class));
        Map<String, String> names = new LinkedHashMap<>();
        municipalities.forEach(o -> names.put(
                o,
                known.municipalities()
                        .computeIfAbsent(
                                o,
                                k -> territory
                                        .municipality(k)
                                        .map(m -> m.name())
                                        .orElse(k))));
        List<PracticeParts.FinancingRow> financing = rows(rs, "part_financing").stream()
                .map(f -> new PracticeParts.FinancingRow(FinancingSource.valueOf((String) f.get(0)), decimal(f.get(1))))
                .toList();
        List<PracticeParts.ResultRow> results = rows(rs, "part_results").stream()
                .map(r -> new PracticeParts.ResultRow(
                        (String) r.get(0),
                        (String) r.get(1),
                        decimal(r.get(2)),
                        integer(r.get(3)),
                        decimal(r.get(4)),
                        decimal(r.get(5)),
                        integer(r.get(6))))
                .toList();
        List<PracticeParts.LegalActRow> acts = rows(rs, "part_legal_acts").stream()
                .map(a -> new PracticeParts.LegalActRow(
                        (String) a.get(0),
                        (String) a.get(1),
                        a.get(2) == null ? null : java.time.LocalDate.parse((String) a.get(2)),
                        (String) a.get(3)))
                .toList();
        List<PracticeParts.LinkRow> links = rows(rs, "part_links").stream()
                .map(l -> known.links()
                        .computeIfAbsent(
                                Arrays.asList(region, year, l.get(0), l.get(1), id(l.get(2)), id(l.get(3))),
                                k -> named(
                                        region,
                                        year,
                                        (String) l.get(0),
                                        (String) l.get(1),
                                        id(l.get(2)),
                                        id(l.get(3)),
                                        null))
                        .withContribution((String) l.get(4)))
                .toList();
        Map<String, Object> v = new java.util.HashMap<>();
        for (CardCatalogue.Field f : CardCatalogue.FIELDS) {
            v.put(f.name(), column(rs, f));
        }
        v.put("id", rs.getLong("id"));
        v.put("year", year);
        v.put("regionCode", region);
        v.put("municipalities", municipalities);
        v.put("municipalityNames", names);
        v.put("interMunicipal", rs.getBoolean("inter_municipal"));
        v.put("financing", financing);
        v.put("totalFinancingRub", rs.getBigDecimal("total_financing"));
        v.put("extraBudgetaryShare", rs.getBigDecimal("extra_budgetary_share"));
        v.put("results", results);
        v.put("legalActs", acts);
        v.put("links", links);
        v.put("status", PracticeStatus.valueOf(rs.getString("status")));
        v.put("version", rs.getLong("version"));
        v.put("createdBy", rs.getString("created_by"));
        v.put("createdAt", rs.getTimestamp("created_at").toInstant());
        v.put("updatedAt", rs.getTimestamp("updated_at").toInstant());
        return CardTexts.create(PracticeCard.class, v);
    }

    /** The column of a card field ({@code periodFrom} → {@code period_from}). */
    static String columnOf(CardCatalogue.Field f) {
        return f.name().equals("leadMunicipality")
                ? "lead_oktmo"
                : f.name().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static Object column(ResultSet rs, CardCatalogue.Field f) throws SQLException {
        String c = columnOf(f);
        return switch (f.kind()) {
            case DATE -> rs.getObject(c, java.time.LocalDate.class);
            case INTEGER, YEAR -> rs.getObject(c, Integer.class);
            case NUMBER, MONEY -> rs.getBigDecimal(c);
            case MECHANISM -> rs.getString(c) == null ? null : Mechanism.valueOf(rs.getString(c));
            default -> rs.getString(c);
        };
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
            // a card of an import waits a few seconds for its vector (SearchVectors): meanwhile it is made here
            where.append(" and (p.search @@ websearch_to_tsquery('russian', :q) or (p.search is null and " + VECTOR
                    + " @@ websearch_to_tsquery('russian', :q)))");
            params.put("q", f.query().strip());
            order = " order by ts_rank(coalesce(p.search, " + VECTOR
                    + "), websearch_to_tsquery('russian', :q)) desc, p.id desc";
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
