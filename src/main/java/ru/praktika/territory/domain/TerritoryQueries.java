package ru.praktika.territory.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.shared.PageView;
import ru.praktika.territory.FederalDistrictSummary;
import ru.praktika.territory.MunicipalitySearch;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.OktmoEdition;
import ru.praktika.territory.RegionDetails;
import ru.praktika.territory.RegionView;

/** The reads of the territory module, in SQL. */
@Component
public class TerritoryQueries {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{2,8}");
    private static final String REGION_COLUMNS =
            "code, oktmo, name, full_name, federal_district, iso_code, subject_since";

    private final JdbcClient jdbc;

    TerritoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegionView> regions() {
        return jdbc.sql("select " + REGION_COLUMNS + " from territory.regions order by code")
                .query(RegionView.class)
                .list();
    }

    public Optional<RegionView> region(String code) {
        return jdbc.sql("select " + REGION_COLUMNS + " from territory.regions where code = :code")
                .param("code", code)
                .query(RegionView.class)
                .optional();
    }

    public Optional<String> regionType(String code) {
        return jdbc.sql("select coalesce(type, '') from territory.regions where code = :code")
                .param("code", code)
                .query(String.class)
                .optional();
    }

    public Optional<RegionDetails> regionDetails(String code) {
        return region(code).map(region -> {
            Map<MunicipalityType, Long> byType = new EnumMap<>(MunicipalityType.class);
            jdbc.sql("""
                            select type, count(*) as n from territory.municipalities
                            where region_code = :code and active group by type
                            """)
                    .param("code", code)
                    .query((rs, i) -> Map.entry(MunicipalityType.valueOf(rs.getString("type")), rs.getLong("n")))
                    .list()
                    .forEach(e -> byType.put(e.getKey(), e.getValue()));
            return jdbc.sql("select capital, population, timezone, note from territory.regions where code = :code")
                    .param("code", code)
                    .query((rs, i) -> new RegionDetails(
                            region,
                            rs.getString("capital"),
                            (Integer) rs.getObject("population"),
                            rs.getString("timezone"),
                            rs.getString("note"),
                            byType.values().stream().mapToLong(Long::longValue).sum(),
                            byType))
                    .single();
        });
    }

    public List<FederalDistrictSummary> federalDistricts() {
        Map<String, List<FederalDistrictSummary.RegionCount>> districts = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.code, r.oktmo, r.name, r.full_name, r.federal_district, r.iso_code, r.subject_since,
                               count(m.oktmo) filter (where m.active) as municipalities
                        from territory.regions r
                        left join territory.municipalities m on m.region_code = r.code
                        group by r.code
                        order by r.federal_district, r.full_name
                        """)
                .query((rs, i) -> new FederalDistrictSummary.RegionCount(
                        new RegionView(
                                rs.getString("code"),
                                rs.getString("oktmo"),
                                rs.getString("name"),
                                rs.getString("full_name"),
                                rs.getString("federal_district"),
                                rs.getString("iso_code"),
                                rs.getObject("subject_since", java.time.LocalDate.class)),
                        rs.getLong("municipalities")))
                .list()
                .forEach(rc -> districts
                        .computeIfAbsent(rc.region().federalDistrict(), k -> new ArrayList<>())
                        .add(rc));
        return districts.entrySet().stream()
                .map(e -> new FederalDistrictSummary(e.getKey(), e.getValue()))
                .toList();
    }

    public Optional<MunicipalityView> municipality(String oktmo) {
        return jdbc.sql("""
                        select m.oktmo, m.name, m.type, m.region_code, m.parent_oktmo, p.name as parent_name, m.active,
                               m.population
                        from territory.municipalities m
                        left join territory.municipalities p on p.oktmo = m.parent_oktmo
                        where m.oktmo = :oktmo
                        """)
                .param("oktmo", oktmo)
                .query((rs, i) -> municipality(rs))
                .optional();
    }

    public long countMunicipalities(boolean activeOnly) {
        return jdbc.sql("select count(*) from territory.municipalities" + (activeOnly ? " where active" : ""))
                .query(Long.class)
                .single();
    }

    /**
     * Finds municipalities. Words match in any grammatical form through the {@code russian} text-search
     * configuration and as prefixes («чайк» finds «Чайковское»); a typo («чайковскй») is caught by trigram
     * similarity.
     */
    public PageView<MunicipalityView> search(MunicipalitySearch search) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.regionCode() != null) {
            where.append(" and m.region_code = :region");
            params.put("region", search.regionCode());
        }
        if (search.type() != null) {
            where.append(" and m.type = :type");
            params.put("type", search.type().name());
        }
        if (!search.includeInactive()) {
            where.append(" and m.active");
        }
        String order = " order by m.name, m.oktmo";
        String prefixQuery = prefixQuery(search.query());
        if (search.query() != null && DIGITS.matcher(search.query().strip()).matches()) {
            // people who know the code type it and get the name
            where.append(" and m.oktmo like :code");
            params.put("code", search.query().strip() + "%");
            order = " order by m.oktmo";
        } else if (prefixQuery != null) {
            where.append(" and (m.search @@ to_tsquery('russian', :tsq) or lower(:q) <% lower(m.name))");
            params.put("tsq", prefixQuery);
            params.put("q", search.query().strip());
            order = """
                     order by (m.search @@ to_tsquery('russian', :tsq)) desc,
                              word_similarity(lower(:q), lower(m.name)) desc, m.name, m.oktmo""";
        }
        long total = jdbc.sql("select count(*) from territory.municipalities m" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<MunicipalityView> items = jdbc.sql(
                        "select m.oktmo, m.name, m.type, m.region_code, m.parent_oktmo, p.name as parent_name,"
                                + " m.active, m.population from territory.municipalities m"
                                + " left join territory.municipalities p on p.oktmo = m.parent_oktmo" + where + order
                                + " limit :limit offset :offset")
                .params(params)
                .param("limit", search.page().size())
                .param("offset", search.page().offset())
                .query((rs, i) -> municipality(rs))
                .list();
        return new PageView<>(items, total, search.page().page(), search.page().size());
    }

    /** «чайковского район» → {@code чайковского:* & район:*}; null when the text has no words. */
    static String prefixQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT))
                .results()
                .map(m -> m.group() + ":*")
                .limit(10)
                .toList();
        return words.isEmpty() ? null : String.join(" & ", words);
    }

    private static MunicipalityView municipality(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MunicipalityView(
                rs.getString("oktmo"),
                rs.getString("name"),
                MunicipalityType.valueOf(rs.getString("type")),
                rs.getString("region_code"),
                rs.getString("parent_oktmo"),
                rs.getString("parent_name"),
                rs.getBoolean("active"),
                (Integer) rs.getObject("population"));
    }

    /** The edition loaded last, or empty before any was recorded. */
    public Optional<OktmoEdition> currentEdition() {
        return editions(1).stream().findFirst();
    }

    /** The editions loaded, latest first. */
    public List<OktmoEdition> editions(int limit) {
        return jdbc.sql("""
                        select id, edition_date, file_name, imported_at, imported_by, rows_read
                        from territory.oktmo_imports where edition_date is not null
                        order by id desc limit :limit
                        """)
                .param("limit", limit)
                .query((rs, i) -> new OktmoEdition(
                        rs.getLong("id"),
                        rs.getObject("edition_date", java.time.LocalDate.class),
                        rs.getString("file_name"),
                        rs.getObject("imported_at", java.time.OffsetDateTime.class),
                        rs.getString("imported_by"),
                        rs.getInt("rows_read")))
                .list();
    }

    /** Active municipalities of all Russia per kind. */
    public Map<MunicipalityType, Long> countByType() {
        Map<MunicipalityType, Long> byType = new EnumMap<>(MunicipalityType.class);
        jdbc.sql("select type, count(*) as n from territory.municipalities where active group by type")
                .query((rs, i) -> Map.entry(MunicipalityType.valueOf(rs.getString("type")), rs.getLong("n")))
                .list()
                .forEach(e -> byType.put(e.getKey(), e.getValue()));
        return byType;
    }

    /**
     * The active municipality of a region whose name or label is exactly this text (letter case aside), when there is
     * only one: what a person typed without picking from the list.
     */
    public Optional<MunicipalityView> exactlyNamed(String regionCode, String text) {
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        List<MunicipalityView> found = search(
                        new MunicipalitySearch(regionCode, null, text, false, ru.praktika.shared.PageRequest.of(0, 50)))
                .items()
                .stream()
                .filter(m -> m.name().toLowerCase(java.util.Locale.ROOT).equals(wanted)
                        || m.label().toLowerCase(java.util.Locale.ROOT).equals(wanted))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Region code → population summed over its active top-level municipalities (those with a figure). */
    public java.util.Map<String, Long> populationByRegion() {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        jdbc.sql("""
                        select region_code, sum(population) from territory.municipalities
                        where active and population is not null
                          and type in ('MUNICIPAL_DISTRICT', 'MUNICIPAL_OKRUG', 'URBAN_OKRUG', 'FEDERAL_CITY_TERRITORY')
                        group by region_code
                        """).query(rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }
}
