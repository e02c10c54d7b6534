package ru.praktika.practice.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.TerritoryApi;

/**
 * The municipality pickers of the card form (territory/picker.html) post a hidden code ({@code leadMunicipality},
 * {@code municipalities}) and the visible text ({@code …Text}). The form keeps the code when one was picked; else
 * the one municipality of the region named exactly so (the page works without JavaScript); else the text as typed,
 * which is then reported and shown back in the field.
 */
final class MunicipalityPicks {

    private static final Pattern CODE = Pattern.compile("\\d{8}");
    private static final String LEAD = "leadMunicipality";
    private static final String OTHERS = "municipalities";
    private static final String TEXT = "Text";

    private MunicipalityPicks() {}

    static MultiValueMap<String, String> resolve(MultiValueMap<String, String> params, TerritoryApi territory) {
        MultiValueMap<String, String> resolved = new LinkedMultiValueMap<>(params);
        String region = params.getFirst("regionCode");
        if (params.containsKey(LEAD + TEXT)) {
            resolved.put(LEAD, List.of(pick(params.getFirst(LEAD), params.getFirst(LEAD + TEXT), region, territory)));
        }
        if (params.containsKey(OTHERS + TEXT)) {
            List<String> codes = params.getOrDefault(OTHERS, List.of());
            List<String> texts = params.get(OTHERS + TEXT);
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < Math.max(codes.size(), texts.size()); i++) {
                picked.add(pick(
                        i < codes.size() ? codes.get(i) : null,
                        i < texts.size() ? texts.get(i) : null,
                        region,
                        territory));
            }
            resolved.put(OTHERS, picked);
        }
        resolved.remove(LEAD + TEXT);
        resolved.remove(OTHERS + TEXT);
        return resolved;
    }

    private static String pick(String code, String text, String region, TerritoryApi territory) {
        if (code != null && !code.isBlank()) {
            return code.strip();
        }
        if (text == null || text.isBlank()) {
            return "";
        }
        return territory
                .municipalityNamed(region, text)
                .map(MunicipalityView::oktmo)
                .orElse(text.strip());
    }

    /** A Russian error for each picker where a name was typed but nothing was picked. */
    static Map<String, String> errors(PracticeForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String lead = form.field(LEAD);
        if (!lead.isBlank() && !CODE.matcher(lead).matches()) {
            errors.put(LEAD, notPicked(lead));
        }
        for (int i = 0; i < form.municipalities().size(); i++) {
            String value = form.municipalities().get(i);
            if (!CODE.matcher(value).matches()) {
                errors.put(OTHERS + "[" + i + "]", notPicked(value));
            }
        }
        return errors;
    }

    private static String notPicked(String text) {
        return "Выберите муниципальное образование из списка подсказок: «" + text
                + "» не выбрано. Начните вводить название и выберите строку стрелками и Enter или мышью";
    }

    /** What the pickers show for each code of the form: «Чайковский — городской округ», never the digits. */
    static Map<String, String> texts(PracticeForm form, TerritoryApi territory) {
        Map<String, String> texts = new LinkedHashMap<>();
        Stream.concat(Stream.of(form.field(LEAD)), form.municipalities().stream())
                .filter(v -> CODE.matcher(v).matches())
                .distinct()
                .forEach(code -> territory.municipality(code).ifPresent(m -> texts.put(code, m.label())));
        return texts;
    }
}
