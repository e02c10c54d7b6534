package ru.praktika.practice.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 */
final class PracticeDiff {

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
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("year", "Год кампании"),
            Map.entry("regionCode", "Регион"),
            Map.entry("leadMunicipality", "Ведущее МО"),
            Map.entry("municipalities", "Участвующее МО"),
            Map.entry("interMunicipal", "Межмуниципальная"),
            Map.entry("title", "Название"),
            Map.entry("problem", "Проблема"),
            Map.entry("goals", "Цели и задачи"),
            Map.entry("description", "Что сделано"),
            Map.entry("periodFrom", "Начало"),
            Map.entry("periodTo", "Окончание"),
            Map.entry("financing", "Финансирование"),
            Map.entry("totalFinancingRub", "Всего, руб."),
            Map.entry("extraBudgetaryShare", "Доля внебюджетных средств"),
            Map.entry("mechanism", "Механизм"),
            Map.entry("partners", "Партнёры"),
            Map.entry("beneficiaries", "Благополучатели"),
            Map.entry("results", "Результат"),
            Map.entry("legalActs", "Правовой акт"),
            Map.entry("links", "Связь"),
            Map.entry("replicability", "Условия тиражирования"),
            Map.entry("lessons", "Риски и уроки"),
            Map.entry("contactName", "Контактное лицо"),
            Map.entry("contactPosition", "Должность"),
            Map.entry("contactPhone", "Телефон"),
            Map.entry("contactEmail", "Эл. почта"),
            Map.entry("status", "Состояние"),
            Map.entry("source", "источник"),
            Map.entry("amountRub", "сумма, руб."),
            Map.entry("indicator", "показатель"),
            Map.entry("unit", "единица"),
            Map.entry("baseValue", "базовое значение"),
            Map.entry("baseYear", "год базы"),
            Map.entry("targetValue", "целевое значение"),
            Map.entry("actualValue", "фактическое значение"),
            Map.entry("actualYear", "год факта"),
            Map.entry("type", "вид"),
            Map.entry("number", "номер"),
            Map.entry("date", "дата"),
            Map.entry("nationalProject", "национальный проект"),
            Map.entry("federalProject", "федеральный проект"),
            Map.entry("regionalProject", "региональный проект"),
            Map.entry("contribution", "ожидаемый вклад"));

    private PracticeDiff() {}

    static List<DiffLine> between(JsonMapper json, String older, String newer) {
        Map<String, String> a = flatten(json.readTree(older));
        Map<String, String> b = flatten(json.readTree(newer));
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<DiffLine> lines = new ArrayList<>();
        for (String path : paths) {
            String before = a.get(path), after = b.get(path);
            if (!java.util.Objects.equals(before, after)) {
                lines.add(new DiffLine(label(path), before, after));
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

    static String label(String path) {
        Matcher m = ROW.matcher(path);
        if (m.matches()) {
            String row = LABELS.getOrDefault(m.group(1), m.group(1)) + " " + (Integer.parseInt(m.group(2)) + 1);
            return m.group(3).isEmpty() ? row : row + " · " + LABELS.getOrDefault(m.group(3), m.group(3));
        }
        return LABELS.getOrDefault(path, path);
    }
}
