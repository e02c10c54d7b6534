package ru.praktika.library.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.Award;
import ru.praktika.competition.CompetitionApi;
import ru.praktika.library.RegionFigures;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationView;
import ru.praktika.shared.NotFoundException;
import ru.praktika.territory.RegionMap;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * The library's map of Russia: published practices per region, as counts or per 100,000 residents, for all of them
 * or one national project or year; five classes of equal size (quantiles of the regions that have any), a legend, and
 * the same figures as a table. A region's page: its figures, practices, council and competition awards.
 */
@Component
public class LibraryMap {

    static final int CLASSES = 5;

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final RegionMap map;
    private final OrganizationApi organizations;
    private final CompetitionApi competition;

    LibraryMap(
            JdbcClient jdbc,
            TerritoryApi territory,
            RegionMap map,
            OrganizationApi organizations,
            CompetitionApi competition) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.map = map;
        this.organizations = organizations;
        this.competition = competition;
    }

    /**
     * The map and its table.
     *
     * @param svg the map, each region a link to its page
     * @param rows every region with its figures, the highest value first
     * @param legend the classes: lower and upper bound of each, as shown
     * @param perCapita values are per 100,000 residents
     */
    public record MapView(String svg, List<RegionFigures> rows, List<String[]> legend, boolean perCapita) {}

    @Transactional(readOnly = true)
    public MapView map(String nationalProject, Integer year, boolean perCapita) {
        Map<String, long[]> counts = counts(nationalProject, year, null);
        Map<String, Long> population = territory.populationByRegion();
        List<RegionView> regions = territory.regions();
        List<RegionFigures> rows = new ArrayList<>();
        for (RegionView r : regions) {
            long[] c = counts.getOrDefault(r.code(), new long[3]);
            Long people = population.get(r.code());
            Double per = people == null || people == 0 ? null : c[0] * 100_000.0 / people;
            rows.add(new RegionFigures(r.code(), r.fullName(), r.federalDistrict(), c[0], c[1], c[2], people, per));
        }
        rows.sort((a, b) -> Double.compare(value(b, perCapita), value(a, perCapita)));
        List<Double> positive = rows.stream()
                .map(r -> value(r, perCapita))
                .filter(v -> v > 0)
                .sorted()
                .toList();
        double[] bounds = new double[CLASSES];
        for (int k = 0; k < CLASSES; k++) {
            bounds[k] = positive.isEmpty()
                    ? 0
                    : positive.get(Math.min(
                            positive.size() - 1, (int) Math.ceil((k + 1) * positive.size() / (double) CLASSES) - 1));
        }
        Map<String, String> classes = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        for (RegionFigures r : rows) {
            double v = value(r, perCapita);
            classes.put(r.code(), "region choro-" + klass(v, bounds));
            titles.put(
                    r.code(),
                    r.name() + ": "
                            + (perCapita
                                    ? (r.perHundredThousand() == null
                                            ? "нет данных о населении"
                                            : ru.praktika.shared.RussianNumbers.format(r.perHundredThousand(), 2)
                                                    + " на 100 тыс. жителей")
                                    : ru.praktika.shared.RussianNumbers.count(
                                            r.practices(), "практика", "практики", "практик")));
            links.put(r.code(), "/library/regions/" + r.code());
        }
        List<String[]> legend = new ArrayList<>();
        legend.add(new String[] {"choro-0", "0"});
        double lower = 0;
        for (int k = 0; k < CLASSES; k++) {
            if (k > 0 && bounds[k] == bounds[k - 1]) {
                continue;
            }
            legend.add(new String[] {
                "choro-" + (k + 1),
                (k == 0 ? "больше 0" : "от " + ru.praktika.shared.RussianNumbers.format(lower, 2)) + " до "
                        + ru.praktika.shared.RussianNumbers.format(bounds[k], 2)
            });
            lower = bounds[k];
        }
        if (positive.isEmpty()) {
            legend = List.<String[]>of(new String[] {"choro-0", "0"});
        }
        String label = perCapita
                ? "Карта: опубликованные практики на 100 тысяч жителей по регионам"
                : "Карта: число опубликованных практик по регионам";
        return new MapView(map.linkedSvg(regions, classes, titles, links, label), rows, legend, perCapita);
    }

    static int klass(double v, double[] bounds) {
        if (v <= 0) {
            return 0;
        }
        for (int k = 0; k < bounds.length; k++) {
            if (v <= bounds[k]) {
                return k + 1;
            }
        }
        return bounds.length;
    }

    private static double value(RegionFigures r, boolean perCapita) {
        return perCapita ? (r.perHundredThousand() == null ? 0 : r.perHundredThousand()) : r.practices();
    }

    /** Region code → practices, winners, adoptions among the library's practices (optionally filtered). */
    private Map<String, long[]> counts(String nationalProject, Integer year, String region) {
        Map<String, long[]> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select region_code, count(*), count(*) filter (where winner), coalesce(sum(adoptions), 0)
                        from library.entries
                        where (cast(:np as text) is null or national_codes @> array[cast(:np as text)])
                          and (cast(:year as integer) is null or year = :year)
                          and (cast(:region as text) is null or region_code = :region)
                        group by region_code
                        """)
                .param("np", nationalProject)
                .param("year", year)
                .param("region", region)
                .query(rs -> {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        return out;
    }

    /**
     * A region as the library shows it.
     *
     * @param figures its figures
     * @param council its council of municipal formations, or null
     * @param awards its municipalities' competition awards
     * @param byProject national project name → practices
     */
    public record RegionPage(
            RegionFigures figures, OrganizationView council, List<Award> awards, Map<String, Long> byProject) {}

    @Transactional(readOnly = true)
    public RegionPage region(String code) {
        RegionView r = territory
                .region(code)
                .orElseThrow(() -> new NotFoundException("Регион с кодом «" + code + "» не найден"));
        long[] c = counts(null, null, code).getOrDefault(code, new long[3]);
        Long people = territory.populationByRegion().get(code);
        RegionFigures figures = new RegionFigures(
                code,
                r.fullName(),
                r.federalDistrict(),
                c[0],
                c[1],
                c[2],
                people,
                people == null || people == 0 ? null : c[0] * 100_000.0 / people);
        Map<String, Long> byProject = new LinkedHashMap<>();
        jdbc.sql("""
                        select np, count(*) from library.entries, unnest(national_codes) np
                        where region_code = :r group by np order by 2 desc, np
                        """).param("r", code).query(rs -> {
            byProject.put(rs.getString(1), rs.getLong(2));
        });
        return new RegionPage(
                figures, organizations.councilOf(code).orElse(null), competition.awardsOf(code), byProject);
    }
}
