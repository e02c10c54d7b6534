package ru.praktika.linkage.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import ru.praktika.linkage.Suggestions;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.nationalproject.Period;
import ru.praktika.nationalproject.ProjectRef;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;

/**
 * Holds the current model of each period and refits it: at start-up, on a schedule (every 30 minutes) and on demand.
 * A model is built from three kinds of knowledge — the catalogue's names, the curated lexicon, and terms learned from
 * practices whose links were accepted — and swapped in atomically, so suggestions never see a half-built model.
 */
@Service
public class LinkageModels {

    private static final Logger log = LoggerFactory.getLogger(LinkageModels.class);
    /** The labelled file every refit is checked on (a copy of {@code bench/data/linkage_dev.csv}). */
    static final String LABELLED = "linkage/linkage_dev.csv";
    /**
     * Practice texts labelled with a national project of the period ({@code linkage/corpus_<period>.csv}) and of none
     * ({@code linkage/corpus_none.csv}, shared by both periods), written for the classifier by writers who saw none of
     * the evaluation files (docs/modules/linkage.md).
     */
    static final String CORPUS = "linkage/corpus_%s.csv";

    static final String CORPUS_NONE = "linkage/corpus_none.csv";
    /** One group of near duplicates in this many is held out for validation. */
    static final int VALIDATION_SHARE = 5;

    private static final int HISTORY = 50;
    /** Words of project names that say nothing about the subject. */
    private static final Set<String> GENERIC = Set.of(
            "развит",
            "систем",
            "обеспечен",
            "создан",
            "услов",
            "поддержк",
            "федеральн",
            "национальн",
            "проект",
            "российск",
            "федерац",
            "повышен",
            "современ",
            "нов",
            "мер",
            "комплексн",
            "цел",
            "качеств",
            "эффективн",
            "доступн",
            "программ",
            "реализац",
            "сфер",
            "увеличен",
            "формирован",
            "общ",
            "модернизац",
            "государствен",
            "так",
            "числ");

    private final NationalProjectApi catalogue;
    private final Documents documents;
    private final RussianText text;
    private final List<Lexicon.Term> lexicon;
    private final Map<String, LinkageModel> models = new ConcurrentHashMap<>();
    /** What each period's current model learned from (empty: the catalogue and the lexicon only). */
    private final Map<String, List<LearnedTerms.Example>> learnedFrom = new ConcurrentHashMap<>();
    /** The refits, newest first, in {@code linkage.refits}. */
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final ApplicationEventPublisher events;
    private final List<LinkageEvaluation.Row> labelled;
    /** Each period: the labelled texts its classifier is trained on, as stems (none: no classifier). */
    private final Map<Period, List<TextClassifier.Text>> corpus = new java.util.EnumMap<>(Period.class);
    /** Each period: the classifier trained on the corpus alone, trained once. */
    private final Map<Period, TextClassifier> corpusClassifiers = new ConcurrentHashMap<>();

    LinkageModels(
            NationalProjectApi catalogue,
            Documents documents,
            ApplicationEventPublisher events,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.documents = documents;
        this.events = events;
        this.text = new RussianText(Lexicon.abbreviations());
        this.lexicon = Lexicon.terms();
        this.labelled = LinkageEvaluation.readResource(LABELLED);
        List<TextClassifier.Text> none = corpus(CORPUS_NONE);
        for (Period period : Period.values()) {
            List<TextClassifier.Text> texts = corpus(CORPUS.formatted(period.label()));
            if (!texts.isEmpty()) {
                List<TextClassifier.Text> all = new ArrayList<>(texts);
                all.addAll(none);
                corpus.put(period, List.copyOf(all));
            }
        }
    }

    private List<TextClassifier.Text> corpus(String resource) {
        return LinkageEvaluation.readResource(resource).stream()
                .map(r -> new TextClassifier.Text(text.stems(r.title()), text.stems(r.description()), r.label()))
                .toList();
    }

    RussianText text() {
        return text;
    }

    public Suggestions suggest(String title, String description, Period period) {
        return model(period).suggest(text.analyse(title), text.analyse(description));
    }

    LinkageModel model(Period period) {
        return models.computeIfAbsent(period.label(), p -> build(period, List.of()));
    }

    /**
     * Refits both periods' models from the accepted practices (start-up, every 30 minutes): each candidate is adopted
     * only when it does at least as well as the current model (see {@link #refit(Period, List, String)}).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    @Scheduled(initialDelayString = "PT30M", fixedDelayString = "PT30M")
    public void refit() {
        refit(Actor.SYSTEM.username());
    }

    /** The secretariat's «refit now»: audited, whatever the outcome. */
    public List<RefitReport> refit(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Переобучать модель может секретариат");
        }
        return refit(actor.username());
    }

    /** The latest refits, newest first (the admin page «Модель подсказок»). */
    public List<RefitReport> history(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Модель подсказок видит секретариат");
        }
        return jdbc.sql("""
                        select at, actor, period, practices, groups, validation, labelled, before, after, outcome, failed
                        from linkage.refits order by at desc, id desc limit :limit
                        """)
                .param("limit", HISTORY)
                .query((rs, i) -> new RefitReport(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        figures(rs.getArray(8)),
                        figures(rs.getArray(9)),
                        rs.getString(10),
                        List.of((String[]) rs.getArray(11).getArray())))
                .list();
    }

    private static RefitReport.Figures figures(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return null;
        }
        Double[] f = (Double[]) array.getArray();
        return new RefitReport.Figures(f[0], f[1], f[2], f[3], f[4]);
    }

    private static Object figures(RefitReport.Figures f) {
        if (f == null) {
            return null;
        }
        return new org.springframework.jdbc.support.SqlArrayValue("float8", array(f));
    }

    private static Object[] array(RefitReport.Figures f) {
        return new Double[] {
            f.validationTop1(), f.validationTop3(), f.labelledTop1(), f.labelledTop3(), f.unlinkedRecall()
        };
    }

    /** How many accepted links each period's current model learned from (0: catalogue and lexicon only). */
    public Map<String, Integer> learnedCounts(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Модель подсказок видит секретариат");
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Period period : Period.values()) {
            counts.put(
                    period.label(),
                    learnedFrom.getOrDefault(period.label(), List.of()).size());
        }
        return counts;
    }

    /**
     * What the classifier of each period's current model was trained on (the admin page).
     *
     * @param period the period
     * @param texts how many labelled texts (0: no classifier)
     * @param features how many words and word pairs it knows
     * @param temperature the calibration's temperature
     */
    public record Reader(String period, int texts, int features, double temperature) {}

    public List<Reader> readers(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Модель подсказок видит секретариат");
        }
        List<Reader> readers = new ArrayList<>();
        for (Period period : Period.values()) {
            TextClassifier c = model(period).classifier();
            readers.add(
                    c == null
                            ? new Reader(period.label(), 0, 0, 0)
                            : new Reader(period.label(), c.texts(), c.size(), c.temperature()));
        }
        return readers;
    }

    private synchronized List<RefitReport> refit(String actor) {
        List<LearnedTerms.Example> examples = learnedExamples();
        List<RefitReport> reports = new ArrayList<>();
        for (Period period : Period.values()) {
            RefitReport report = refit(period, examples, actor);
            reports.add(report);
            if (!report.outcome().equals(RefitReport.UNCHANGED) || !actor.equals(Actor.SYSTEM.username())) {
                events.publishEvent(new AuditedAction(
                        actor,
                        "linkage.refit",
                        "linkageModel",
                        period.label(),
                        Map.of(
                                "outcome", report.outcome(),
                                "practices", report.practices(),
                                "validation", report.validation(),
                                "failed", report.failed())));
            }
        }
        return reports;
    }

    /**
     * Refits one period's model from these accepted links. The candidate learns from all of them, and is adopted only
     * when it scores at least as well as the current model on top-1, top-3 and the unlinked recall of two checks:
     * <ol>
     *   <li>a validation split of the accepted links — a fifth of the groups of near duplicates, held out: both the
     *       current model's examples and the new ones are relearned without them, so neither has seen them;
     *   <li>the labelled file {@code linkage/linkage_dev.csv} (2019–2024 only), with its texts of no national project.
     * </ol>
     * Otherwise the current model stays; either way the report is logged and kept for the admin page.
     */
    synchronized RefitReport refit(Period period, List<LearnedTerms.Example> all, String actor) {
        List<LearnedTerms.Example> examples = examplesOf(period, all);
        List<LearnedTerms.Example> current = learnedFrom.getOrDefault(period.label(), List.of());
        Judgement judgement = judge(period, current, model(period), examples, actor);
        RefitReport report = judgement.report();
        remember(report);
        if (report.outcome().equals(RefitReport.UNCHANGED)) {
            return report;
        }
        if (report.adopted()) {
            models.put(period.label(), judgement.candidate());
            learnedFrom.put(period.label(), List.copyOf(examples));
            log.info(
                    "Linkage model {} refitted from {} accepted links and adopted: {} -> {}",
                    period.label(),
                    examples.size(),
                    report.before(),
                    report.after());
        } else {
            log.warn(
                    "Linkage model {}: the refit from {} accepted links is rejected, worse on {} ({} -> {});"
                            + " the current model stays",
                    period.label(),
                    examples.size(),
                    report.failed(),
                    report.before(),
                    report.after());
        }
        return report;
    }

    /** The accepted links that belong to a period (a refit of that period learns from these only). */
    List<LearnedTerms.Example> examplesOf(Period period, List<LearnedTerms.Example> all) {
        Set<String> codes = new HashSet<>();
        for (NationalProjectView np : catalogue.nationalProjects(period.label())) {
            codes.add(np.code());
        }
        return all.stream().filter(e -> codes.contains(e.nationalCode())).toList();
    }

    /** A refit's verdict and the model it would adopt (null when unchanged). */
    record Judgement(RefitReport report, LinkageModel candidate) {}

    /**
     * Judges learning from {@code examples} against a current model that learned from {@code current}; changes
     * nothing (the evaluation command uses it to show what a refit would decide).
     */
    Judgement judge(
            Period period,
            List<LearnedTerms.Example> current,
            LinkageModel currentModel,
            List<LearnedTerms.Example> examples,
            String actor) {
        int[] groups = LearnedTerms.groups(examples);
        Set<LearnedTerms.Example> held = new HashSet<>();
        Set<Integer> distinct = new HashSet<>();
        for (int i = 0; i < examples.size(); i++) {
            distinct.add(groups[i]);
            if (Math.floorMod(examples.get(groups[i]).stems().hashCode(), VALIDATION_SHARE) == 0) {
                held.add(examples.get(i));
            }
        }
        List<LearnedTerms.Example> validation =
                examples.stream().filter(held::contains).toList();
        List<LinkageEvaluation.Row> rows = period == Period.P2019_2024 ? labelled : List.of();
        if (current.equals(examples)) {
            return new Judgement(
                    report(
                            actor,
                            period,
                            examples,
                            distinct.size(),
                            validation,
                            rows,
                            null,
                            null,
                            RefitReport.UNCHANGED,
                            List.of()),
                    null);
        }
        LinkageModel candidate = build(period, examples);
        RefitReport.Figures before = figures(
                build(period, current.stream().filter(e -> !held.contains(e)).toList()),
                currentModel,
                validation,
                rows);
        RefitReport.Figures after = figures(
                build(period, examples.stream().filter(e -> !held.contains(e)).toList()), candidate, validation, rows);
        List<String> failed = new ArrayList<>();
        worse("validationTop1", before.validationTop1(), after.validationTop1(), failed);
        worse("validationTop3", before.validationTop3(), after.validationTop3(), failed);
        worse("labelledTop1", before.labelledTop1(), after.labelledTop1(), failed);
        worse("labelledTop3", before.labelledTop3(), after.labelledTop3(), failed);
        worse("unlinkedRecall", before.unlinkedRecall(), after.unlinkedRecall(), failed);
        return new Judgement(
                report(
                        actor,
                        period,
                        examples,
                        distinct.size(),
                        validation,
                        rows,
                        before,
                        after,
                        failed.isEmpty() ? RefitReport.ADOPTED : RefitReport.REJECTED,
                        failed),
                candidate);
    }

    private static RefitReport report(
            String actor,
            Period period,
            List<LearnedTerms.Example> examples,
            int groups,
            List<LearnedTerms.Example> validation,
            List<LinkageEvaluation.Row> rows,
            RefitReport.Figures before,
            RefitReport.Figures after,
            String outcome,
            List<String> failed) {
        return new RefitReport(
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                actor,
                period.label(),
                examples.size(),
                groups,
                validation.size(),
                rows.size(),
                before,
                after,
                outcome,
                List.copyOf(failed));
    }

    private void remember(RefitReport report) {
        // the schedule finding nothing new every 30 minutes is not worth a line each time
        if (report.outcome().equals(RefitReport.UNCHANGED)) {
            jdbc.sql("""
                            delete from linkage.refits where id = (
                                select id from linkage.refits where period = :period
                                order by at desc, id desc limit 1) and outcome = 'UNCHANGED'
                            """).param("period", report.period()).update();
        }
        jdbc.sql("""
                        insert into linkage.refits (at, actor, period, practices, groups, validation, labelled, before,
                                                    after, outcome, failed)
                        values (:at, :actor, :period, :practices, :groups, :validation, :labelled, :before, :after,
                                :outcome, :failed)
                        """)
                .param("at", java.sql.Timestamp.from(report.at()))
                .param("actor", report.actor())
                .param("period", report.period())
                .param("practices", report.practices())
                .param("groups", report.groups())
                .param("validation", report.validation())
                .param("labelled", report.labelled())
                .param("before", figures(report.before()), java.sql.Types.ARRAY)
                .param("after", figures(report.after()), java.sql.Types.ARRAY)
                .param("outcome", report.outcome())
                .param(
                        "failed",
                        new org.springframework.jdbc.support.SqlArrayValue(
                                "text", report.failed().toArray()))
                .update();
        jdbc.sql("""
                        delete from linkage.refits where id not in (
                            select id from linkage.refits order by at desc, id desc limit :keep)
                        """).param("keep", HISTORY * 4).update();
    }

    private static void worse(String name, double before, double after, List<String> failed) {
        if (!Double.isNaN(before) && !Double.isNaN(after) && after < before - 1e-9) {
            failed.add(name);
        }
    }

    /**
     * @param learner relearned without the validation links (scores them)
     * @param model the model as it would serve (scores the labelled file)
     */
    private RefitReport.Figures figures(
            LinkageModel learner,
            LinkageModel model,
            List<LearnedTerms.Example> validation,
            List<LinkageEvaluation.Row> rows) {
        double[] v = ModelChecks.onExamples(learner, validation);
        double[] l = ModelChecks.onLabelled(model, text, rows);
        return new RefitReport.Figures(v[0], v[1], l[0], l[1], l[2]);
    }

    /** A model of a period from given examples (the evaluation uses this with its own folds). */
    LinkageModel build(Period period, List<LearnedTerms.Example> examples) {
        Map<String, ProjectRef> projects = new HashMap<>();
        List<Knowledge> knowledge = new ArrayList<>();
        for (NationalProjectView np : catalogue.nationalProjects(period.label())) {
            projects.put(np.code(), new ProjectRef(np.code(), np.name()));
            addName(knowledge, np.code(), np.code(), np.name(), 1.2, 0.3);
            for (ProjectRef fp : np.federalProjects()) {
                projects.put(fp.code(), fp);
                addName(knowledge, fp.code(), np.code(), fp.name(), 1.5, 0.35);
            }
        }
        for (Lexicon.Term t : lexicon) {
            List<String> stems = text.stems(t.term());
            // a bare number («103») is no evidence of anything
            if (projects.containsKey(t.code())
                    && !stems.stream().allMatch(s -> s.chars().allMatch(Character::isDigit))) {
                String np = t.code().replaceAll("-FP\\d+$", "");
                knowledge.add(new Knowledge(t.code(), np, stems, t.weight(), t.term(), "lexicon"));
            }
        }
        for (Knowledge k : LearnedTerms.extract(examples)) {
            if (projects.containsKey(k.code())) {
                knowledge.add(k);
            }
        }
        return new LinkageModel(
                period.label(), projects, knowledge, classifier(period, examples), classifier(period, List.of()));
    }

    /**
     * The classifier of a period: trained on its corpus and the accepted examples (each with its national project);
     * none for a period without a corpus.
     */
    private TextClassifier classifier(Period period, List<LearnedTerms.Example> examples) {
        List<TextClassifier.Text> written = corpus.get(period);
        if (written == null) {
            return null;
        }
        if (examples.isEmpty()) {
            return corpusClassifiers.computeIfAbsent(period, p -> train(p, written));
        }
        List<TextClassifier.Text> texts = new ArrayList<>(written);
        // copies of one practice (near duplicates) are one text, as for the learned terms
        int[] groups = LearnedTerms.groups(examples);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < examples.size(); i++) {
            LearnedTerms.Example e = examples.get(i);
            if (seen.add(groups[i] + "|" + e.nationalCode())) {
                texts.add(new TextClassifier.Text(
                        e.stems().subList(0, e.titleLength()),
                        e.stems().subList(e.titleLength(), e.stems().size()),
                        e.nationalCode()));
            }
        }
        return train(period, texts);
    }

    private static TextClassifier train(Period period, List<TextClassifier.Text> texts) {
        long started = System.nanoTime();
        TextClassifier c = TextClassifier.train(texts);
        if (c != null) {
            log.info(
                    "Linkage classifier {}: {} texts, {} features, temperature {}, trained in {} ms",
                    period.label(),
                    c.texts(),
                    c.size(),
                    c.temperature(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return c;
    }

    private void addName(List<Knowledge> knowledge, String code, String np, String name, double phrase, double word) {
        List<String> stems = text.stems(name.replaceAll("\\(.*?\\)", " "));
        if (stems.size() > 1) {
            // a whole multi-word name is strong evidence; a one-word name («Жилье») is just a word
            knowledge.add(new Knowledge(code, np, stems, phrase, name, "catalogue"));
        }
        for (String s : stems) {
            if (!GENERIC.contains(s) && s.length() > 2) {
                knowledge.add(new Knowledge(code, np, List.of(s), word, s, "catalogue"));
            }
        }
    }

    List<LearnedTerms.Example> learnedExamples() {
        List<LearnedTerms.Example> examples = new ArrayList<>();
        for (Documents.Document d : documents.accepted()) {
            List<String> stems = new ArrayList<>(text.stems(d.title()));
            int titleLength = stems.size();
            stems.addAll(text.stems(d.text()));
            for (String np : d.nationalCodes()) {
                String fp = d.federalCodes().stream()
                        .filter(f -> f.startsWith(np + "-"))
                        .findFirst()
                        .orElse(null);
                examples.add(new LearnedTerms.Example(stems, np, fp, titleLength));
            }
        }
        return examples;
    }
}
