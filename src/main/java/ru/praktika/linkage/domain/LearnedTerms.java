package ru.praktika.linkage.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns from links experts accepted: words and word pairs that keep appearing in one project's practices and rarely
 * in others' become phrases of that project (weight grows with how discriminative they are). Explainable — a learned
 * term shows up as evidence like any lexicon term.
 */
final class LearnedTerms {

    static final int MIN_DOCUMENTS = 3;
    static final double MAX_WEIGHT = 0.6;
    /** Words every practice uses; learning them would only add noise. */
    private static final Set<String> FILLER = Set.of(
            "работ",
            "выполн",
            "жител",
            "проект",
            "выбра",
            "администрац",
            "муниципальн",
            "программ",
            "бюджет",
            "рубл",
            "средств",
            "реализ",
            "реализац",
            "провел",
            "нача",
            "стал",
            "получ",
            "созда",
            "помощ",
            "счет",
            "област",
            "район",
            "город",
            "поселен",
            "округ",
            "сельск",
            "числ",
            "котор",
            "год",
            "новы",
            "нов",
            "прошл",
            "перв",
            "втор",
            "результат",
            "участ",
            "участник",
            "цел",
            "задач",
            "мер",
            "сво",
            "наш",
            "все",
            "весь",
            "дел",
            "месяц",
            "недел",
            "врем",
            "сегодн",
            "теперь",
            "ранш",
            "раньш",
            "посл",
            "каждый",
            "кажд",
            "дом",
            "мест",
            "сил",
            "орган",
            "местн",
            "организац",
            "также");

    static final int MAX_PER_CODE = 400;

    /**
     * An accepted example.
     *
     * @param stems the stems of its title and text
     * @param nationalCode the accepted national project
     * @param federalCode the accepted federal project, or null
     */
    record Example(List<String> stems, String nationalCode, String federalCode) {}

    private LearnedTerms() {}

    static List<Knowledge> extract(List<Example> examples) {
        Map<String, Integer> docsPerCode = new HashMap<>();
        Map<String, Map<String, Integer>> dfPerCode = new HashMap<>();
        Map<String, Integer> dfAll = new HashMap<>();
        Map<String, String> nationalOf = new HashMap<>();
        for (Example e : examples) {
            String code = e.federalCode() != null ? e.federalCode() : e.nationalCode();
            nationalOf.put(code, e.nationalCode());
            docsPerCode.merge(code, 1, Integer::sum);
            for (String term : terms(e.stems().stream()
                    .filter(s -> !FILLER.contains(s) && s.length() > 2)
                    .toList())) {
                dfPerCode.computeIfAbsent(code, c -> new HashMap<>()).merge(term, 1, Integer::sum);
                dfAll.merge(term, 1, Integer::sum);
            }
        }
        int total = examples.size();
        List<Knowledge> learned = new ArrayList<>();
        dfPerCode.forEach((code, df) -> {
            int n = docsPerCode.get(code);
            List<Knowledge> forCode = new ArrayList<>();
            df.forEach((term, inCode) -> {
                if (inCode < MIN_DOCUMENTS) {
                    return;
                }
                int elsewhere = dfAll.get(term) - inCode;
                double odds = Math.log((inCode + 0.5) / (n + 1.0)) - Math.log((elsewhere + 0.5) / (total - n + 1.0));
                if (odds >= Math.log(3)) {
                    forCode.add(new Knowledge(
                            code,
                            nationalOf.get(code),
                            List.of(term.split(" ")),
                            Math.min(1.0, 0.2 * odds),
                            term,
                            "learned"));
                }
            });
            forCode.sort((a, b) -> Double.compare(b.weight(), a.weight()));
            learned.addAll(forCode.subList(0, Math.min(MAX_PER_CODE, forCode.size())));
        });
        return learned;
    }

    /** Unique stems and adjacent stem pairs of a text. */
    private static Set<String> terms(List<String> stems) {
        Set<String> terms = new HashSet<>(stems);
        for (int i = 0; i + 1 < stems.size(); i++) {
            terms.add(stems.get(i) + " " + stems.get(i + 1));
        }
        return terms;
    }
}
