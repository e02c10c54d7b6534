package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import ru.praktika.shared.RussianNumbers;
import ru.praktika.territory.MunicipalityView;
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
        return importRows(actor, ArchiveWorkbook.read(content));
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

    // checking

    private List<Entry> resolve(List<Row> rows, List<Problem> problems) {
        Map<Integer, List<NominationView>> nominations = new HashMap<>();
        Map<Integer, Integer> places = new HashMap<>();
        Map<Integer, String> refusedYears = new HashMap<>();
        Map<String, Integer> seatTaken = new HashMap<>();
        MunicipalityMatcher matcher = new MunicipalityMatcher(territory);
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
            MunicipalityView municipality = matcher.municipality(r, problems);
            if (problems.size() == before) {
                entries.add(new Entry(r.rowNumber(), year, nomination.code(), category, place, municipality, title));
            }
        }
        return entries;
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

    static Problem problem(Row r, String message) {
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
