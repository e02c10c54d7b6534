package ru.praktika.library.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.library.OpenDataColumn;
import ru.praktika.library.OpenDataPractice;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.nationalproject.ProjectRef;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeParts;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * The open data set: the published practices of the library as flat rows with a fixed list of columns and its data
 * dictionary. Rows are read in batches of {@value #BATCH} (the entries by id, then the same cards for the results and
 * the extra-budgetary share) and handed on one by one, so an export of 100,000 practices never holds them all.
 */
@Component
public class OpenData {

    static final int BATCH = 500;

    /** Moscow time: the day a practice was published, as the association counts it. */
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /**
     * A column: its dictionary entry and how its value is taken from a row.
     *
     * @param column name, description and type
     * @param value the value of a row, or null
     */
    public record Column(OpenDataColumn column, Function<OpenDataPractice, Object> value) {

        public String name() {
            return column.name();
        }

        public String type() {
            return column.type();
        }
    }

    public static final String INTEGER = "integer";
    public static final String NUMBER = "number";
    public static final String STRING = "string";
    public static final String DATE = "date";

    /** The columns, in the order of every export. */
    public static final List<Column> COLUMNS = List.of(
            column("id", "Идентификатор практики в библиотеке", INTEGER, OpenDataPractice::id),
            column("title", "Название практики", STRING, OpenDataPractice::title),
            column(
                    "year",
                    "Год конкурсного отбора (кампании), в котором подана практика",
                    INTEGER,
                    OpenDataPractice::year),
            column(
                    "regionCode",
                    "Код субъекта Российской Федерации (две цифры, как в ОКАТО/ГИБДД: 59 — Пермский край)",
                    STRING,
                    OpenDataPractice::regionCode),
            column("regionName", "Субъект Российской Федерации", STRING, OpenDataPractice::regionName),
            column("federalDistrict", "Федеральный округ", STRING, OpenDataPractice::federalDistrict),
            column(
                    "leadOktmo",
                    "Код ОКТМО ведущего муниципального образования (8 цифр)",
                    STRING,
                    OpenDataPractice::leadOktmo),
            column("leadMunicipality", "Ведущее муниципальное образование", STRING, OpenDataPractice::leadMunicipality),
            column(
                    "municipalityType",
                    "Вид ведущего муниципального образования (131-ФЗ)",
                    STRING,
                    OpenDataPractice::municipalityType),
            column("problem", "Проблема, которую решает практика", STRING, OpenDataPractice::problem),
            column("description", "Что сделано: описание практики", STRING, OpenDataPractice::description),
            column(
                    "results",
                    "Результаты: показатель, базовое → достигнутое значение, единица измерения;"
                            + " показатели разделены «; »",
                    STRING,
                    OpenDataPractice::results),
            column(
                    "nationalProjectCodes",
                    "Коды национальных проектов, с которыми связана практика, через «; »",
                    STRING,
                    OpenDataPractice::nationalProjectCodes),
            column(
                    "nationalProjectNames",
                    "Названия этих национальных проектов, через «; »",
                    STRING,
                    OpenDataPractice::nationalProjectNames),
            column(
                    "federalProjectCodes",
                    "Коды федеральных проектов, через «; »",
                    STRING,
                    OpenDataPractice::federalProjectCodes),
            column(
                    "federalProjectNames",
                    "Названия этих федеральных проектов, через «; »",
                    STRING,
                    OpenDataPractice::federalProjectNames),
            column(
                    "mechanism",
                    "Механизм реализации и финансирования (бюджет, инициативное бюджетирование,"
                            + " концессия, ГЧП/МЧП, грант, ТОС, волонтёры)",
                    STRING,
                    OpenDataPractice::mechanism),
            column(
                    "interMunicipal",
                    "Межмуниципальная практика (несколько муниципальных образований): «да» или «нет»",
                    STRING,
                    OpenDataPractice::interMunicipal),
            column(
                    "totalFinancingRub",
                    "Финансирование из всех источников, рублей (в CSV — с десятичной запятой)",
                    NUMBER,
                    OpenDataPractice::totalFinancingRub),
            column(
                    "extraBudgetaryShare",
                    "Доля внебюджетных средств в финансировании, от 0 до 1 (пусто, если"
                            + " финансирование не указано; в CSV — с десятичной запятой)",
                    NUMBER,
                    OpenDataPractice::extraBudgetaryShare),
            column(
                    "award",
                    "Награда Всероссийского конкурса «Лучшая муниципальная практика» (пусто, если нет)",
                    STRING,
                    OpenDataPractice::award),
            column(
                    "adoptions",
                    "Сколько муниципальных образований отметили, что внедрили практику у себя",
                    INTEGER,
                    OpenDataPractice::adoptions),
            column("url", "Адрес страницы практики в библиотеке", STRING, OpenDataPractice::url),
            column(
                    "publishedAt",
                    "Дата публикации в библиотеке (ГГГГ-ММ-ДД, по московскому времени)",
                    DATE,
                    OpenDataPractice::publishedAt));

    private static Column column(
            String name, String description, String type, Function<OpenDataPractice, Object> value) {
        return new Column(new OpenDataColumn(name, description, type), value);
    }

    /**
     * Which practices: all when both are null.
     *
     * @param year a campaign year, or null
     * @param regionCode a region, or null
     */
    public record Filter(Integer year, String regionCode) {

        public static final Filter ALL = new Filter(null, null);
    }

    /**
     * How fresh the set is.
     *
     * @param generation the library's change counter
     * @param changedAt the last change of the library
     * @param practices how many published practices it holds
     */
    public record State(long generation, Instant changedAt, long practices) {}

    private final JdbcClient jdbc;
    private final PracticeApi practices;
    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;
    private final MessageSource messages;

    OpenData(
            JdbcClient jdbc,
            PracticeApi practices,
            TerritoryApi territory,
            NationalProjectApi catalogue,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.practices = practices;
        this.territory = territory;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The data dictionary: every column of every export, in order. */
    public static List<OpenDataColumn> dictionary() {
        return COLUMNS.stream().map(Column::column).toList();
    }

    /** The library's change generation and time, without counting. */
    public Generation generation() {
        return jdbc.sql("select generation, changed_at from library.state where id = 1")
                .query((rs, i) ->
                        new Generation(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .optional()
                .orElse(new Generation(0, Instant.EPOCH));
    }

    /**
     * The library's change generation and when it last changed.
     *
     * @param generation bumped on every change
     * @param changedAt the last change
     */
    public record Generation(long generation, Instant changedAt) {}

    /** The generation, the last change and the number of published practices. */
    public State state() {
        Generation g = generation();
        long count = jdbc.sql("select count(*) from library.entries")
                .query(Long.class)
                .single();
        return new State(g.generation(), g.changedAt(), count);
    }

    /** Checks a filter as a client sent it: the year a plausible one, the region a known code. */
    public Filter filter(Integer year, String region) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidRequestException("Год — от 2000 до 2100, например 2024");
        }
        String code = region == null || region.isBlank() ? null : region.strip();
        if (code != null && (!code.matches("\\d{2}") || territory.region(code).isEmpty())) {
            throw new InvalidRequestException(
                    "Регион — код субъекта РФ из двух цифр, например 59; «" + code + "» не найден");
        }
        return new Filter(year, code);
    }

    /**
     * Hands every published practice the filter admits to the sink, in the order of ids.
     *
     * @param baseUrl the site's address without a trailing slash, for the practice pages' URLs
     */
    public void forEach(Filter filter, String baseUrl, Consumer<OpenDataPractice> sink) {
        Map<String, String> regionNames = territory.regions().stream()
                .collect(Collectors.toMap(RegionView::code, RegionView::fullName, (a, b) -> a));
        Map<String, String> projectNames = projectNames();
        long after = Long.MIN_VALUE;
        while (true) {
            List<Entry> entries = entries(filter, after);
            if (entries.isEmpty()) {
                return;
            }
            Map<Long, PracticeCard> cards = new HashMap<>();
            for (PracticeCard card :
                    practices.cards(entries.stream().map(Entry::id).toList())) {
                if (card.status() == PracticeStatus.PUBLISHED) {
                    cards.put(card.id(), card);
                }
            }
            for (Entry e : entries) {
                PracticeCard card = cards.get(e.id());
                // a card unpublished since it was indexed leaves the set now, not at the next catch-up
                if (card != null) {
                    sink.accept(row(e, card, regionNames, projectNames, baseUrl));
                }
            }
            if (entries.size() < BATCH) {
                return;
            }
            after = entries.get(entries.size() - 1).id();
        }
    }

    /** All rows at once: for tests and small filters only. */
    public List<OpenDataPractice> list(Filter filter, String baseUrl) {
        List<OpenDataPractice> out = new ArrayList<>();
        forEach(filter, baseUrl, out::add);
        return out;
    }

    /** The published practices' ids with the last time their entries changed, {@code limit} from {@code offset}. */
    public void pages(long offset, int limit, PageSink sink) {
        jdbc.sql("select practice_id, indexed_at from library.entries order by practice_id offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(rs -> {
                    sink.accept(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
    }

    /** Takes one practice page of the sitemap. */
    @FunctionalInterface
    public interface PageSink {
        void accept(long practiceId, Instant changedAt);
    }

    /** The value of a column in a row. */
    public static Object value(Column column, OpenDataPractice row) {
        return column.value().apply(row);
    }

    private record Entry(
            long id,
            String title,
            int year,
            String regionCode,
            String district,
            String leadOktmo,
            String municipality,
            String municipalityType,
            String summary,
            String body,
            List<String> nationalCodes,
            List<String> federalCodes,
            String mechanism,
            boolean interMunicipal,
            BigDecimal totalFinancing,
            String award,
            int adoptions,
            Instant publishedAt) {}

    private List<Entry> entries(Filter filter, long after) {
        StringBuilder sql = new StringBuilder("""
                select practice_id, title, year, region_code, district, lead_oktmo, municipality, municipality_type,
                       summary, body, national_codes, federal_codes, mechanism, inter_municipal, total_financing, award,
                       adoptions, published_at
                from library.entries where practice_id > :after
                """);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after", after);
        if (filter.year() != null) {
            sql.append(" and year = :year");
            params.put("year", filter.year());
        }
        if (filter.regionCode() != null) {
            sql.append(" and region_code = :region");
            params.put("region", filter.regionCode());
        }
        sql.append(" order by practice_id limit ").append(BATCH);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> entry(rs))
                .list();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(
                rs.getLong("practice_id"),
                rs.getString("title"),
                rs.getInt("year"),
                rs.getString("region_code"),
                rs.getString("district"),
                rs.getString("lead_oktmo"),
                rs.getString("municipality"),
                rs.getString("municipality_type"),
                rs.getString("summary"),
                rs.getString("body"),
                strings(rs.getArray("national_codes")),
                strings(rs.getArray("federal_codes")),
                rs.getString("mechanism"),
                rs.getBoolean("inter_municipal"),
                rs.getBigDecimal("total_financing"),
                rs.getString("award"),
                rs.getInt("adoptions"),
                rs.getTimestamp("published_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            if (v != null && !v.toString().isBlank()) {
                out.add(v.toString());
            }
        }
        return out;
    }

    private OpenDataPractice row(
            Entry e,
            PracticeCard card,
            Map<String, String> regionNames,
            Map<String, String> projectNames,
            String baseUrl) {
        return new OpenDataPractice(
                e.id(),
                e.title(),
                e.year(),
                e.regionCode(),
                regionNames.getOrDefault(e.regionCode(), e.regionCode()),
                e.district(),
                e.leadOktmo(),
                e.municipality(),
                MunicipalityType.parse(e.municipalityType())
                        .map(MunicipalityType::russianName)
                        .orElse(null),
                blankToNull(e.summary()),
                blankToNull(e.body()),
                results(card.results()),
                joined(e.nationalCodes()),
                joined(e.nationalCodes().stream()
                        .map(c -> projectNames.getOrDefault(c, c))
                        .toList()),
                joined(e.federalCodes()),
                joined(e.federalCodes().stream()
                        .map(c -> projectNames.getOrDefault(c, c))
                        .toList()),
                e.mechanism() == null
                        ? null
                        : messages.getMessage("mechanism." + e.mechanism(), null, e.mechanism(), Locale.ROOT),
                e.interMunicipal() ? "да" : "нет",
                e.totalFinancing() == null ? BigDecimal.ZERO.setScale(2) : e.totalFinancing(),
                card.extraBudgetaryShare() == null
                        ? null
                        : card.extraBudgetaryShare().setScale(4, RoundingMode.HALF_UP),
                blankToNull(e.award()),
                e.adoptions(),
                baseUrl + "/library/practices/" + e.id(),
                e.publishedAt().atZone(MOSCOW).toLocalDate());
    }

    /** «Показатель: 10 → 25 ед. (2024)», one per result, joined with «; ». */
    static String results(List<PracticeParts.ResultRow> results) {
        List<String> parts = new ArrayList<>();
        for (PracticeParts.ResultRow r : results) {
            if (r.indicator() == null || r.indicator().isBlank()) {
                continue;
            }
            StringBuilder s = new StringBuilder(r.indicator().strip());
            if (r.baseValue() != null || r.actualValue() != null) {
                s.append(": ").append(number(r.baseValue())).append(" → ").append(number(r.actualValue()));
                if (r.unit() != null && !r.unit().isBlank()) {
                    s.append(' ').append(r.unit().strip());
                }
                if (r.actualYear() != null) {
                    s.append(" (").append(r.actualYear()).append(')');
                }
            }
            parts.add(s.toString());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String number(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    private Map<String, String> projectNames() {
        Map<String, String> names = new HashMap<>();
        for (NationalProjectView np : catalogue.nationalProjects(null)) {
            names.put(np.code(), np.name());
            for (ProjectRef fp : np.federalProjects()) {
                names.put(fp.code(), fp.name());
            }
        }
        return names;
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
