package ru.praktika.competition.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.NominationView;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.RegionMap;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * Who took part in a competition year: the applications past the draft (submitted, forwarded, rejected, winners,
 * participants) by region (a map and a table), by nomination, by kind of municipality and category, by national
 * project, the regions that sent nothing, and each year beside the one before. An application serves a national
 * project when its practice card links to it or its nomination lists it. Signed-in users of any role see every year;
 * the public sees years whose results are published.
 */
@Service
public class CompetitionAnalytics {

    /** «Жильё и городская среда», highlighted in the tables and charts. */
    public static final String HOUSING = "NP19-04";

    /** The colour bands of the map: upper bounds of the number of applications (the last is open). */
    static final int[] BANDS = {0, 2, 5, 10};

    public record RegionRow(String code, String name, long applications, long winners, int band) {}

    public record NominationRow(
            String code, String title, List<String> nationalProjects, long applications, long winners) {}

    public record TypeRow(String type, long categoryI, long categoryII) {

        public long total() {
            return categoryI + categoryII;
        }
    }

    /**
     * @param byCard applications whose practice card links to the project
     * @param byNomination applications whose nomination lists it
     */
    public record ProjectRow(
            String code, String name, long applications, long byCard, long byNomination, long winners) {

        public boolean housing() {
            return HOUSING.equals(code);
        }
    }

    /** A year beside the one before it ({@code null} where there was no competition that year). */
    public record YearRow(
            int year,
            long applications,
            long regions,
            long winners,
            Long previousApplications,
            Long previousRegions,
            Long previousWinners) {}

    public record Band(int index, String label) {}

    public record Analytics(
            CompetitionView competition,
            long applications,
            long winners,
            List<RegionRow> regions,
            List<RegionView> silent,
            int subjects,
            List<NominationRow> nominations,
            List<TypeRow> types,
            List<ProjectRow> projects,
            List<YearRow> years,
            List<Band> legend) {

        public boolean housingServed() {
            return projects.stream().anyMatch(ProjectRow::housing);
        }
    }

    private record Application(
            long id, String nomination, String category, String region, String status, Long practiceId, String type) {

        boolean winner() {
            return "WINNER".equals(status);
        }
    }

    private final JdbcClient jdbc;
    private final CompetitionQueries queries;
    private final TerritoryApi territory;
    private final RegionMap map;
    private final PracticeApi practices;
    private final NationalProjectApi nationalProjects;

    CompetitionAnalytics(
            JdbcClient jdbc,
            CompetitionQueries queries,
            TerritoryApi territory,
            RegionMap map,
            PracticeApi practices,
            NationalProjectApi nationalProjects) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.territory = territory;
        this.map = map;
        this.practices = practices;
        this.nationalProjects = nationalProjects;
    }

    /** Whether the actor may see the year's analytics: any signed-in user; the public once results are published. */
    public static boolean canSee(Actor actor, CompetitionView c) {
        return actor.isAuthenticated() || c.published();
    }

    @Transactional(readOnly = true)
    public Analytics analytics(Actor actor, int year) {
        CompetitionView c =
                queries.byYear(year).orElseThrow(() -> new NotFoundException("Конкурс " + year + " года не найден"));
        if (!canSee(actor, c)) {
            throw new AccessDeniedException("Аналитика конкурса " + year + " года откроется после публикации итогов");
        }
        List<Application> apps = jdbc.sql("""
                        select a.id, a.nomination_code, a.category, a.region_code, a.status, a.practice_id, m.type
                        from competition.applications a
                        left join territory.municipalities m on m.oktmo = a.oktmo
                        where a.competition_id = :c and a.status <> 'DRAFT'
                        order by a.id
                        """)
                .param("c", c.id())
                .query((rs, i) -> new Application(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        (Long) rs.getObject(6),
                        rs.getString(7)))
                .list();
        List<RegionView> subjects = territory.regionsOn(c.applicationsDeadline());
        List<RegionRow> regions = regions(apps, subjects);
        Set<String> sending = new LinkedHashSet<>();
        regions.forEach(r -> sending.add(r.code()));
        List<RegionView> silent =
                subjects.stream().filter(r -> !sending.contains(r.code())).toList();
        long winners = apps.stream().filter(Application::winner).count();
        return new Analytics(
                c,
                apps.size(),
                winners,
                regions,
                silent,
                subjects.size(),
                nominations(c, apps),
                types(apps),
                projects(c, apps),
                years(actor, year),
                legend());
    }

    /** The map of Russia coloured by the number of applications, for the page. */
    public String map(Analytics a) {
        Map<String, String> classes = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, RegionRow> byCode = new HashMap<>();
        a.regions().forEach(r -> byCode.put(r.code(), r));
        List<RegionView> subjects = territory.regionsOn(a.competition().applicationsDeadline());
        for (RegionView r : subjects) {
            RegionRow row = byCode.get(r.code());
            long n = row == null ? 0 : row.applications();
            classes.put(r.code(), "region band-" + band(n));
            titles.put(r.code(), r.name() + " — " + RussianNumbers.count(n, "заявка", "заявки", "заявок"));
        }
        return map.svg(
                subjects, classes, titles, "Заявки конкурса " + a.competition().year() + " года по регионам");
    }

    /** The charts of the page: by nomination, by national project (housing highlighted), by year beside the one before. */
    public Map<String, String> charts(Analytics a) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put(
                "nominations",
                BarChart.svg(
                        "Заявки по номинациям",
                        a.nominations().stream()
                                .map(n -> new BarChart.Bar(n.code() + ". " + n.title(), n.applications(), null, false))
                                .toList()));
        charts.put(
                "projects",
                BarChart.svg(
                        "Заявки по национальным проектам",
                        a.projects().stream()
                                .map(p -> new BarChart.Bar(p.name(), p.applications(), null, p.housing()))
                                .toList()));
        charts.put(
                "years",
                BarChart.svg(
                        "Заявки по годам рядом с предыдущим годом",
                        a.years().stream()
                                .map(y -> new BarChart.Bar(
                                        y.year() + " год",
                                        y.applications(),
                                        y.previousApplications(),
                                        y.year() == a.competition().year()))
                                .toList()));
        return charts;
    }

    static int band(long applications) {
        for (int i = 0; i < BANDS.length; i++) {
            if (applications <= BANDS[i]) {
                return i;
            }
        }
        return BANDS.length;
    }

    static List<Band> legend() {
        return List.of(
                new Band(0, "нет заявок"),
                new Band(1, "1–2"),
                new Band(2, "3–5"),
                new Band(3, "6–10"),
                new Band(4, "11 и больше"));
    }

    private static List<RegionRow> regions(List<Application> apps, List<RegionView> subjects) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Application a : apps) {
            long[] n = counts.computeIfAbsent(a.region(), k -> new long[2]);
            n[0]++;
            n[1] += a.winner() ? 1 : 0;
        }
        Map<String, String> names = new HashMap<>();
        subjects.forEach(r -> names.put(r.code(), r.name()));
        List<RegionRow> rows = new ArrayList<>();
        counts.forEach(
                (code, n) -> rows.add(new RegionRow(code, names.getOrDefault(code, code), n[0], n[1], band(n[0]))));
        rows.sort(Comparator.comparingLong(RegionRow::applications).reversed().thenComparing(RegionRow::name));
        return rows;
    }

    private static List<NominationRow> nominations(CompetitionView c, List<Application> apps) {
        List<NominationRow> rows = new ArrayList<>();
        for (NominationView n : c.nominations()) {
            long count =
                    apps.stream().filter(a -> a.nomination().equals(n.code())).count();
            long won = apps.stream()
                    .filter(a -> a.nomination().equals(n.code()) && a.winner())
                    .count();
            rows.add(new NominationRow(n.code(), n.shortTitle(), n.nationalProjects(), count, won));
        }
        return rows;
    }

    private static List<TypeRow> types(List<Application> apps) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (MunicipalityType t : MunicipalityType.values()) {
            counts.put(t.name(), new long[2]);
        }
        counts.put("", new long[2]);
        for (Application a : apps) {
            long[] n = counts.get(a.type() == null || !counts.containsKey(a.type()) ? "" : a.type());
            n["I".equals(a.category()) ? 0 : 1]++;
        }
        List<TypeRow> rows = new ArrayList<>();
        counts.forEach((type, n) -> {
            if (n[0] + n[1] > 0) {
                String label = type.isEmpty()
                        ? "вид не указан"
                        : MunicipalityType.valueOf(type).russianName();
                rows.add(new TypeRow(label, n[0], n[1]));
            }
        });
        return rows;
    }

    private List<ProjectRow> projects(CompetitionView c, List<Application> apps) {
        Map<Long, Set<String>> linked = new HashMap<>();
        List<Long> ids = apps.stream()
                .map(Application::practiceId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        for (PracticeCard card : practices.cards(ids)) {
            Set<String> codes = new LinkedHashSet<>();
            card.links().forEach(l -> codes.add(l.nationalProject()));
            linked.put(card.id(), codes);
        }
        Map<String, String> names = new LinkedHashMap<>();
        // a card of an earlier campaign may link a project of the earlier period: both periods are named
        for (String period : List.of("2019-2024", "2025-2030")) {
            for (NationalProjectView np : nationalProjects.nationalProjects(period)) {
                names.put(np.code(), np.name());
            }
        }
        Map<String, long[]> counts = new TreeMap<>();
        for (Application a : apps) {
            Set<String> byCard = a.practiceId() == null ? Set.of() : linked.getOrDefault(a.practiceId(), Set.of());
            Set<String> byNomination = c.nomination(a.nomination())
                    .map(n -> Set.copyOf(n.nationalProjects()))
                    .orElse(Set.of());
            Set<String> all = new LinkedHashSet<>(byCard);
            all.addAll(byNomination);
            for (String code : all) {
                long[] n = counts.computeIfAbsent(code, k -> new long[4]);
                n[0]++;
                n[1] += byCard.contains(code) ? 1 : 0;
                n[2] += byNomination.contains(code) ? 1 : 0;
                n[3] += a.winner() ? 1 : 0;
            }
        }
        List<ProjectRow> rows = new ArrayList<>();
        counts.forEach(
                (code, n) -> rows.add(new ProjectRow(code, names.getOrDefault(code, code), n[0], n[1], n[2], n[3])));
        rows.sort(Comparator.comparingLong(ProjectRow::applications).reversed().thenComparing(ProjectRow::code));
        return rows;
    }

    private List<YearRow> years(Actor actor, int upTo) {
        record Totals(int year, long applications, long regions, long winners, boolean published) {}
        List<Totals> all = jdbc.sql("""
                        select c.year, count(a.id), count(distinct a.region_code),
                               count(a.id) filter (where a.status = 'WINNER'), c.phase = 'PUBLISHED'
                        from competition.competitions c
                        left join competition.applications a on a.competition_id = c.id and a.status <> 'DRAFT'
                        where c.year <= :y
                        group by c.year, c.phase
                        order by c.year
                        """)
                .param("y", upTo)
                .query((rs, i) ->
                        new Totals(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5)))
                .list();
        Map<Integer, Totals> byYear = new HashMap<>();
        all.stream().filter(t -> actor.isAuthenticated() || t.published()).forEach(t -> byYear.put(t.year(), t));
        List<YearRow> rows = new ArrayList<>();
        for (Totals t : all) {
            if (!byYear.containsKey(t.year())) {
                continue;
            }
            Totals p = byYear.get(t.year() - 1);
            rows.add(new YearRow(
                    t.year(),
                    t.applications(),
                    t.regions(),
                    t.winners(),
                    p == null ? null : p.applications(),
                    p == null ? null : p.regions(),
                    p == null ? null : p.winners()));
        }
        return rows;
    }

    /** How an application is counted for a national project (the page and the workbook say it). */
    public static final String RULE =
            "Заявка относится к национальному проекту, если карточка её практики связана с ним"
                    + " или номинация заявки указывает его; одна заявка может относиться к нескольким проектам.";

    /** The page's tables as an XLSX workbook. */
    public byte[] workbook(Analytics a) {
        return AnalyticsWorkbook.write(a);
    }
}
