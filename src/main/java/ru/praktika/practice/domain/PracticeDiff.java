package ru.praktika.practice.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.praktika.practice.PracticeHistory.DiffLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A readable difference between two saved versions: both snapshots are flattened to field paths
 * ({@code results[1].actualValue}), compared, and the paths named in Russian («Результат 2 · фактическое значение»).
 * Repeatable rows are matched by what they are (a result by its indicator, money by its source, an act by its kind and
 * number, a link by its projects, a municipality by its OKTMO), not by position: a row added at the top shows as one
 * added row, not as every row changed; a removed row is named by its old number.
 */
public final class PracticeDiff {

    private static final Set<String> IGNORED = Set.of(
            "id",
            "version",
            "createdAt",
            "updatedAt",
            "createdBy",
            "municipalityNames",
            "nationalProjectName",
            "federalProjectName",
            "regionalProjectName",
            "indicatorName");
    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.?(\\w*)");

    private PracticeDiff() {}

    private static String top(String path) {
        int cut = path.length();
        for (char c : new char[] {'[', '.'}) {
            int i = path.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return path.substring(0, cut);
    }

    private static int row(String path) {
        Matcher m = ROW.matcher(path);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    /** What identifies a row of each repeatable part (participants are plain codes: their value). */
    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        ru.praktika.practice.CardCatalogue.GROUPS.forEach(
                g -> KEYS.put(g.name(), g == ru.praktika.practice.CardCatalogue.MUNICIPALITIES ? List.of() : g.keys()));
    }

    static List<DiffLine> between(JsonMapper json, String older, String newer) {
        JsonNode oldTree = json.readTree(older);
        JsonNode newTree = json.readTree(newer);
        Map<String, String> removedLabels = new LinkedHashMap<>();
        if (oldTree.isObject() && newTree.isObject()) {
            for (Map.Entry<String, List<String>> part : KEYS.entrySet()) {
                align(
                        (tools.jackson.databind.node.ObjectNode) oldTree,
                        (tools.jackson.databind.node.ObjectNode) newTree,
                        part.getKey(),
                        part.getValue(),
                        removedLabels);
            }
        }
        Map<String, String> a = flatten(oldTree);
        Map<String, String> b = flatten(newTree);
        // in the card's order: by field, then by row, then as the fields come
        List<String> paths = new ArrayList<>(b.keySet());
        a.keySet().stream().filter(k -> !b.containsKey(k)).forEach(paths::add);
        List<String> tops = paths.stream().map(PracticeDiff::top).distinct().toList();
        paths.sort(java.util.Comparator.comparingInt((String k) -> tops.indexOf(top(k)))
                .thenComparingInt(PracticeDiff::row));
        List<DiffLine> lines = new ArrayList<>();
        for (String path : paths) {
            String before = a.get(path), after = b.get(path);
            if (!java.util.Objects.equals(before, after)) {
                lines.add(new DiffLine(label(path, removedLabels), before, after));
            }
        }
        return lines;
    }

    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!IGNORED.contains(e.getKey())) {
                    flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(
                    path,
                    node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asString());
        }
    }

    /**
     * Reorders the older rows of a part to stand against the newer rows they match; older rows with no match go after
     * the newer ones, against empty rows, and are named by their old number.
     */
    private static void align(
            tools.jackson.databind.node.ObjectNode older,
            tools.jackson.databind.node.ObjectNode newer,
            String part,
            List<String> key,
            Map<String, String> removedLabels) {
        JsonNode a = older.get(part), b = newer.get(part);
        if (a == null || b == null || !a.isArray() || !b.isArray()) {
            return;
        }
        List<JsonNode> left = new ArrayList<>();
        a.forEach(left::add);
        List<Integer> oldNumbers = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            oldNumbers.add(i);
        }
        tools.jackson.databind.node.ArrayNode alignedOld = older.arrayNode();
        tools.jackson.databind.node.ArrayNode alignedNew = newer.arrayNode();
        for (JsonNode row : b) {
            int match = -1;
            for (int i = 0; i < left.size() && match < 0; i++) {
                if (identity(left.get(i), key).equals(identity(row, key))) {
                    match = i;
                }
            }
            alignedNew.add(row);
            if (match >= 0) {
                alignedOld.add(left.remove(match));
                oldNumbers.remove(match);
            } else {
                alignedOld.addNull();
            }
        }
        for (int i = 0; i < left.size(); i++) {
            removedLabels.put(
                    part + "[" + alignedNew.size() + "]",
                    ru.praktika.practice.CardCatalogue.group(part)
                                    .map(g -> g.label())
                                    .orElse(part) + " " + (oldNumbers.get(i) + 1) + " (удалён)");
            alignedOld.add(left.get(i));
            alignedNew.addNull();
        }
        older.set(part, alignedOld);
        newer.set(part, alignedNew);
    }

    private static String identity(JsonNode row, List<String> key) {
        if (row == null || row.isNull()) {
            return "";
        }
        if (key.isEmpty()) {
            return row.asString();
        }
        StringBuilder id = new StringBuilder();
        for (String field : key) {
            JsonNode v = row.get(field);
            id.append(v == null || v.isNull() ? "" : v.asString().strip().toLowerCase(java.util.Locale.ROOT))
                    .append('|');
        }
        return id.toString();
    }

    private static String label(String path, Map<String, String> removedLabels) {
        Matcher m = ROW.matcher(path);
        if (m.matches() && removedLabels.containsKey(m.group(1) + "[" + m.group(2) + "]")) {
            String row = removedLabels.get(m.group(1) + "[" + m.group(2) + "]");
            if (m.group(3).isEmpty()) {
                return row;
            }
            String whole = ru.praktika.practice.CardCatalogue.label(path);
            int dot = whole.indexOf(" · ");
            return dot < 0 ? row : row + whole.substring(dot);
        }
        return ru.praktika.practice.CardCatalogue.label(path);
    }
}
