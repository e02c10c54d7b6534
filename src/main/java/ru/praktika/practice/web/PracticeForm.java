package ru.praktika.practice.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeParts;

/**
 * The card form exactly as typed (all strings), so a refused form comes back with everything the user entered.
 * Rows are posted as {@code results[17].indicator}; any indices work (rows added by htmx get fresh ones), order is
 * kept. Numbers accept Russian notation («12 345,6»); dates accept «дд.мм.гггг» and ISO.
 */
public record PracticeForm(
        Map<String, String> fields, List<String> municipalities, Map<String, List<Map<String, String>>> rows) {

    static final List<String> ROW_KINDS = List.of("financing", "results", "legalActs", "links");
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
        Map<String, String> f = new LinkedHashMap<>();
        f.put("year", String.valueOf(card.year()));
        f.put("regionCode", card.regionCode());
        f.put("leadMunicipality", card.leadMunicipality());
        f.put("title", nz(card.title()));
        f.put("problem", nz(card.problem()));
        f.put("goals", nz(card.goals()));
        f.put("description", nz(card.description()));
        f.put("periodFrom", card.periodFrom() == null ? "" : card.periodFrom().toString());
        f.put("periodTo", card.periodTo() == null ? "" : card.periodTo().toString());
        f.put("mechanism", card.mechanism() == null ? "" : card.mechanism().name());
        f.put("partners", nz(card.partners()));
        f.put("beneficiaries", nz(card.beneficiaries()));
        f.put("replicability", nz(card.replicability()));
        f.put("lessons", nz(card.lessons()));
        f.put("contactName", nz(card.contactName()));
        f.put("contactPosition", nz(card.contactPosition()));
        f.put("contactPhone", nz(card.contactPhone()));
        f.put("contactEmail", nz(card.contactEmail()));
        f.put("version", String.valueOf(card.version()));
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        rows.put(
                "financing",
                map(card.financing(), r -> row("source", r.source().name(), "amountRub", plain(r.amountRub()))));
        rows.put(
                "results",
                map(
                        card.results(),
                        r -> row(
                                "indicator",
                                r.indicator(),
                                "unit",
                                r.unit(),
                                "baseValue",
                                plain(r.baseValue()),
                                "baseYear",
                                str(r.baseYear()),
                                "targetValue",
                                plain(r.targetValue()),
                                "actualValue",
                                plain(r.actualValue()),
                                "actualYear",
                                str(r.actualYear()))));
        rows.put(
                "legalActs",
                map(
                        card.legalActs(),
                        r -> row(
                                "type",
                                r.type(),
                                "number",
                                r.number(),
                                "date",
                                r.date() == null ? "" : r.date().toString(),
                                "title",
                                r.title())));
        rows.put(
                "links",
                map(
                        card.links(),
                        r -> row(
                                "nationalProject",
                                r.nationalProject(),
                                "federalProject",
                                r.federalProject(),
                                "regionalProject",
                                str(r.regionalProject()),
                                "indicator",
                                str(r.indicator()),
                                "contribution",
                                r.contribution())));
        List<String> others = new ArrayList<>(card.municipalities());
        others.remove(card.leadMunicipality());
        return new PracticeForm(f, others, rows);
    }

    /** The draft, or field errors for what is not a number or a date. */
    PracticeDraft toDraft(Map<String, String> errors) {
        List<PracticeParts.FinancingRow> financing = new ArrayList<>();
        List<Map<String, String>> money = rowsOf("financing");
        for (int i = 0; i < money.size(); i++) {
            Map<String, String> r = money.get(i);
            financing.add(new PracticeParts.FinancingRow(
                    ru.praktika.shared.Texts.enumOrNull(FinancingSource.class, r.get("source")),
                    number(errors, "financing[" + i + "].amountRub", r.get("amountRub"))));
        }
        List<PracticeParts.ResultRow> results = new ArrayList<>();
        List<Map<String, String>> res = rowsOf("results");
        for (int i = 0; i < res.size(); i++) {
            Map<String, String> r = res.get(i);
            String k = "results[" + i + "].";
            results.add(new PracticeParts.ResultRow(
                    r.get("indicator"),
                    r.get("unit"),
                    number(errors, k + "baseValue", r.get("baseValue")),
                    integer(errors, k + "baseYear", r.get("baseYear")),
                    number(errors, k + "targetValue", r.get("targetValue")),
                    number(errors, k + "actualValue", r.get("actualValue")),
                    integer(errors, k + "actualYear", r.get("actualYear"))));
        }
        List<PracticeParts.LegalActRow> acts = new ArrayList<>();
        List<Map<String, String>> la = rowsOf("legalActs");
        for (int i = 0; i < la.size(); i++) {
            Map<String, String> r = la.get(i);
            acts.add(new PracticeParts.LegalActRow(
                    r.get("type"),
                    r.get("number"),
                    date(errors, "legalActs[" + i + "].date", r.get("date")),
                    r.get("title")));
        }
        List<PracticeParts.LinkRow> links = new ArrayList<>();
        List<Map<String, String>> ln = rowsOf("links");
        for (int i = 0; i < ln.size(); i++) {
            Map<String, String> r = ln.get(i);
            String k = "links[" + i + "].";
            Integer rp = integer(errors, k + "regionalProject", r.get("regionalProject"));
            Integer ind = integer(errors, k + "indicator", r.get("indicator"));
            links.add(PracticeParts.LinkRow.of(
                    r.get("nationalProject"),
                    r.get("federalProject"),
                    rp == null ? null : rp.longValue(),
                    ind == null ? null : ind.longValue(),
                    r.get("contribution")));
        }
        Integer version = integer(errors, "version", field("version"));
        return new PracticeDraft(
                integer(errors, "year", field("year")),
                field("regionCode"),
                field("leadMunicipality"),
                municipalities,
                field("title"),
                field("problem"),
                field("goals"),
                field("description"),
                date(errors, "periodFrom", field("periodFrom")),
                date(errors, "periodTo", field("periodTo")),
                financing,
                ru.praktika.shared.Texts.enumOrNull(Mechanism.class, field("mechanism")),
                field("partners"),
                field("beneficiaries"),
                results,
                acts,
                links,
                field("replicability"),
                field("lessons"),
                field("contactName"),
                field("contactPosition"),
                field("contactPhone"),
                field("contactEmail"),
                version == null ? null : version.longValue());
    }

    static BigDecimal number(Map<String, String> errors, String key, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(key, "Введите число, например 12 345,6");
            return null;
        }
    }

    static Integer integer(Map<String, String> errors, String key, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.replaceAll("[\\s\\u00a0]", ""));
        } catch (NumberFormatException e) {
            errors.put(key, "Введите целое число");
            return null;
        }
    }

    static LocalDate date(Map<String, String> errors, String key, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate d = ru.praktika.shared.RussianDates.parse(text);
        if (d == null) {
            errors.put(key, "Дата в виде дд.мм.гггг");
        }
        return d;
    }

    private static <T> List<Map<String, String>> map(List<T> items, Function<T, Map<String, String>> f) {
        List<Map<String, String>> out = new ArrayList<>();
        items.forEach(i -> out.add(f.apply(i)));
        return out;
    }

    private static Map<String, String> row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        }
        return m;
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
