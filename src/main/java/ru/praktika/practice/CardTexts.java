package ru.praktika.practice;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.praktika.practice.CardCatalogue.Field;
import ru.praktika.practice.CardCatalogue.Group;
import ru.praktika.practice.CardCatalogue.Kind;
import ru.praktika.shared.RussianDates;

/**
 * A card as texts, the way a person types it into the form or a workbook: the card's fields by name, and the rows of
 * each repeatable group as field → text. Both directions follow {@link CardCatalogue}: {@link #of} writes a card's
 * values as texts (numbers plain, dates dd.mm.yyyy, choices by their Russian name or their code), {@link #toDraft}
 * reads texts back, collecting a Russian message per field path for what is not a number, a date or a known choice.
 * A card written and read back gives the same draft: the workbook's round trip and the form's refill rely on it.
 *
 * @param fields card field → text (absent or empty: no value)
 * @param rows group → its rows in order, each field → text
 */
public record CardTexts(Map<String, String> fields, Map<String, List<Map<String, String>>> rows) {

    /** How choices are written: by their code (the form's select) or their Russian name (a workbook). */
    public enum Style {
        CODES,
        WORDS
    }

    /** Russian names of the mechanisms, as the workbook's list offers them. */
    public static final Map<Mechanism, String> MECHANISMS = new LinkedHashMap<>();
    /** Russian names of the sources of money. */
    public static final Map<FinancingSource, String> SOURCES = new LinkedHashMap<>();

    static {
        MECHANISMS.put(Mechanism.BUDGET, "бюджет");
        MECHANISMS.put(Mechanism.INITIATIVE_BUDGETING, "инициативное бюджетирование");
        MECHANISMS.put(Mechanism.CONCESSION, "концессия");
        MECHANISMS.put(Mechanism.PPP, "ГЧП/МЧП");
        MECHANISMS.put(Mechanism.GRANT, "грант");
        MECHANISMS.put(Mechanism.TOS, "ТОС");
        MECHANISMS.put(Mechanism.VOLUNTEERS, "волонтёры");
        SOURCES.put(FinancingSource.FEDERAL, "федеральный бюджет");
        SOURCES.put(FinancingSource.REGIONAL, "региональный бюджет");
        SOURCES.put(FinancingSource.LOCAL, "местный бюджет");
        SOURCES.put(FinancingSource.EXTRA_BUDGETARY, "внебюджетные средства");
    }

    /** The text of a card field ("" when empty). */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /** The rows of a group (none when absent). */
    public List<Map<String, String>> rowsOf(String group) {
        return rows.getOrDefault(group, List.of());
    }

    /** A card's values as texts; participants other than the lead are the rows of {@code municipalities}. */
    public static CardTexts of(PracticeCard card, Style style) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field f : CardCatalogue.FIELDS) {
            fields.put(f.name(), text(f.kind(), value(card, f.name()), style));
        }
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (Group g : CardCatalogue.GROUPS) {
            List<Map<String, String>> list = new ArrayList<>();
            for (Object row : (List<?>) value(card, g.name())) {
                if (g == CardCatalogue.MUNICIPALITIES) {
                    if (!row.equals(card.leadMunicipality())) {
                        list.add(Map.of("oktmo", (String) row));
                    }
                    continue;
                }
                Map<String, String> texts = new LinkedHashMap<>();
                for (Field f : g.fields()) {
                    texts.put(f.name(), text(f.kind(), value((Record) row, f.name()), style));
                }
                list.add(texts);
            }
            rows.put(g.name(), list);
        }
        return new CardTexts(fields, rows);
    }

    /**
     * The draft these texts describe, for a year and a region; every text that cannot be read is reported under its
     * path ({@code periodFrom}, {@code results[1].baseYear}) and left empty in the draft.
     */
    public PracticeDraft toDraft(Integer year, String regionCode, Long version, Map<String, String> errors) {
        Map<String, Object> values = new HashMap<>();
        values.put("year", year);
        values.put("regionCode", regionCode);
        values.put("version", version);
        for (Field f : CardCatalogue.FIELDS) {
            values.put(f.name(), parse(f.kind(), fields.get(f.name()), f.name(), errors));
        }
        for (Group g : CardCatalogue.GROUPS) {
            List<Object> list = new ArrayList<>();
            List<Map<String, String>> given = rowsOf(g.name());
            for (int i = 0; i < given.size(); i++) {
                Map<String, String> row = given.get(i);
                if (g == CardCatalogue.MUNICIPALITIES) {
                    Object oktmo = parse(Kind.OKTMO, row.get("oktmo"), g.name() + "[" + i + "]", errors);
                    if (oktmo != null) {
                        list.add(oktmo);
                    }
                    continue;
                }
                Map<String, Object> cells = new HashMap<>();
                for (Field f : g.fields()) {
                    cells.put(
                            f.name(), parse(f.kind(), row.get(f.name()), g.name() + "[" + i + "]." + f.name(), errors));
                }
                list.add(create(rowType(g), cells));
            }
            values.put(g.name(), list);
        }
        return create(PracticeDraft.class, values);
    }

    /**
     * The same texts written the way {@link #of} writes values («1 500 000» → «1500000», «1 марта 2024» →
     * «01.03.2024», «концессия» in the given style); a text that cannot be read stays as it is.
     */
    public CardTexts normalised(Style style) {
        Map<String, String> f = new LinkedHashMap<>();
        for (Field field : CardCatalogue.FIELDS) {
            f.put(field.name(), normal(field.kind(), fields.get(field.name()), style));
        }
        Map<String, List<Map<String, String>>> r = new LinkedHashMap<>();
        rows.forEach((group, list) -> {
            Group g = CardCatalogue.group(group).orElse(null);
            if (g == null) {
                return;
            }
            List<Map<String, String>> out = new ArrayList<>();
            for (Map<String, String> row : list) {
                Map<String, String> texts = new LinkedHashMap<>();
                g.fields().forEach(x -> texts.put(x.name(), normal(x.kind(), row.get(x.name()), style)));
                out.add(texts);
            }
            r.put(group, out);
        });
        return new CardTexts(f, r);
    }

    private static String normal(Kind kind, String text, Style style) {
        Map<String, String> ignored = new HashMap<>();
        Object value = parse(kind, text, "", ignored);
        return value == null ? (text == null ? "" : text.strip()) : text(kind, value, style);
    }

    /** Whether two card texts say the same: empty and absent are alike, rows compare in order. */
    public boolean sameAs(CardTexts other) {
        for (Field f : CardCatalogue.FIELDS) {
            if (!blank(fields.get(f.name())).equals(blank(other.fields.get(f.name())))) {
                return false;
            }
        }
        for (Group g : CardCatalogue.GROUPS) {
            List<Map<String, String>> a = rowsOf(g.name()), b = other.rowsOf(g.name());
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                for (Field f : g.fields()) {
                    if (!blank(a.get(i).get(f.name())).equals(blank(b.get(i).get(f.name())))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    /** The record type of a group's rows. */
    public static Class<? extends Record> rowType(Group g) {
        return switch (g.name()) {
            case "financing" -> PracticeParts.FinancingRow.class;
            case "results" -> PracticeParts.ResultRow.class;
            case "links" -> PracticeParts.LinkRow.class;
            case "legalActs" -> PracticeParts.LegalActRow.class;
            default -> throw new IllegalArgumentException("Группа без записи строк: " + g.name());
        };
    }

    /** A value as text ("" for none). */
    public static String text(Kind kind, Object value, Style style) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case DATE -> RussianDates.numeric((LocalDate) value);
            case NUMBER, MONEY -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
            case MECHANISM -> style == Style.WORDS ? MECHANISMS.get((Mechanism) value) : ((Mechanism) value).name();
            case SOURCE ->
                style == Style.WORDS ? SOURCES.get((FinancingSource) value) : ((FinancingSource) value).name();
            default -> value.toString();
        };
    }

    /** A text as a value of its kind; null for an empty text or one that cannot be read (reported in errors). */
    public static Object parse(Kind kind, String text, String path, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        switch (kind) {
            case DATE -> {
                LocalDate d = RussianDates.parse(t);
                if (d == null) {
                    errors.put(path, "Не удалось прочитать дату: пишите, например, 01.03.2024");
                }
                return d;
            }
            case NUMBER, MONEY -> {
                BigDecimal n = number(t);
                if (n == null) {
                    errors.put(path, "Ожидается число, например 12 345,6");
                }
                return n;
            }
            case INTEGER, YEAR -> {
                BigDecimal n = number(t);
                try {
                    if (n != null) {
                        return n.intValueExact();
                    }
                } catch (ArithmeticException e) {
                    // reported below
                }
                errors.put(path, kind == Kind.YEAR ? "Ожидается год числом, например 2024" : "Ожидается целое число");
                return null;
            }
            case REFERENCE -> {
                BigDecimal n = number(t);
                try {
                    if (n != null) {
                        return n.longValueExact();
                    }
                } catch (ArithmeticException e) {
                    // reported below
                }
                errors.put(path, "Ожидается номер — целое число");
                return null;
            }
            case OKTMO -> {
                // an OKTMO typed as a number loses its leading zero
                return t.matches("\\d{7}") ? "0" + t : t;
            }
            case MECHANISM -> {
                Mechanism m = choice(MECHANISMS, t);
                if (m == null) {
                    errors.put(path, "Неизвестный механизм: выберите из списка");
                }
                return m;
            }
            case SOURCE -> {
                FinancingSource s = choice(SOURCES, t);
                if (s == null) {
                    errors.put(
                            path,
                            "Неизвестный источник: федеральный, региональный, местный бюджет или внебюджетные"
                                    + " средства");
                }
                return s;
            }
            default -> {
                return t;
            }
        }
    }

    private static <E extends Enum<E>> E choice(Map<E, String> words, String text) {
        for (Map.Entry<E, String> e : words.entrySet()) {
            if (e.getValue().equalsIgnoreCase(text) || e.getKey().name().equalsIgnoreCase(text)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static BigDecimal number(String t) {
        try {
            return new BigDecimal(t.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS = new ConcurrentHashMap<>();

    private static Map<String, RecordComponent> components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, t -> {
            Map<String, RecordComponent> byName = new LinkedHashMap<>();
            for (RecordComponent c : t.getRecordComponents()) {
                byName.put(c.getName(), c);
            }
            return byName;
        });
    }

    /** The value of a record's component by name. */
    public static Object value(Record record, String name) {
        RecordComponent c = components(record.getClass()).get(name);
        if (c == null) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " не содержит поле " + name);
        }
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record made from values by component name (absent ones null). */
    public static <T extends Record> T create(Class<T> type, Map<String, Object> values) {
        Map<String, RecordComponent> byName = components(type);
        Class<?>[] types =
                byName.values().stream().map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = byName.keySet().stream().map(values::get).toArray();
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true); // also the package's own records, e.g. the aggregate's content
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Не удалось собрать " + type.getSimpleName(), e);
        }
    }

    /** Whether a record has a component of this name. */
    public static boolean has(Class<?> type, String name) {
        return components(type).containsKey(name);
    }
}
