package ru.praktika.practice.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.praktika.practice.CardCatalogue;
import ru.praktika.shared.RussianNumbers;

/**
 * The box above a refused card form (the GOV.UK error summary): how many problems, then one link per problem to the
 * field it is about. Field paths ({@code results[1].actualYear}) become element ids ({@code results-1-actualYear});
 * the form's templates give each input the id this class names.
 *
 * @param intro what happened, with the count
 * @param items one per problem
 */
record ErrorSummary(String intro, List<Item> items) {

    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

    /**
     * One problem.
     *
     * @param anchor the id of the field on the page
     * @param label the field in Russian, or null when it has no name of its own
     * @param message what is wrong
     */
    record Item(String anchor, String label, String message) {}

    /** The form's fields and the fields of its rows in the order the page shows them. */
    private static final List<String> ORDER = CardCatalogue.formOrder();

    private static final Map<String, List<String>> ROW_ORDER = new java.util.HashMap<>();

    static {
        CardCatalogue.GROUPS.forEach(g -> ROW_ORDER.put(
                g.name(), g.fields().stream().map(CardCatalogue.Field::name).toList()));
    }

    /** The summary of a form's problems (field path → message), in the order of the fields on the page. */
    static ErrorSummary of(Map<String, String> errors) {
        String intro = "Карточка не сохранена: исправьте отмеченные поля ("
                + RussianNumbers.count(errors.size(), "ошибка", "ошибки", "ошибок") + ").";
        return new ErrorSummary(
                intro,
                errors.entrySet().stream()
                        .sorted(Comparator.comparingLong(e -> position(e.getKey())))
                        .map(e -> new Item(anchor(e.getKey()), label(e.getKey()), e.getValue()))
                        .toList());
    }

    /** Where a field path sits on the page: its field, its row, its place in the row (unknown ones last). */
    private static long position(String path) {
        Matcher m = ROW.matcher(path);
        String top = m.matches() ? m.group(1) : path;
        int field = ORDER.contains(top) ? ORDER.indexOf(top) : ORDER.size();
        int row = m.matches() ? Integer.parseInt(m.group(2)) : -1;
        int sub = m.matches() && m.group(3) != null
                ? ROW_ORDER.getOrDefault(top, List.of()).indexOf(m.group(3))
                : -1;
        return field * 1_000_000_000L + (row + 1) * 1_000L + sub + 1;
    }

    /** The id of the element a field path's problem links to. */
    static String anchor(String path) {
        Matcher m = ROW.matcher(path);
        if (m.matches()) {
            String kind = m.group(1);
            if (kind.equals("municipalities")) {
                return "municipalities-rows";
            }
            String field = m.group(3) != null
                    ? m.group(3)
                    : ROW_ORDER.getOrDefault(kind, List.of("")).get(0);
            return kind + "-" + m.group(2) + "-" + field;
        }
        if (PracticeForm.ROW_KINDS.contains(path) || path.equals("municipalities")) {
            return path + "-rows";
        }
        return path.equals("version") ? "practice-form" : path;
    }

    private static String label(String path) {
        String label = CardCatalogue.label(path);
        return label.equals(path) ? null : label;
    }
}
