package ru.praktika.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The practice card declared once: every field an author fills, its Russian label, kind, whether it is required, its
 * limit, its help text and the section of the form it belongs to; the repeatable groups (participants, money, results,
 * links, legal acts) with their own fields, the sheet of the workbook each goes to and what identifies a row. The form,
 * the card page, the workbook's template, its reading and the export ({@link CardTexts}), the labels of the diff and of
 * error messages, and the collection's layout are all derived from here. A field's name is the name of the component
 * of {@link PracticeDraft} and {@link PracticeCard} (or of the row record of its group) that holds its value;
 * {@code CardCatalogueTests} checks that every field has its component, its column and its label.
 */
public final class CardCatalogue {

    /** How a field's value is typed, read and shown. */
    public enum Kind {
        /** One line of text. */
        TEXT,
        /** Paragraphs of text. */
        LONG_TEXT,
        /** A date, shown dd.mm.yyyy. */
        DATE,
        /** A number with a fraction («12 345,6»). */
        NUMBER,
        /** Roubles. */
        MONEY,
        /** A whole number. */
        INTEGER,
        /** A year. */
        YEAR,
        /** An 8-digit OKTMO code of a municipality of the card's region. */
        OKTMO,
        /** The financing mechanism ({@link Mechanism}). */
        MECHANISM,
        /** A source of money ({@link FinancingSource}). */
        SOURCE,
        /** A national project code (NP19-04). */
        NATIONAL_PROJECT,
        /** A federal project code (NP19-04-FP03). */
        FEDERAL_PROJECT,
        /** The number of a catalogue entry (a regional project, an indicator). */
        REFERENCE,
        /** An e-mail address. */
        EMAIL,
        /** A phone number. */
        PHONE,
        /** A web address. */
        URL;

        /** Whether the value is a Java number of some kind. */
        public boolean numeric() {
            return this == NUMBER || this == MONEY || this == INTEGER || this == YEAR || this == REFERENCE;
        }
    }

    /**
     * A field of the card or of a repeatable row.
     *
     * @param name the record component that holds it
     * @param label Russian label, capitalised
     * @param kind its kind
     * @param required whether a card (or a row) is refused without it
     * @param maxLength the longest text accepted (0 for values that are not text)
     * @param help a hint under the input, or null
     * @param section the form's section of a card field ({@code content}, {@code money}, {@code more}), null in rows
     */
    public record Field(
            String name, String label, Kind kind, boolean required, int maxLength, String help, String section) {

        /** The column header of the workbook: the label, with a star when required. */
        public String header() {
            return required ? label + "*" : label;
        }

        /** The label inside a phrase («фактическое значение»). */
        public String lowerLabel() {
            return label.length() > 1 && Character.isUpperCase(label.charAt(1))
                    ? label
                    : Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }

        /** Whether the form shows it as a text area. */
        public boolean multiline() {
            return kind == Kind.LONG_TEXT;
        }
    }

    /**
     * A repeatable group of rows.
     *
     * @param name the component of the card that holds the list
     * @param label how one row is called («Результат»)
     * @param title the heading of the group («Результаты в цифрах»)
     * @param sheet the workbook's sheet
     * @param fields its fields, in column order
     * @param keys the fields that tell one row from another (the diff matches rows by them)
     */
    public record Group(String name, String label, String title, String sheet, List<Field> fields, List<String> keys) {

        public Optional<Field> field(String fieldName) {
            return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
        }
    }

    /** The sheet of the main rows, one per card. */
    public static final String MAIN_SHEET = "Практики";
    /** The column that ties every sheet's rows to its card. */
    public static final String KEY_HEADER = "Внешний код*";

    public static final int LONG = 20_000;

    /** The card's own fields, in the order of the form and of the main sheet. */
    public static final List<Field> FIELDS = List.of(
            new Field(
                    "leadMunicipality",
                    "ОКТМО ведущего МО",
                    Kind.OKTMO,
                    true,
                    0,
                    "8 цифр; выберите из списка муниципальных образований региона",
                    "identity"),
            new Field(
                    "title",
                    "Название практики",
                    Kind.TEXT,
                    true,
                    300,
                    "Коротко и по существу: что сделано и для кого.",
                    "content"),
            new Field(
                    "problem",
                    "Проблема",
                    Kind.LONG_TEXT,
                    false,
                    LONG,
                    "Какую проблему жителей решает практика; цифры до начала.",
                    "content"),
            new Field(
                    "goals",
                    "Цели и задачи",
                    Kind.LONG_TEXT,
                    false,
                    LONG,
                    "Чего хотели добиться и в какие сроки.",
                    "content"),
            new Field(
                    "description",
                    "Что сделано",
                    Kind.LONG_TEXT,
                    false,
                    LONG,
                    "Шаги, сроки, участники, деньги — так, чтобы другое МО могло повторить.",
                    "content"),
            new Field("periodFrom", "Начало реализации", Kind.DATE, false, 0, null, "period"),
            new Field("periodTo", "Окончание", Kind.DATE, false, 0, null, "period"),
            new Field("mechanism", "Механизм", Kind.MECHANISM, false, 0, null, "money"),
            new Field("partners", "Партнёры", Kind.LONG_TEXT, false, LONG, null, "money"),
            new Field("beneficiaries", "Благополучатели", Kind.LONG_TEXT, false, LONG, null, "money"),
            new Field(
                    "beneficiariesCount",
                    "Число благополучателей, чел.",
                    Kind.INTEGER,
                    false,
                    0,
                    "Сколько жителей получили пользу от практики",
                    "money"),
            new Field("replicability", "Условия тиражирования", Kind.LONG_TEXT, false, LONG, null, "more"),
            new Field("lessons", "Риски и уроки", Kind.LONG_TEXT, false, LONG, null, "more"),
            new Field(
                    "practiceUrl",
                    "Страница практики на сайте МО",
                    Kind.URL,
                    false,
                    500,
                    "Адрес страницы о практике на официальном сайте муниципального образования",
                    "more"),
            new Field("contactName", "Контактное лицо", Kind.TEXT, false, 200, null, "contacts"),
            new Field("contactPosition", "Должность", Kind.TEXT, false, 300, null, "contacts"),
            new Field("contactPhone", "Телефон", Kind.PHONE, false, 100, null, "contacts"),
            new Field("contactEmail", "Эл. почта", Kind.EMAIL, false, 200, null, "contacts"));

    public static final Group MUNICIPALITIES = new Group(
            "municipalities",
            "Участвующее МО",
            "Участвующие муниципальные образования",
            "Участники",
            List.of(new Field("oktmo", "ОКТМО участника", Kind.OKTMO, true, 0, null, null)),
            List.of("oktmo"));
    public static final Group FINANCING = new Group(
            "financing",
            "Финансирование",
            "Финансирование по источникам",
            "Финансирование",
            List.of(
                    new Field("source", "Источник", Kind.SOURCE, true, 0, null, null),
                    new Field("amountRub", "Сумма, руб.", Kind.MONEY, true, 0, null, null)),
            List.of("source"));
    public static final Group RESULTS = new Group(
            "results",
            "Результат",
            "Результаты в цифрах",
            "Результаты",
            List.of(
                    new Field("indicator", "Показатель", Kind.TEXT, true, 500, null, null),
                    new Field("unit", "Единица", Kind.TEXT, false, 100, null, null),
                    new Field("baseValue", "Базовое значение", Kind.NUMBER, false, 0, null, null),
                    new Field("baseYear", "Год базы", Kind.YEAR, false, 0, null, null),
                    new Field("targetValue", "Целевое значение", Kind.NUMBER, false, 0, null, null),
                    new Field("actualValue", "Фактическое значение", Kind.NUMBER, false, 0, null, null),
                    new Field("actualYear", "Год факта", Kind.YEAR, false, 0, null, null)),
            List.of("indicator"));
    public static final Group LINKS = new Group(
            "links",
            "Связь",
            "Связь с национальными проектами",
            "Связи",
            List.of(
                    new Field("nationalProject", "Национальный проект", Kind.NATIONAL_PROJECT, true, 0, null, null),
                    new Field("federalProject", "Федеральный проект", Kind.FEDERAL_PROJECT, false, 0, null, null),
                    new Field("regionalProject", "Региональный проект (номер)", Kind.REFERENCE, false, 0, null, null),
                    new Field("indicator", "Показатель проекта (номер)", Kind.REFERENCE, false, 0, null, null),
                    new Field("contribution", "Ожидаемый вклад", Kind.LONG_TEXT, false, 2000, null, null)),
            List.of("nationalProject", "federalProject", "regionalProject", "indicator"));
    public static final Group LEGAL_ACTS = new Group(
            "legalActs",
            "Правовой акт",
            "Муниципальные правовые акты",
            "Акты",
            List.of(
                    new Field("type", "Вид акта", Kind.TEXT, true, 200, null, null),
                    new Field("number", "Номер", Kind.TEXT, true, 100, null, null),
                    new Field("date", "Дата", Kind.DATE, true, 0, null, null),
                    new Field("title", "Наименование", Kind.TEXT, false, 1000, null, null)),
            List.of("type", "number"));

    /** The repeatable groups, in the order of the form and of the workbook's sheets. */
    public static final List<Group> GROUPS = List.of(MUNICIPALITIES, FINANCING, RESULTS, LINKS, LEGAL_ACTS);

    /** Labels of what a card shows but nobody types: derived fields and the workflow. */
    private static final Map<String, String> SHOWN_ONLY = Map.of(
            "year", "Год кампании",
            "regionCode", "Регион",
            "interMunicipal", "Межмуниципальная",
            "totalFinancingRub", "Всего, руб.",
            "extraBudgetaryShare", "Доля внебюджетных средств",
            "status", "Состояние");

    private static final Map<String, Field> BY_NAME = new LinkedHashMap<>();

    static {
        FIELDS.forEach(f -> BY_NAME.put(f.name(), f));
    }

    private static final Pattern PATH = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    private CardCatalogue() {}

    /** Where the form shows each group: after which card field. */
    private static final Map<String, List<String>> GROUPS_AFTER = Map.of(
            "leadMunicipality", List.of("municipalities"),
            "mechanism", List.of("financing"),
            "beneficiariesCount", List.of("results", "links", "legalActs"));

    /** The form's fields and groups in the order the page shows them (the campaign year and region first). */
    public static List<String> formOrder() {
        List<String> order = new java.util.ArrayList<>(List.of("year", "regionCode"));
        for (Field f : FIELDS) {
            order.add(f.name());
            order.addAll(GROUPS_AFTER.getOrDefault(f.name(), List.of()));
        }
        return order;
    }

    /** A card field by name. */
    public static Optional<Field> field(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** A group by name. */
    public static Optional<Group> group(String name) {
        return GROUPS.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** The card fields of a form section, in order. */
    public static List<Field> section(String section) {
        return FIELDS.stream().filter(f -> section.equals(f.section())).toList();
    }

    /**
     * A field path in Russian: {@code title} → «Название практики», {@code results[1].actualYear} → «Результат 2 · год
     * факта», {@code links} → «Связь с национальными проектами»; an unknown path is returned as it is.
     */
    public static String label(String path) {
        Matcher m = PATH.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return path;
        }
        String top = m.group(1);
        Field f = BY_NAME.get(top);
        if (f != null) {
            return f.label();
        }
        if (SHOWN_ONLY.containsKey(top)) {
            return SHOWN_ONLY.get(top);
        }
        Optional<Group> g = group(top);
        if (g.isEmpty()) {
            return path;
        }
        if (m.group(2) == null) {
            return g.get().title();
        }
        String row = g.get().label() + " " + (Integer.parseInt(m.group(2)) + 1);
        if (m.group(3) == null) {
            return row;
        }
        return g.get().field(m.group(3)).map(x -> row + " · " + x.lowerLabel()).orElse(row);
    }
}
