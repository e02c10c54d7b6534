package ru.praktika.linkage.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.praktika.linkage.Suggestion;
import ru.praktika.linkage.Suggestions;
import ru.praktika.nationalproject.ProjectRef;

/**
 * An immutable model: phrases (as stems) pointing to federal and national projects of one period, each with a
 * weight, and a classifier that reads the whole text (ADR 0021). A text scores a project by the phrases it contains,
 * weighted down when a phrase points to several national projects (1/df), counted more in the title; a national
 * project sums its federal projects, and the classifier's probability is added. Whether anything fits at all
 * («unlinked») is decided on what learning cannot move: the catalogue and the lexicon ({@link Tally#unlinked()}) and
 * the classifier trained on the written corpus alone. Pure in-memory work, no database.
 */
final class LinkageModel {

    /**
     * A best raw score below this means the text is not about any national project: roughly, fewer than two specific
     * terms or one strong phrase (see docs/modules/linkage.md).
     */
    static final double UNLINKED = 2.0;

    /**
     * Of that, at least this much must come from specific phrases (a lexicon term or a whole multi-word project name):
     * one specific term found once is enough, single words of project names alone are not.
     */
    static final double MIN_SPECIFIC = 0.5;

    private static final double TITLE_WEIGHT = 1.5;
    private static final int MAX_EVIDENCE = 6;
    /**
     * How much a phrase counts for the ranking where it lies inside a longer phrase found in the text: «школьный
     * автобус» is about roads, and its «школ» only half about schools. Chosen on the dev and holdout files (0, 0.25
     * and 0.5 tried; docs/benchmarks.md).
     */
    private static final double COVERED = 0.5;

    /**
     * How much the classifier's probability of a national project adds to the lexicon's score of it (raw/(raw+2), in
     * 0..1). Chosen on the dev and holdout files (docs/benchmarks.md).
     */
    static final double BLEND = 1.0;

    /**
     * A text is unlinked when the classifier gives at least this probability to «no national project», or when the
     * lexicon finds nothing specific ({@link Tally#unlinked()}) and the classifier is not {@link #SURE} of a project
     * (0.3, 0.4 and 0.5 tried on the dev and holdout files).
     */
    static final double NONE_PROBABILITY = 0.4;

    /** How sure the classifier must be of a project to outweigh the lexicon's silence (0.5, 0.7 and 0.9 tried). */
    static final double SURE = 0.7;

    private final String period;
    private final Map<String, ProjectRef> projects;
    private final Map<String, List<Indexed>> byFirstStem = new HashMap<>();
    /** Reads the text as a whole for the ranking, with what was learned (null: the lexicon alone). */
    private final TextClassifier classifier;
    /** Reads the text for the unlinked decision: trained on the written corpus only, so learning never moves it. */
    private final TextClassifier unlearned;

    private record Indexed(Knowledge knowledge, double idf) {}

    LinkageModel(String period, Map<String, ProjectRef> projects, Collection<Knowledge> knowledge) {
        this(period, projects, knowledge, null, null);
    }

    LinkageModel(
            String period,
            Map<String, ProjectRef> projects,
            Collection<Knowledge> knowledge,
            TextClassifier classifier,
            TextClassifier unlearned) {
        this.period = period;
        this.projects = projects;
        this.classifier = classifier;
        this.unlearned = unlearned;
        // the catalogue's and the lexicon's phrases are weighed among themselves only, so that learned terms never
        // change what the unlearned knowledge says (the unlinked decision rests on it)
        Map<String, Set<String>> baseNationalsOf = new HashMap<>();
        Map<String, Set<String>> nationalsOf = new HashMap<>();
        for (Knowledge k : knowledge) {
            String key = String.join(" ", k.stems());
            nationalsOf.computeIfAbsent(key, s -> new HashSet<>()).add(k.nationalCode());
            if (!k.learned()) {
                baseNationalsOf.computeIfAbsent(key, s -> new HashSet<>()).add(k.nationalCode());
            }
        }
        Set<String> seen = new HashSet<>();
        for (Knowledge k : knowledge) {
            String key = String.join(" ", k.stems());
            if (k.stems().isEmpty() || !seen.add(k.code() + "|" + key + "|" + k.source())) {
                continue;
            }
            double idf =
                    1.0 / (k.learned() ? nationalsOf : baseNationalsOf).get(key).size();
            byFirstStem
                    .computeIfAbsent(k.stems().get(0), s -> new ArrayList<>())
                    .add(new Indexed(k, idf));
        }
    }

    String period() {
        return period;
    }

    /** The classifier that reads the whole text, or null. */
    TextClassifier classifier() {
        return classifier;
    }

    int size() {
        return byFirstStem.values().stream().mapToInt(List::size).sum();
    }

    /** The three best national projects for the stems of a title and a description. */
    Suggestions suggest(List<String> title, List<String> description) {
        return suggest(new RussianText.Analysed(title, title), new RussianText.Analysed(description, description));
    }

    /** The three best national projects; evidence quotes the words as written. */
    Suggestions suggest(RussianText.Analysed title, RussianText.Analysed description) {
        Tally tally = tally(title, description);
        Map<String, Double> byCode = tally.byCode();
        Map<String, Map<String, Double>> evidence = tally.evidence();
        Map<String, Double> national = new HashMap<>();
        Map<String, String> bestFederal = new HashMap<>();
        Map<String, Map<String, Double>> nationalEvidence = new HashMap<>();
        for (Map.Entry<String, Double> e : byCode.entrySet()) {
            String code = e.getKey();
            String np = nationalOf(code);
            national.merge(np, e.getValue(), Double::sum);
            evidence.getOrDefault(code, Map.of())
                    .forEach((s, v) -> nationalEvidence
                            .computeIfAbsent(np, x -> new HashMap<>())
                            .merge(s, v, Double::sum));
            if (!code.equals(np) && (bestFederal.get(np) == null || byCode.get(bestFederal.get(np)) < e.getValue())) {
                bestFederal.put(np, code);
            }
        }
        Map<String, Double> blended = new HashMap<>();
        national.forEach((np, raw) -> blended.put(np, raw / (raw + 2.0)));
        Map<String, Double> read =
                classifier == null ? Map.of() : classifier.probabilities(title.stems(), description.stems());
        read.forEach((np, p) -> {
            // a project the lexicon found nothing of is suggested by the classifier only above the uniform share
            if (projects.containsKey(np) && (blended.containsKey(np) || p > 1.0 / read.size())) {
                blended.merge(np, BLEND * p, Double::sum);
            }
        });
        double scale = classifier == null ? 1.0 : 1.0 + BLEND;
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(blended.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Suggestion> top = new ArrayList<>();
        for (Map.Entry<String, Double> e : ranked.subList(0, Math.min(3, ranked.size()))) {
            String fp = bestFederal.get(e.getKey());
            List<String> words = nationalEvidence.getOrDefault(e.getKey(), Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(MAX_EVIDENCE)
                    .map(Map.Entry::getKey)
                    .toList();
            if (words.isEmpty() && classifier != null) {
                // suggested by the reading of the whole text: the words that weighed most for it
                words = classifier.evidence(title, description, e.getKey(), MAX_EVIDENCE);
            }
            top.add(new Suggestion(
                    projects.getOrDefault(e.getKey(), new ProjectRef(e.getKey(), e.getKey())),
                    fp == null ? null : projects.getOrDefault(fp, new ProjectRef(fp, fp)),
                    round(e.getValue() / scale),
                    words));
        }
        Map<String, Double> judged = unlearned == null
                ? Map.of()
                : unlearned == classifier ? read : unlearned.probabilities(title.stems(), description.stems());
        boolean unlinked = judged.getOrDefault(TextClassifier.NONE, 0.0) >= NONE_PROBABILITY
                || (tally.unlinked()
                        && judged.entrySet().stream()
                                .noneMatch(e -> !e.getKey().equals(TextClassifier.NONE) && e.getValue() >= SURE));
        return new Suggestions(top, unlinked);
    }

    /**
     * What a text scores.
     *
     * @param byCode each federal (or national) project: all its knowledge
     * @param evidence each code: the words as written and what they added
     * @param base each national project: what the catalogue and the lexicon alone give it
     * @param specific each national project: the part of {@code base} from specific phrases
     * @param written each phrase found (code, stems): the words as first written, so that a phrase found in the
     *     title and in the description in two forms («беспилотники», «беспилотника») is shown once
     */
    record Tally(
            Map<String, Double> byCode,
            Map<String, Map<String, Double>> evidence,
            Map<String, Double> base,
            Map<String, Double> specific,
            Map<String, String> written) {

        /**
         * Whether the text is about no national project. Decided on the unlearned knowledge only — the catalogue and
         * the lexicon, whose scores do not move as practices are learned — so learning can never talk a text with no
         * national project into one: some project must reach {@link #UNLINKED} and have at least
         * {@link #MIN_SPECIFIC} of it from specific phrases, not from single words of project names.
         */
        boolean unlinked() {
            for (Map.Entry<String, Double> e : base.entrySet()) {
                if (e.getValue() >= UNLINKED && specific.getOrDefault(e.getKey(), 0.0) >= MIN_SPECIFIC) {
                    return false;
                }
            }
            return true;
        }

        /** The raw score of each national project: the sum of its federal projects' and its own. */
        Map<String, Double> national() {
            Map<String, Double> national = new LinkedHashMap<>();
            byCode.forEach((code, v) -> national.merge(nationalOf(code), v, Double::sum));
            return national;
        }

        double bestBase() {
            return base.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    Tally tally(List<String> title, List<String> description) {
        return tally(new RussianText.Analysed(title, title), new RussianText.Analysed(description, description));
    }

    Tally tally(RussianText.Analysed title, RussianText.Analysed description) {
        Tally tally = new Tally(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        match(title, TITLE_WEIGHT, tally);
        match(description, 1.0, tally);
        return tally;
    }

    private void match(RussianText.Analysed text, double factor, Tally tally) {
        List<String> stems = text.stems();
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            for (Indexed x : byFirstStem.getOrDefault(stems.get(i), List.of())) {
                int end = endOfMatch(stems, i, x.knowledge().stems());
                if (end >= 0) {
                    matches.add(new Match(x, i, end));
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> ranked = new HashMap<>();
        Map<String, Match> first = new HashMap<>();
        for (Match m : matches) {
            String key = m.x().knowledge().code() + "|"
                    + String.join(" ", m.x().knowledge().stems()) + "|"
                    + m.x().knowledge().source();
            counts.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, m);
            // inside a longer phrase found here, a phrase counts less for the ranking (COVERED); the unlinked decision
            // still counts it whole
            if (matches.stream().noneMatch(m::within)) {
                ranked.merge(key, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Match m = first.get(e.getKey());
            Knowledge k = m.x().knowledge();
            double lengthBonus = 1 + 0.5 * (k.stems().size() - 1);
            double weight = k.weight() * m.x().idf() * lengthBonus * factor;
            double v = weight * repeated(e.getValue());
            int inRanking = ranked.getOrDefault(e.getKey(), 0);
            double r = inRanking > 0 ? weight * repeated(inRanking) : weight * COVERED;
            tally.byCode().merge(k.code(), r, Double::sum);
            String words = tally.written()
                    .computeIfAbsent(
                            k.code() + "|" + String.join(" ", k.stems()),
                            x -> String.join(" ", text.words().subList(m.start(), m.end() + 1)));
            tally.evidence().computeIfAbsent(k.code(), c -> new HashMap<>()).merge(words, r, Double::sum);
            if (!k.learned()) {
                tally.base().merge(k.nationalCode(), v, Double::sum);
                if (k.specific()) {
                    tally.specific().merge(k.nationalCode(), v, Double::sum);
                }
            }
        }
    }

    /** A phrase found more than once counts more, up to three times found: 1, 1.3, 1.6. */
    private static double repeated(int times) {
        return 1 + 0.3 * (Math.min(times, 3) - 1);
    }

    /** A phrase found in a text, from its first to its last word. */
    private record Match(Indexed x, int start, int end) {

        /** Whether this match lies inside a longer phrase found (one of more words). */
        boolean within(Match other) {
            return other.x().knowledge().stems().size() > x.knowledge().stems().size()
                    && other.start() <= start
                    && other.end() >= end;
        }
    }

    /**
     * A phrase matches when its stems follow each other, allowing one extra word between them.
     *
     * @return the position of its last stem, or -1
     */
    private static int endOfMatch(List<String> stems, int start, List<String> phrase) {
        int pos = start;
        for (int j = 1; j < phrase.size(); j++) {
            if (pos + 1 < stems.size() && stems.get(pos + 1).equals(phrase.get(j))) {
                pos = pos + 1;
            } else if (pos + 2 < stems.size() && stems.get(pos + 2).equals(phrase.get(j))) {
                pos = pos + 2;
            } else {
                return -1;
            }
        }
        return pos;
    }

    private static String nationalOf(String code) {
        int fp = code.indexOf("-FP");
        return fp < 0 ? code : code.substring(0, fp);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static Comparator<Suggestion> byScore() {
        return Comparator.comparingDouble(Suggestion::score).reversed();
    }
}
