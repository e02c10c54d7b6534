package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.NominationView;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.shared.spreadsheet.SpreadsheetException;
import ru.praktika.shared.spreadsheet.SpreadsheetReader;
import ru.praktika.territory.MunicipalitySearch;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * The archive of past results: the secretariat uploads a workbook of a past year's winners and participants (one row
 * per application: year, nomination, category, place, municipality, region or OKTMO, practice title) and each year in
 * it becomes an archive competition whose applications are WINNER or NOT_AWARDED. Municipality names are matched to
 * OKTMO with the territory module's search (word forms and typos) within the region. All or nothing: one row that is
 * invalid or matches no municipality, or several, writes nothing, and every problem is reported with its row number.
 * Importing a year again replaces that archive year's rows.
 */
@Service
public class CompetitionArchive {

    /** The largest workbook accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most data rows accepted. */
    public static final int MAX_ROWS = 20_000;

    /** The problems listed at most (the rest are counted). */
    static final int MAX_PROBLEMS = 500;

    /** The column headers the workbook's first row names. */
    public static final List<String> HEADERS = List.of(
            "Год",
            "Номинация",
            "Категория",
            "Место",
            "Муниципальное образование",
            "Регион",
            "ОКТМО",
            "Название практики");

    /**
     * One row of the workbook as written (texts, {@code null} when blank).
     *
     * @param rowNumber the row number as the office program shows it
     * @param region the region's two-digit code or its name (may be blank when the OKTMO is given)
     * @param oktmo the municipality's OKTMO code, or blank to find it by name
     */
    public record Row(
            int rowNumber,
            String year,
            String nomination,
            String category,
            String place,
            String municipality,
            String region,
            String oktmo,
            String title) {}

    /** A row the import refuses, with the municipalities it could mean (when there were several). */
    public record Problem(int rowNumber, String message, List<String> candidates) {

        /** The problem as one Russian line. */
        public String text() {
            String where = rowNumber > 0 ? "Строка " + rowNumber + ": " : "";
            return where + message + (candidates.isEmpty() ? "" : " Возможно: " + String.join("; ", candidates) + ".");
        }
    }

    /** The import refused: nothing was written. */
    public static class Rejected extends InvalidRequestException {

        private static final long serialVersionUID = 1L;

        private final transient List<Problem> problems;

        Rejected(List<Problem> problems, int total) {
            super(
                    "Архив не загружен: " + RussianNumbers.count(total, "ошибка", "ошибки", "ошибок")
                            + "; данные не изменены",
                    errors(problems));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }

        private static Map<String, String> errors(List<Problem> problems) {
            Map<String, String> m = new LinkedHashMap<>();
            for (Problem p : problems) {
                m.merge("row" + p.rowNumber(), p.text(), (a, b) -> a + " " + b);
            }
            return m;
        }
    }

    /** One archive year written. */
    public record YearImported(int year, long competitionId, int applications, int winners, int replaced) {}

    /** A resolved row, ready to write. */
    private record Entry(
            int rowNumber,
            int year,
            String nomination,
            String category,
            Integer place,
            MunicipalityView municipality,
            String title) {}

    private final JdbcClient jdbc;
    private final Competitions competitions;
    private final CompetitionQueries queries;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;

    CompetitionArchive(
            JdbcClient jdbc,
            Competitions competitions,
            CompetitionQueries queries,
            TerritoryApi territory,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.competitions = competitions;
        this.queries = queries;
        this.territory = territory;
        this.events = events;
    }

    /** Whether the actor may import the archive (the secretariat). */
    public static boolean canImport(Actor actor) {
        return CompetitionPermissions.canSetUp(actor);
    }

    /** The archive years, newest first. */
    @Transactional(readOnly = true)
    public List<CompetitionView> years() {
        return queries.competitions().stream().filter(CompetitionView::archive).toList();
    }

    /** Imports a workbook (XLSX or ODS): every year in it replaces that archive year, or nothing is written. */
    @Transactional
    public List<YearImported> importWorkbook(Actor actor, byte[] content) {
        requireSecretariat(actor);
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("Выберите файл архива (XLSX)");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("Файл архива — не больше 5 МБ; данные не изменены");
        }
        return importRows(actor, read(content));
    }

    /** Imports rows already read (the workbook's, or the demo's): the same checks, all or nothing. */
    @Transactional
    public List<YearImported> importRows(Actor actor, List<Row> rows) {
        return write(actor, rows, false);
    }

    @Transactional
    List<YearImported> write(Actor actor, List<Row> rows, boolean demo) {
        requireSecretariat(actor);
        if (rows.isEmpty()) {
            throw new InvalidRequestException("В файле нет ни одной строки с результатами; данные не изменены");
        }
        if (rows.size() > MAX_ROWS) {
            throw new InvalidRequestException("В файле больше " + RussianNumbers.format(MAX_ROWS)
                    + " строк; разделите его по годам; данные не изменены");
        }
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = resolve(rows, problems);
        if (!problems.isEmpty()) {
            throw new Rejected(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)), problems.size());
        }
        Map<Integer, List<Entry>> byYear = new TreeMap<>();
        entries.forEach(
                e -> byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e));
        List<YearImported> done = new ArrayList<>();
        byYear.forEach((year, list) -> done.add(writeYear(actor, year, list, demo)));
        return done;
    }

    private YearImported writeYear(Actor actor, int year, List<Entry> list, boolean demo) {
        long id = queries.byYear(year)
                .map(CompetitionView::id)
                .orElseGet(() -> competitions.create(actor.username(), year, true, false));
        if (demo) {
            jdbc.sql("update competition.competitions set demo = true where id = :id")
                    .param("id", id)
                    .update();
        }
        CompetitionView c = queries.competition(id).orElseThrow();
        int replaced = jdbc.sql("delete from competition.applications where competition_id = :c")
                .param("c", id)
                .update();
        int winners = 0;
        for (Entry e : list) {
            BigDecimal prize = e.place() == null ? null : c.prize(e.nomination(), e.category(), e.place());
            winners += e.place() == null ? 0 : 1;
            jdbc.sql("""
                            insert into competition.applications (competition_id, nomination_code, title, oktmo,
                                municipality_name, region_code, category, by_association, status, place, rank,
                                prize_rub, demo, created_by, decided_at)
                            values (:c, :n, :t, :oktmo, :name, :region, :cat, false, :status, :place, :place, :prize,
                                :demo, :by, now())
                            """)
                    .param("c", id)
                    .param("n", e.nomination())
                    .param("t", e.title())
                    .param("oktmo", e.municipality().oktmo())
                    .param("name", e.municipality().name())
                    .param("region", e.municipality().regionCode())
                    .param("cat", e.category())
                    .param("status", e.place() == null ? "NOT_AWARDED" : "WINNER")
                    .param("place", e.place())
                    .param("prize", prize)
                    .param("demo", demo)
                    .param("by", actor.username())
                    .update();
        }
        events.publishEvent(AuditedAction.by(
                actor,
                "competition.archive.import",
                "competition",
                id,
                Map.of("year", year, "applications", list.size(), "winners", winners, "replaced", replaced)));
        return new YearImported(year, id, list.size(), winners, replaced);
    }

    // reading

    /** The rows of the first sheet, the header row found by its titles («Год», «Номинация», …). */
    static List<Row> read(byte[] content) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        String[] first = {null};
        try {
            SpreadsheetReader.read(content, ANY_SHEET, (sheet, number, cells) -> {
                if (first[0] == null) {
                    first[0] = sheet;
                }
                if (!sheet.equals(first[0])) {
                    return;
                }
                if (columns.isEmpty()) {
                    header(cells, columns, number);
                    return;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidRequestException("В файле больше " + RussianNumbers.format(MAX_ROWS)
                            + " строк; разделите его по годам; данные не изменены");
                }
                rows.add(new Row(
                        number,
                        cell(cells, columns, "Год"),
                        cell(cells, columns, "Номинация"),
                        cell(cells, columns, "Категория"),
                        cell(cells, columns, "Место"),
                        cell(cells, columns, "Муниципальное образование"),
                        cell(cells, columns, "Регион"),
                        cell(cells, columns, "ОКТМО"),
                        cell(cells, columns, "Название практики")));
            });
        } catch (SpreadsheetException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        if (columns.isEmpty()) {
            throw new InvalidRequestException("В файле нет строки заголовков; данные не изменены");
        }
        return rows;
    }

    private static void header(List<String> cells, Map<String, Integer> columns, int number) {
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i);
            if (h == null) {
                continue;
            }
            String t = normal(h);
            for (String name : HEADERS) {
                if (t.startsWith(normal(name)) && !columns.containsKey(name)) {
                    columns.put(name, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : HEADERS) {
            if (!columns.containsKey(name) && !name.equals("Регион") && !name.equals("ОКТМО")) {
                missing.add("«" + name + "»");
            }
        }
        if (!columns.containsKey("Регион") && !columns.containsKey("ОКТМО")) {
            missing.add("«Регион» или «ОКТМО»");
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("Строка " + number + " — заголовки: нет столбцов "
                    + String.join(", ", missing) + "; данные не изменены");
        }
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= cells.size() ? null : cells.get(i);
    }

    /** The reader reads only named sheets; the archive takes whatever the first sheet is called. */
    private static final Set<String> ANY_SHEET = new AbstractSet<>() {
        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public Iterator<String> iterator() {
            return Collections.emptyIterator();
        }

        @Override
        public int size() {
            return Integer.MAX_VALUE;
        }
    };

    // checking

    private List<Entry> resolve(List<Row> rows, List<Problem> problems) {
        Map<Integer, List<NominationView>> nominations = new HashMap<>();
        Map<Integer, Integer> places = new HashMap<>();
        Map<Integer, String> refusedYears = new HashMap<>();
        Map<String, Integer> seatTaken = new HashMap<>();
        Map<String, Object> found = new HashMap<>();
        List<RegionView> regions = territory.regions();
        int thisYear = Applications.today().getYear();
        List<Entry> entries = new ArrayList<>();
        for (Row r : rows) {
            int before = problems.size();
            Integer year = integer(r.year());
            if (year == null || year < 2017 || year > thisYear) {
                problems.add(problem(r, "год — число от 2017 до " + thisYear + ", а не «" + text(r.year()) + "»."));
                continue;
            }
            if (!refusedYears.containsKey(year)) {
                Optional<CompetitionView> existing = queries.byYear(year);
                refusedYears.put(
                        year,
                        existing.isPresent() && !existing.get().archive()
                                ? "конкурс " + year + " года проведён на платформе, его итоги не загружаются из"
                                        + " архива."
                                : "");
                nominations.put(
                        year,
                        existing.map(CompetitionView::nominations)
                                .orElseGet(() -> YearDefaults.nominations(year, Map.of())));
                places.put(year, existing.map(CompetitionView::places).orElseGet(() -> YearDefaults.places(year)));
            }
            if (!refusedYears.get(year).isEmpty()) {
                problems.add(problem(r, refusedYears.get(year)));
                continue;
            }
            NominationView nomination = nomination(nominations.get(year), r.nomination());
            if (nomination == null) {
                problems.add(problem(
                        r,
                        "номинации «" + text(r.nomination()) + "» не было в конкурсе " + year + " года (коды: "
                                + String.join(
                                        ", ",
                                        nominations.get(year).stream()
                                                .map(NominationView::code)
                                                .toList()) + ")."));
            }
            String category = category(r.category());
            if (category == null) {
                problems.add(problem(r, "категория — I или II, а не «" + text(r.category()) + "»."));
            }
            Integer place = null;
            if (r.place() != null && !r.place().isBlank()) {
                place = integer(r.place());
                if (place == null || place < 1 || place > places.get(year)) {
                    problems.add(problem(
                            r,
                            "место — от 1 до " + places.get(year) + " или пусто для участника без места, а не «"
                                    + text(r.place()) + "»."));
                    place = null;
                } else if (nomination != null && category != null) {
                    String seat = year + "/" + nomination.code() + "/" + category + "/" + place;
                    Integer other = seatTaken.putIfAbsent(seat, r.rowNumber());
                    if (other != null) {
                        problems.add(problem(
                                r,
                                place + "-е место в номинации " + nomination.code() + ", категории " + category
                                        + ", уже занято в строке " + other + "."));
                    }
                }
            }
            String title = r.title() == null ? null : r.title().strip();
            if (title == null || title.isEmpty() || title.length() > 1000) {
                problems.add(problem(r, "укажите название практики (не длиннее 1000 знаков)."));
            }
            MunicipalityView municipality = municipality(r, regions, found, problems);
            if (problems.size() == before) {
                entries.add(new Entry(r.rowNumber(), year, nomination.code(), category, place, municipality, title));
            }
        }
        return entries;
    }

    private MunicipalityView municipality(
            Row r, List<RegionView> regions, Map<String, Object> found, List<Problem> problems) {
        String oktmo = r.oktmo() == null ? null : r.oktmo().strip();
        if (oktmo != null && !oktmo.isEmpty()) {
            String code = oktmo.matches("\\d{1,8}") ? "0".repeat(8 - oktmo.length()) + oktmo : oktmo;
            Optional<MunicipalityView> m = code.matches("\\d{8}") ? territory.municipality(code) : Optional.empty();
            if (m.isEmpty()) {
                problems.add(problem(r, "муниципального образования с ОКТМО «" + oktmo + "» нет в справочнике."));
                return null;
            }
            return m.get();
        }
        RegionView region = region(regions, r.region());
        if (region == null) {
            problems.add(problem(
                    r,
                    r.region() == null || r.region().isBlank()
                            ? "укажите регион (название или двузначный код) или ОКТМО."
                            : "регион «" + r.region() + "» не найден: нужен двузначный код или название субъекта РФ."));
            return null;
        }
        String name = r.municipality() == null ? "" : r.municipality().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(problem(r, "укажите муниципальное образование (не длиннее 200 знаков)."));
            return null;
        }
        String key = region.code() + "/" + normal(name);
        Object match = found.computeIfAbsent(key, k -> match(region, name));
        if (match instanceof MunicipalityView m) {
            return m;
        }
        @SuppressWarnings("unchecked")
        List<MunicipalityView> candidates = (List<MunicipalityView>) match;
        if (candidates.isEmpty()) {
            problems.add(problem(
                    r,
                    "муниципальное образование «" + name + "» не найдено в регионе «" + region.name()
                            + "»; укажите его название по ОКТМО или код ОКТМО."));
        } else {
            problems.add(new Problem(
                    r.rowNumber(),
                    "муниципальному образованию «" + name + "» в регионе «" + region.name()
                            + "» подходят несколько; уточните название или укажите ОКТМО.",
                    candidates.stream()
                            .map(m -> m.label() + " (ОКТМО " + m.oktmo() + ")")
                            .toList()));
        }
        return null;
    }

    /**
     * The one municipality the text means, or the candidates (none or several). The name is searched without the kind
     * words («городской округ»), as people type it; among several hits the one of the kind the text names, then the
     * one whose name is clearly the nearest (by edit distance, a typo or two) is taken.
     */
    private Object match(RegionView region, String name) {
        Optional<MunicipalityView> exact = territory.municipalityNamed(region.code(), name);
        if (exact.isPresent()) {
            return exact.get();
        }
        String wanted = normal(name);
        String core = core(wanted);
        List<MunicipalityView> found = territory
                .municipalities(new MunicipalitySearch(
                        region.code(), null, core.isEmpty() ? name : core, false, PageRequest.of(0, 10)))
                .items();
        if (found.size() > 1) {
            List<MunicipalityView> ofKind = found.stream()
                    .filter(m -> wanted.contains(m.type().russianName()))
                    .toList();
            found = ofKind.isEmpty() ? found : ofKind;
        }
        if (found.size() <= 1) {
            return found.isEmpty() ? found : found.get(0);
        }
        List<MunicipalityView> same = found.stream()
                .filter(m ->
                        normal(m.name()).equals(wanted) || normal(m.label()).equals(wanted))
                .toList();
        if (same.size() == 1) {
            return same.get(0);
        }
        MunicipalityView best = null;
        int bestDistance = Integer.MAX_VALUE;
        int second = Integer.MAX_VALUE;
        for (MunicipalityView m : found) {
            int d = distance(core, core(normal(m.name())));
            if (d < bestDistance) {
                second = bestDistance;
                bestDistance = d;
                best = m;
            } else if (d < second) {
                second = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, core.length() / 5) && second > bestDistance + 2) {
            return best;
        }
        return found.subList(0, Math.min(found.size(), 5));
    }

    /** The name without the words of its kind: «чайковский городской округ» → «чайковский». */
    private static String core(String normalName) {
        String t = normalName;
        for (ru.praktika.territory.MunicipalityType type : ru.praktika.territory.MunicipalityType.values()) {
            t = t.replace(type.russianName(), " ");
        }
        return t.replaceAll("\\s+", " ").strip();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static RegionView region(List<RegionView> regions, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{1,2}")) {
            String code = t.length() == 1 ? "0" + t : t;
            return regions.stream()
                    .filter(r -> r.code().equals(code))
                    .findFirst()
                    .orElse(null);
        }
        String wanted = normal(t);
        return regions.stream()
                .filter(r ->
                        normal(r.name()).equals(wanted) || normal(r.fullName()).equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private static NominationView nomination(List<NominationView> list, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = normal(text);
        for (NominationView n : list) {
            if (normal(n.code()).equals(t)
                    || normal(n.title()).equals(t)
                    || normal(n.shortTitle()).equals(t)) {
                return n;
            }
        }
        return null;
    }

    private static String category(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('І', 'I');
        return switch (t) {
            case "I", "1" -> "I";
            case "II", "2" -> "II";
            default -> null;
        };
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.matches("\\d{1,9}") ? Integer.valueOf(t) : null;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static Problem problem(Row r, String message) {
        return new Problem(r.rowNumber(), message, List.of());
    }

    /** Lower case, ё as е, quotes and repeated spaces dropped: how two spellings of one name are compared. */
    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[«»\"„“]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static void requireSecretariat(Actor actor) {
        if (!canImport(actor)) {
            throw new AccessDeniedException("Архив конкурса загружает секретариат ассоциации");
        }
    }
}
