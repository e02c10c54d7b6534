package ru.praktika.practice.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import ru.praktika.practice.CardCatalogue;
import ru.praktika.practice.CardTexts;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;

/**
 * The card form exactly as typed (all strings), so a refused form comes back with everything the user entered.
 * Rows are posted as {@code results[17].indicator}; any indices work (rows added by htmx get fresh ones), order is
 * kept. Numbers accept Russian notation («12 345,6»); dates accept «дд.мм.гггг» and ISO.
 */
public record PracticeForm(
        Map<String, String> fields, List<String> municipalities, Map<String, List<Map<String, String>>> rows) {

    static final List<String> ROW_KINDS = CardCatalogue.GROUPS.stream()
            .map(CardCatalogue.Group::name)
            .filter(g -> !g.equals("municipalities"))
            .toList();
    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    public List<Map<String, String>> rowsOf(String kind) {
        return rows.getOrDefault(kind, List.of());
    }

    static PracticeForm empty(String regionCode, int year) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("regionCode", regionCode == null ? "" : regionCode);
        fields.put("year", String.valueOf(year));
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        ROW_KINDS.forEach(k -> rows.put(k, new ArrayList<>(List.of(Map.of()))));
        return new PracticeForm(fields, new ArrayList<>(), rows);
    }

    static PracticeForm of(MultiValueMap<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Map<String, String>>> indexed = new LinkedHashMap<>();
        List<String> municipalities = new ArrayList<>();
        params.forEach((name, values) -> {
            String value = values.isEmpty() ? "" : values.get(0);
            Matcher m = ROW.matcher(name);
            if (m.matches() && ROW_KINDS.contains(m.group(1))) {
                indexed.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(m.group(2)), k -> new LinkedHashMap<>())
                        .put(m.group(3), value);
            } else if (name.equals("municipalities")) {
                values.stream().filter(v -> !v.isBlank()).forEach(v -> municipalities.add(v.strip()));
            } else if (!name.startsWith("_")) {
                fields.put(name, value);
            }
        });
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (String kind : ROW_KINDS) {
            List<Map<String, String>> list = new ArrayList<>();
            indexed.getOrDefault(kind, new TreeMap<>()).values().stream()
                    .filter(r -> r.values().stream().anyMatch(v -> v != null && !v.isBlank()))
                    .forEach(list::add);
            rows.put(kind, list);
        }
        return new PracticeForm(fields, municipalities, rows);
    }

    static PracticeForm of(PracticeCard card) {
        CardTexts texts = CardTexts.of(card, CardTexts.Style.CODES);
        Map<String, String> f = new LinkedHashMap<>(texts.fields());
        f.put("year", String.valueOf(card.year()));
        f.put("regionCode", card.regionCode());
        f.put("version", String.valueOf(card.version()));
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        ROW_KINDS.forEach(k -> rows.put(k, texts.rowsOf(k)));
        List<String> others = new ArrayList<>();
        texts.rowsOf("municipalities").forEach(r -> others.add(r.get("oktmo")));
        return new PracticeForm(f, others, rows);
    }

    /** The draft, or field errors for what is not a number, a date or a known choice. */
    PracticeDraft toDraft(Map<String, String> errors) {
        Map<String, List<Map<String, String>>> all = new LinkedHashMap<>(rows);
        all.put(
                "municipalities",
                municipalities.stream().map(m -> Map.of("oktmo", m)).toList());
        Integer year = (Integer) CardTexts.parse(CardCatalogue.Kind.YEAR, field("year"), "year", errors);
        Object version = CardTexts.parse(CardCatalogue.Kind.REFERENCE, field("version"), "version", errors);
        return new CardTexts(fields, all).toDraft(year, field("regionCode"), (Long) version, errors);
    }
}
