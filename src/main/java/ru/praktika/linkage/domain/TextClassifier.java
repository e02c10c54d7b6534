package ru.praktika.linkage.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A naive Bayes classifier over the stems and adjacent stem pairs of a text, trained on labelled practice texts: it
 * reads a text as a whole — every word it has seen in practices of each national project, and in practices of none —
 * where the lexicon only counts the phrases it knows. A feature counts once per text (present or not), a feature must
 * occur in at least {@link #MIN_DF} training texts, the classes are equally likely beforehand, and every count of a
 * feature in a class is smoothed by {@link #SMOOTHING}.
 *
 * <p>Naive Bayes counts a word and the pair it is part of as two independent pieces of evidence, so its raw
 * probabilities are far too sure of themselves (a two-line text gets 0.99). They are <b>calibrated</b>: the log-scores
 * are divided by a temperature chosen at training time by 5-fold cross-validation on the training texts themselves —
 * the one that gives the held-out texts the best log-likelihood — so that 0.7 means right about 7 times in 10; it is
 * chosen again whenever accepted practices join the training texts (copies of one practice join as one text).
 * Training is counting, so the same texts always give the same model. Pure in-memory work.
 */
final class TextClassifier {

    /** The label of a text about no national project. */
    static final String NONE = "NONE";

    /** A feature must occur in at least this many training texts. */
    static final int MIN_DF = 2;

    /** Additive smoothing of each feature's count in a class (0.05, 0.1, 0.3 and 1 tried; docs/benchmarks.md). */
    static final double SMOOTHING = 0.1;

    /**
     * A labelled text.
     *
     * @param title the title's stems
     * @param description the description's stems
     * @param label a national project's code or {@link #NONE}
     */
    record Text(List<String> title, List<String> description, String label) {}

    /** The temperatures tried in calibration. */
    private static final double[] TEMPERATURES = {1, 1.5, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30};

    private static final int FOLDS = 5;

    private final List<String> classes;
    /** Each feature: its log-probability among the features of each class's texts (smoothed). */
    private final Map<String, double[]> logLikelihood;
    /** What the summed log-probabilities are divided by (see the class comment). */
    private final double temperature;
    /** How many texts it was trained on. */
    private final int texts;

    private TextClassifier(List<String> classes, Map<String, double[]> logLikelihood, double temperature, int texts) {
        this.classes = classes;
        this.logLikelihood = logLikelihood;
        this.temperature = temperature;
        this.texts = texts;
    }

    /**
     * Trains on these texts with a calibrated temperature; null when there is nothing to tell apart (fewer than two
     * labels).
     */
    static TextClassifier train(List<Text> texts) {
        List<String> classes =
                texts.stream().map(Text::label).distinct().sorted().toList();
        if (classes.size() < 2) {
            return null;
        }
        // each text's features and label once, for the five folds of the calibration and the final count
        List<Set<String>> features =
                texts.stream().map(t -> features(t.title(), t.description())).toList();
        int[] labels = texts.stream().mapToInt(t -> classes.indexOf(t.label())).toArray();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            all.add(i);
        }
        return count(features, labels, all, classes, calibrate(features, labels, classes));
    }

    /**
     * The temperature that gives texts held out of training the highest mean log-likelihood of their own label (each
     * fifth of the texts predicted by a model counted on the other four).
     */
    private static double calibrate(List<Set<String>> features, int[] labels, List<String> classes) {
        List<double[]> scores = new ArrayList<>();
        List<Integer> heldLabels = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> training = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                (i % FOLDS == fold ? held : training).add(i);
            }
            TextClassifier model = count(features, labels, training, classes, 1);
            for (int i : held) {
                double[] score = model.scores(features.get(i));
                if (score != null) {
                    scores.add(score);
                    heldLabels.add(labels[i]);
                }
            }
        }
        double best = 1;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double temperature : TEMPERATURES) {
            double likelihood = 0;
            for (int i = 0; i < scores.size(); i++) {
                likelihood += Math.log(Math.max(softmax(scores.get(i), temperature)[heldLabels.get(i)], 1e-12));
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = temperature;
            }
        }
        return best;
    }

    /** Counts the features of the texts at these positions. */
    private static TextClassifier count(
            List<Set<String>> features, int[] labels, List<Integer> texts, List<String> classes, double temperature) {
        Map<String, int[]> counts = new HashMap<>();
        for (int i : texts) {
            for (String f : features.get(i)) {
                counts.computeIfAbsent(f, x -> new int[classes.size()])[labels[i]]++;
            }
        }
        counts.values().removeIf(n -> java.util.Arrays.stream(n).sum() < MIN_DF);
        double[] total = new double[classes.size()];
        for (int[] n : counts.values()) {
            for (int c = 0; c < n.length; c++) {
                total[c] += n[c];
            }
        }
        int vocabulary = counts.size();
        Map<String, double[]> logLikelihood = new HashMap<>();
        counts.forEach((f, n) -> {
            double[] l = new double[n.length];
            for (int c = 0; c < n.length; c++) {
                l[c] = Math.log((n[c] + SMOOTHING) / (total[c] + SMOOTHING * vocabulary));
            }
            logLikelihood.put(f, l);
        });
        return new TextClassifier(classes, logLikelihood, temperature, texts.size());
    }

    /** Each class's (calibrated) probability for a text; nothing when the text has no feature the classifier knows. */
    Map<String, Double> probabilities(List<String> title, List<String> description) {
        double[] score = scores(features(title, description));
        if (score == null) {
            return Map.of();
        }
        double[] p = softmax(score, temperature);
        Map<String, Double> result = new HashMap<>();
        for (int c = 0; c < p.length; c++) {
            result.put(classes.get(c), p[c]);
        }
        return result;
    }

    /** The temperature calibration chose. */
    double temperature() {
        return temperature;
    }

    /** Each class: the summed log-probabilities of the text's known features; null when it has none. */
    private double[] scores(Set<String> features) {
        double[] score = new double[classes.size()];
        boolean known = false;
        for (String f : features) {
            double[] l = logLikelihood.get(f);
            if (l != null) {
                known = true;
                for (int c = 0; c < score.length; c++) {
                    score[c] += l[c];
                }
            }
        }
        return known ? score : null;
    }

    private static double[] softmax(double[] score, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : score) {
            max = Math.max(max, v);
        }
        double[] p = new double[score.length];
        double sum = 0;
        for (int c = 0; c < score.length; c++) {
            p[c] = Math.exp((score[c] - max) / temperature);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /**
     * The words of a text that speak most for a class, as the author wrote them: single words and pairs, by how much
     * more likely they are in that class than in any other.
     */
    List<String> evidence(RussianText.Analysed title, RussianText.Analysed description, String label, int limit) {
        int c = classes.indexOf(label);
        if (c < 0) {
            return List.of();
        }
        // each feature (a stem or a pair of stems) once, shown as first written
        Map<String, String> written = new HashMap<>();
        for (RussianText.Analysed part : List.of(title, description)) {
            List<String> stems = part.stems();
            for (int i = 0; i < stems.size(); i++) {
                written.putIfAbsent(stems.get(i), part.words().get(i));
                if (i > 0) {
                    written.putIfAbsent(
                            stems.get(i - 1) + " " + stems.get(i),
                            part.words().get(i - 1) + " " + part.words().get(i));
                }
            }
        }
        Map<String, Double> speaks = new HashMap<>();
        written.keySet().forEach(f -> {
            double[] l = logLikelihood.get(f);
            if (l != null) {
                double other = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < l.length; k++) {
                    if (k != c) {
                        other = Math.max(other, l[k]);
                    }
                }
                speaks.put(f, l[c] - other);
            }
        });
        List<String> chosen = new ArrayList<>();
        speaks.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                // a word already shown inside a pair, or a pair around a word already shown, is not shown again
                .filter(f -> chosen.stream().noneMatch(x -> within(f, x) || within(x, f)))
                .limit(limit)
                .forEach(chosen::add);
        return chosen.stream().map(written::get).toList();
    }

    private static boolean within(String words, String phrase) {
        return (" " + phrase + " ").contains(" " + words + " ");
    }

    /** The distinct stems and adjacent stem pairs of a title and a description. */
    private static Set<String> features(List<String> title, List<String> description) {
        Set<String> features = new LinkedHashSet<>();
        for (List<String> stems : List.of(title, description)) {
            for (int i = 0; i < stems.size(); i++) {
                features.add(stems.get(i));
                if (i > 0) {
                    features.add(stems.get(i - 1) + " " + stems.get(i));
                }
            }
        }
        return features;
    }

    /** How many features the classifier knows (for the admin page). */
    int size() {
        return logLikelihood.size();
    }

    /** How many texts it was trained on (for the admin page). */
    int texts() {
        return texts;
    }
}
