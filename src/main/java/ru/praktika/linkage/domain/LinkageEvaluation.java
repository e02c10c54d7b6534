package ru.praktika.linkage.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.praktika.linkage.Suggestions;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.Period;

/**
 * {@code java -jar praktika.jar evaluate-linkage --input FILE.csv [--folds K]}: measures the suggestions on a labelled
 * file (columns {@code id,title,description,label[,federal_project]}; label is a national project code of one period
 * or {@code NONE}; the model of that period is evaluated). Without {@code --folds} the model knows only the catalogue,
 * the lexicon and the corpus; with it, each fold is predicted by a model that also learned from the other folds' labels
 * (k-fold cross-validation).
 */
@Component
public class LinkageEvaluation {

    public static final String NAME = "evaluate-linkage";

    private final LinkageModels models;
    private final NationalProjectApi catalogue;
    private PrintStream diagnostics;
    /** The period of the labels being evaluated: 2025–2030 when they are codes of that period. */
    private Period period = Period.P2019_2024;

    private final Documents documents;

    LinkageEvaluation(LinkageModels models, NationalProjectApi catalogue, Documents documents) {
        this.models = models;
        this.catalogue = catalogue;
        this.documents = documents;
    }

    /**
     * The numbers of one evaluation.
     *
     * @param rows rows evaluated
     * @param top1 share whose first suggestion (or "unlinked" for NONE) is right
     * @param top3 share whose label is among the three suggestions (NONE: marked unlinked)
     * @param noneAccuracy share of NONE rows marked unlinked (the unlinked recall), or NaN without NONE rows
     * @param perLabel label → [rows, top-1 right, top-3 right]
     * @param confusions "label → predicted" → count, for top-1 mistakes
     * @param matrix label → predicted (NONE: marked unlinked) → count, every row
     */
    public record Result(
            int rows,
            double top1,
            double top3,
            double noneAccuracy,
            Map<String, int[]> perLabel,
            Map<String, Integer> confusions,
            Map<String, Map<String, Integer>> matrix) {

        /** Of the rows marked unlinked, the share that are NONE; NaN when none was marked. */
        public double unlinkedPrecision() {
            int flagged = 0;
            for (Map<String, Integer> row : matrix.values()) {
                flagged += row.getOrDefault("NONE", 0);
            }
            int right = matrix.getOrDefault("NONE", Map.of()).getOrDefault("NONE", 0);
            return flagged == 0 ? Double.NaN : (double) right / flagged;
        }
    }

    record Row(String id, String title, String description, String label, String federalName) {}

    /**
     * The speed benchmark ({@code --benchmark}): suggestions for N texts made from the input rows (after a warm-up),
     * and near-duplicate queries over an index of M texts. Prints practices per second and heap used.
     */
    int benchmark(List<Row> rows, int practices, int indexed, PrintStream out) {
        RussianText text = models.text();
        LinkageModel model = models.model(Period.P2019_2024);
        Random random = new Random(1);
        List<String[]> texts = new ArrayList<>();
        for (int i = 0; i < practices; i++) {
            Row r = rows.get(i % rows.size());
            List<String> words = new ArrayList<>(List.of(r.description().split(" ")));
            Collections.shuffle(words, random);
            texts.add(new String[] {r.title(), String.join(" ", words)});
        }
        for (int i = 0; i < Math.min(2000, practices); i++) {
            model.suggest(text.stems(texts.get(i)[0]), text.stems(texts.get(i)[1]));
        }
        long t0 = System.nanoTime();
        for (String[] t : texts) {
            model.suggest(text.stems(t[0]), text.stems(t[1]));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(
                Locale.ROOT,
                "Подсказки: %d практик за %.2f с — %.0f практик/с%n",
                practices,
                seconds,
                practices / seconds);
        SimilarityIndex index = new SimilarityIndex();
        List<List<String>> vocabulary =
                rows.stream().map(r -> text.stems(r.description())).toList();
        long t1 = System.nanoTime();
        for (int i = 0; i < indexed; i++) {
            List<String> a = vocabulary.get(random.nextInt(vocabulary.size()));
            List<String> b = vocabulary.get(random.nextInt(vocabulary.size()));
            List<String> doc = new ArrayList<>(a.subList(0, a.size() / 2));
            doc.addAll(b.subList(b.size() / 2, b.size()));
            doc.add("x" + i);
            index.put(i, doc);
        }
        double build = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        int queries = 1000, found = 0;
        for (int q = 0; q < queries; q++) {
            found += index.nearDuplicates(random.nextInt(indexed)).size();
        }
        double query = (System.nanoTime() - t2) / 1e9 / queries * 1000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        out.printf(
                Locale.ROOT,
                "Почти дубликаты: индекс из %d практик построен за %.1f с; поиск %.2f мс на запрос"
                        + " (в среднем %.1f совпадений); занято в куче %d МБ%n",
                indexed,
                build,
                query,
                (double) found / queries,
                (rt.totalMemory() - rt.freeMemory()) / 1024 / 1024);
        return 0;
    }

    /** Runs the command: prints the report, returns the exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--benchmark")) {
            try {
                int practices = Integer.parseInt(option(args, "--practices", "10000"));
                int indexed = Integer.parseInt(option(args, "--index", "100000"));
                return benchmark(read(Path.of(option(args, "--input", ""))), practices, indexed, out);
            } catch (IOException | RuntimeException e) {
                err.println("Не удалось выполнить замер: " + e.getMessage());
                return 2;
            }
        }
        String input = null;
        String learn = null;
        int folds = 0;
        String dump = null;
        diagnostics = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--input") && i + 1 < args.length) {
                input = args[++i];
            } else if (args[i].equals("--verbose")) {
                diagnostics = err;
            } else if (args[i].equals("--folds") && i + 1 < args.length) {
                folds = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--learn") && i + 1 < args.length) {
                learn = args[++i];
            } else if (args[i].equals("--dump") && i + 1 < args.length) {
                dump = args[++i];
            }
        }
        if (input == null) {
            err.println("Укажите файл: evaluate-linkage --input ФАЙЛ.csv [--learn accepted|ФАЙЛ.csv] [--folds 5]");
            return 2;
        }
        List<Row> rows;
        List<LearnedTerms.Example> examples = null;
        try {
            rows = read(Path.of(input));
            // the period of the labels, before the federal projects of a learned file are looked up in it
            period = rows.stream().anyMatch(r -> r.label().startsWith("NP25")) ? Period.P2025_2030 : Period.P2019_2024;
            if (learn != null) {
                examples = learn.equals("accepted") ? models.learnedExamples() : examples(read(Path.of(learn)));
            }
        } catch (IOException | RuntimeException e) {
            err.println(
                    "Не удалось прочитать " + input + (learn == null ? "" : " или " + learn) + ": " + e.getMessage());
            return 2;
        }
        if (dump != null) {
            try {
                dump(rows, Path.of(dump));
            } catch (IOException e) {
                err.println("Не удалось записать " + dump + ": " + e.getMessage());
                return 2;
            }
        }
        if (folds > 1) {
            print(
                    crossValidate(rows, folds),
                    folds + "-кратная перекрёстная проверка (обучение на метках других частей)",
                    out);
            return 0;
        }
        print(evaluate(rows), "без обучения: каталог, словарь и написанные тексты", out);
        if (examples != null) {
            // only the links of the evaluated period, as a refit of that period takes them
            List<LearnedTerms.Example> learned = models.examplesOf(period, examples);
            out.println();
            print(
                    score(rows, models.build(period, learned), empty(), rows.size()),
                    "после обучения на " + learned.size() + " принятых связях ("
                            + (learn.equals("accepted") ? "принятые практики этой базы" : learn) + ")",
                    out);
            if (learn.equals("accepted")) {
                // the accepted practices of the period as a second labelled set (only those with one national project)
                java.util.Set<String> learnedCodes = learned.stream()
                        .map(LearnedTerms.Example::nationalCode)
                        .collect(java.util.stream.Collectors.toSet());
                List<Row> accepted = documents.accepted().stream()
                        .filter(d -> d.nationalCodes().size() == 1
                                && learnedCodes.contains(d.nationalCodes().get(0)))
                        .map(d -> new Row(
                                String.valueOf(d.id()),
                                d.title(),
                                d.text(),
                                d.nationalCodes().get(0),
                                null))
                        .toList();
                Result own = score(accepted, models.build(period, List.of()), empty(), accepted.size());
                out.printf(
                        Locale.ROOT,
                        "Без обучения на самих принятых практиках (%d с одним нацпроектом периода %s):"
                                + " top-1 %.3f, top-3 %.3f%n",
                        own.rows(),
                        period.label(),
                        own.top1(),
                        own.top3());
            }
            RefitReport verdict = models.judge(
                            period, List.of(), models.build(period, List.of()), learned, "evaluate-linkage")
                    .report();
            out.printf(
                    Locale.ROOT,
                    "Решение переобучения против модели без обучения: %s%s; связей %d (различных практик %d),"
                            + " на проверке %d; до %s; после %s%n",
                    verdict.outcome(),
                    verdict.failed().isEmpty() ? "" : " " + verdict.failed(),
                    verdict.practices(),
                    verdict.groups(),
                    verdict.validation(),
                    figures(verdict.before()),
                    figures(verdict.after()));
        }
        return 0;
    }

    /**
     * {@code --dump FILE}: each row's stems, what the catalogue and lexicon give each national project and whether they
     * alone would mark it unlinked, one JSON object a line — for studying the model outside the application.
     */
    private void dump(List<Row> rows, Path file) throws IOException {
        LinkageModel model = models.build(period, List.of());
        RussianText text = models.text();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (java.io.BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Row r : rows) {
                RussianText.Analysed title = text.analyse(r.title());
                RussianText.Analysed description = text.analyse(r.description());
                LinkageModel.Tally tally = model.tally(title, description);
                Map<String, Object> line = new java.util.LinkedHashMap<>();
                line.put("id", r.id());
                line.put("label", r.label());
                line.put("title", title.stems());
                line.put("description", description.stems());
                line.put("ranking", tally.national());
                line.put("base", tally.base());
                line.put("specific", tally.specific());
                line.put("lexiconUnlinked", tally.unlinked());
                w.write(json.writeValueAsString(line));
                w.newLine();
            }
        }
    }

    private static String figures(RefitReport.Figures f) {
        return f == null
                ? "—"
                : String.format(
                        Locale.ROOT,
                        "[проверка top-1 %.3f, top-3 %.3f; файл top-1 %.3f, top-3 %.3f, нет связи %.3f]",
                        f.validationTop1(),
                        f.validationTop3(),
                        f.labelledTop1(),
                        f.labelledTop3(),
                        f.unlinkedRecall());
    }

    private static Result empty() {
        return new Result(0, 0, 0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /** Without learning: the catalogue, the lexicon and the written corpus. */
    Result evaluate(List<Row> rows) {
        LinkageModel model = models.build(period, List.of());
        return score(rows, model, empty(), rows.size());
    }

    /** K-fold: each fold predicted by a model that learned from the other folds. */
    Result crossValidate(List<Row> rows, int folds) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(7));
        Result total = empty();
        for (int f = 0; f < folds; f++) {
            List<Row> test = new ArrayList<>(), train = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == f ? test : train).add(shuffled.get(i));
            }
            total = score(test, models.build(period, examples(train)), total, rows.size());
        }
        return total;
    }

    private Result score(List<Row> rows, LinkageModel model, Result acc, int all) {
        Map<String, int[]> perLabel = new TreeMap<>(acc.perLabel());
        Map<String, Integer> confusions = new TreeMap<>(acc.confusions());
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        acc.matrix().forEach((k, v) -> matrix.put(k, new TreeMap<>(v)));
        double top1 = acc.top1() * all, top3 = acc.top3() * all;
        int seen = acc.rows();
        RussianText text = models.text();
        for (Row r : rows) {
            Suggestions s = model.suggest(text.analyse(r.title()), text.analyse(r.description()));
            String predicted = ModelChecks.predicted(s);
            boolean right1 = predicted.equals(r.label());
            if (diagnostics != null) {
                LinkageModel.Tally tally = model.tally(text.analyse(r.title()), text.analyse(r.description()));
                String bestNp = tally.base().entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey)
                        .orElse("");
                diagnostics.printf(
                        Locale.ROOT,
                        "%s\t%s\t%s\t%.2f\t%.2f\t%s%n",
                        r.id(),
                        r.label(),
                        predicted,
                        tally.bestBase(),
                        tally.specific().getOrDefault(bestNp, 0.0),
                        s.suggestions().isEmpty() ? "" : s.suggestions().get(0).evidence());
            }
            boolean right3 = ModelChecks.inTop3(s, r.label());
            matrix.computeIfAbsent(r.label(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
            int[] v = perLabel.computeIfAbsent(r.label(), k -> new int[3]);
            v[0]++;
            v[1] += right1 ? 1 : 0;
            v[2] += right3 ? 1 : 0;
            top1 += right1 ? 1 : 0;
            top3 += right3 ? 1 : 0;
            if (!right1) {
                confusions.merge(r.label() + " → " + predicted, 1, Integer::sum);
            }
            seen++;
        }
        int[] noneCounts = perLabel.getOrDefault("NONE", new int[3]);
        int none = noneCounts[0];
        int noneRight = noneCounts[1];
        return new Result(
                seen,
                top1 / all,
                top3 / all,
                none == 0 ? Double.NaN : (double) noneRight / none,
                perLabel,
                confusions,
                matrix);
    }

    List<LearnedTerms.Example> examples(List<Row> rows) {
        Map<String, String> fpByName = new HashMap<>();
        catalogue
                .nationalProjects(period.label())
                .forEach(np -> np.federalProjects().forEach(fp -> fpByName.put(normal(fp.name()), fp.code())));
        List<LearnedTerms.Example> examples = new ArrayList<>();
        RussianText text = models.text();
        for (Row r : rows) {
            if (r.label().equals("NONE")) {
                continue;
            }
            List<String> stems = new ArrayList<>(text.stems(r.title()));
            stems.addAll(text.stems(r.description()));
            String fp = r.federalName() == null ? null : fpByName.get(normal(r.federalName()));
            examples.add(new LearnedTerms.Example(
                    stems,
                    r.label(),
                    fp != null && fp.startsWith(r.label()) ? fp : null,
                    text.stems(r.title()).size()));
        }
        return examples;
    }

    private static String option(String[] args, String name, String fallback) {
        String value = ru.praktika.shared.CommandLine.option(args, name);
        return value == null ? fallback : value;
    }

    static List<Row> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    /** A labelled file shipped with the application (the refits' check), or nothing if it is not there. */
    static List<Row> readResource(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return List.of();
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> read(Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(reader)) {
            rows.add(new Row(
                    r.get("id"),
                    r.get("title"),
                    r.get("description"),
                    r.get("label").strip(),
                    r.isMapped("federal_project") ? r.get("federal_project") : null));
        }
        return rows;
    }

    static void print(Result r, String mode, PrintStream out) {
        out.printf(Locale.ROOT, "Оценка подсказок: %s%n", mode);
        out.printf(Locale.ROOT, "Строк: %d%n", r.rows());
        out.printf(Locale.ROOT, "Точность top-1: %.3f%n", r.top1());
        out.printf(Locale.ROOT, "Точность top-3: %.3f%n", r.top3());
        out.printf(
                Locale.ROOT,
                "Точность на NONE (нет связи): %s%n",
                Double.isNaN(r.noneAccuracy()) ? "—" : String.format(Locale.ROOT, "%.3f", r.noneAccuracy()));
        out.printf(
                Locale.ROOT,
                "Нет связи: полнота %s, точность %s%n",
                share(r.noneAccuracy()),
                share(r.unlinkedPrecision()));
        out.println("Метка      строк  top-1  top-3");
        r.perLabel().forEach((label, v) -> out.printf(Locale.ROOT, "%-10s %5d  %5d  %5d%n", label, v[0], v[1], v[2]));
        out.println("Ошибки top-1 (метка → предсказание):");
        r.confusions().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.printf(Locale.ROOT, "  %s: %d%n", e.getKey(), e.getValue()));
        java.util.SortedSet<String> columns = new java.util.TreeSet<>(r.matrix().keySet());
        r.matrix().values().forEach(row -> columns.addAll(row.keySet()));
        out.println("Таблица ошибок (строки — метка, столбцы — первая подсказка; NONE — «нет связи»):");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-8s", ""));
        columns.forEach(c -> head.append(String.format(Locale.ROOT, "%7s", shortCode(c))));
        out.println(head);
        r.matrix().forEach((label, row) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s", shortCode(label)));
            columns.forEach(c -> {
                int n = row.getOrDefault(c, 0);
                line.append(String.format(Locale.ROOT, "%7s", n == 0 ? "." : String.valueOf(n)));
            });
            out.println(line);
        });
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String shortCode(String code) {
        return code.startsWith("NP") ? code.substring(2) : code;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
