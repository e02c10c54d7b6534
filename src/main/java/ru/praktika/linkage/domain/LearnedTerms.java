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
     * @param titleLength how many of the stems are the title's (validation weighs them as a title)
     */
    record Example(List<String> stems, String nationalCode, String federalCode, int titleLength) {

        Example(List<String> stems, String nationalCode, String federalCode) {
            this(stems, nationalCode, federalCode, 0);
        }
    }

    private LearnedTerms() {}

    /**
     * Which examples are copies of one another: near duplicates (the same MinHash test as for practices, estimated
     * Jaccard of 3-stem shingles ≥ 0.5), joined transitively.
     *
     * @return for each example, the index of the first example of its group
     */
    static int[] groups(List<Example> examples) {
        int[] parent = new int[examples.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        SimilarityIndex index = new SimilarityIndex();
        for (int i = 0; i < examples.size(); i++) {
            index.put(i, examples.get(i).stems());
        }
        for (int i = 0; i < examples.size(); i++) {
            for (SimilarityIndex.Match m : index.nearDuplicates(i)) {
                int a = root(parent, i), b = root(parent, (int) m.id());
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        int[] groups = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            groups[i] = root(parent, i);
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The terms learned from accepted examples. Copies count once: a practice repeated in five regions (near
     * duplicates) is one piece of evidence, not five, so a term must recur across different practices of a project.
     */
    static List<Knowledge> extract(List<Example> examples) {
        int[] groups = groups(examples);
        Map<String, Set<Integer>> groupsPerCode = new HashMap<>();
        Map<String, Map<String, Set<Integer>>> dfPerCode = new HashMap<>();
        Map<String, Set<String>> groupCodesOfTerm = new HashMap<>();
        Map<String, String> nationalOf = new HashMap<>();
        Set<Integer> allGroups = new HashSet<>();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            int group = groups[i];
            allGroups.add(group);
            String code = e.federalCode() != null ? e.federalCode() : e.nationalCode();
            nationalOf.put(code, e.nationalCode());
            groupsPerCode.computeIfAbsent(code, c -> new HashSet<>()).add(group);
            for (String term : terms(e.stems().stream()
                    .filter(s -> !FILLER.contains(s) && s.length() > 2)
                    .toList())) {
                dfPerCode
                        .computeIfAbsent(code, c -> new HashMap<>())
                        .computeIfAbsent(term, t -> new HashSet<>())
                        .add(group);
                groupCodesOfTerm.computeIfAbsent(term, t -> new HashSet<>()).add(code + "|" + group);
            }
        }
        int total = allGroups.size();
        List<Knowledge> learned = new ArrayList<>();
        dfPerCode.forEach((code, df) -> {
            int n = groupsPerCode.get(code).size();
            List<Knowledge> forCode = new ArrayList<>();
            df.forEach((term, inCodeGroups) -> {
                int inCode = inCodeGroups.size();
                if (inCode < MIN_DOCUMENTS) {
                    return;
                }
                int elsewhere = (int) groupCodesOfTerm.get(term).stream()
                        .filter(g -> !g.startsWith(code + "|"))
                        .count();
                double odds = Math.log((inCode + 0.5) / (n + 1.0))
                        - Math.log((elsewhere + 0.5) / (Math.max(total - n, 0) + 1.0));
                if (odds >= Math.log(3)) {
                    forCode.add(new Knowledge(
                            code,
                            nationalOf.get(code),
                            List.of(term.split(" ")),
                            Math.min(MAX_WEIGHT, 0.2 * odds),
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
