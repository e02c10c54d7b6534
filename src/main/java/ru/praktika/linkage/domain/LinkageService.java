package ru.praktika.linkage.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.praktika.linkage.Finding;
import ru.praktika.linkage.PracticeChecked;
import ru.praktika.linkage.SimilarPractice;
import ru.praktika.linkage.Suggestion;
import ru.praktika.linkage.Suggestions;
import ru.praktika.nationalproject.Period;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeSaved;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;

/**
 * Keeps linkage's view of practices up to date from practice events, and with it the similarity index and the
 * findings: a link the text does not support, a near duplicate of another card. Reviewed findings stay reviewed.
 */
@Service
public class LinkageService {

    static final String NOT_SUPPORTED = "связь с национальным проектом не подтверждается текстом";
    private static final Logger log = LoggerFactory.getLogger(LinkageService.class);

    private final Documents documents;
    private final LinkageModels models;
    private final PracticeApi practices;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private static final int BATCH = 500;
    /** A link finding of a practice: practice, message, evidence (one save or a batch of an import). */
    private static final String LINK_FINDING = """
            insert into linkage.findings (practice_id, kind, message, evidence)
            values (?, 'LINK_NOT_SUPPORTED', ?, ?)
            on conflict (practice_id, kind, coalesce(other_practice_id, 0))
            do update set message = excluded.message, evidence = excluded.evidence
            """;
    /** One direction of a near-duplicate pair: practice, message, evidence, the other practice, similarity. */
    private static final String DUPLICATE_FINDING = """
            insert into linkage.findings (practice_id, kind, message, evidence, other_practice_id, similarity)
            values (?, 'NEAR_DUPLICATE', ?, ?, ?, ?)
            on conflict (practice_id, kind, coalesce(other_practice_id, 0))
            do update set similarity = excluded.similarity, evidence = excluded.evidence
            """;

    private final SimilarityIndex index = new SimilarityIndex();
    /** What each indexed text was (a fingerprint): a text caught up again unchanged is not stemmed again. */
    private final Map<Long, Integer> indexed = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile boolean indexLoaded;
    private java.time.Instant indexSynced;

    LinkageService(
            Documents documents,
            LinkageModels models,
            PracticeApi practices,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            org.springframework.jdbc.core.JdbcTemplate batch) {
        this.batch = batch;
        this.documents = documents;
        this.models = models;
        this.practices = practices;
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public synchronized void loadIndex() {
        java.time.Instant now = documents.now();
        index.clear();
        indexed.clear();
        documents.all().forEach(d -> indexDocument(d.id(), d.title(), d.text()));
        indexSynced = now;
        indexLoaded = true;
        log.info("Similarity index holds {} practices", index.size());
    }

    /**
     * Runs after the practice's transaction commits, in its own; the event publication registry (ADR 0011) keeps the
     * event until this returns, so work cut off by a failure or a crash is done again. Saving the same event twice
     * gives the same rows.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PracticeSaved saved) {
        if (!indexLoaded) {
            // outstanding events are resubmitted at start-up, before the application is ready
            loadIndex();
        }
        documents.save(saved);
        indexDocument(saved.id(), saved.title(), saved.text());
        checkLink(saved);
        Set<Long> checked = new TreeSet<>(checkDuplicates(saved.id()));
        checked.add(saved.id());
        checked.forEach(id -> events.publishEvent(new PracticeChecked(id)));
    }

    /** Puts a text into the similarity index unless the index already holds exactly this text. */
    private void indexDocument(long id, String title, String text) {
        int fingerprint = java.util.Objects.hash(title, text);
        Integer before = indexed.put(id, fingerprint);
        if (before == null || before != fingerprint) {
            index.put(id, stems(title, text));
        }
    }

    /**
     * The cards of an import, all at once (one transaction, after the import's commit, kept in the publication
     * registry like every event): their documents, their link checks and their near duplicates, then one
     * {@link PracticesChecked} for them and for every practice that became a near duplicate of one of them.
     */
    @org.springframework.modulith.events.ApplicationModuleListener
    public void on(ru.praktika.practice.PracticesImported imported) {
        long started = System.nanoTime();
        SimilarityIndex idx = index();
        Map<Long, String> titles = new java.util.HashMap<>();
        List<Long> ids = imported.practiceIds();
        // a batch of cards at a time: the memory of an import of 10,000 cards stays that of 500
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<PracticeSaved> saved = practices.described(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            documents.saveAll(saved);
            // stemming, signatures and link checks are independent per card: on every core
            record Derived(
                    PracticeSaved practice, int fingerprint, SimilarityIndex.Signatures signatures, String[] finding) {}
            List<Derived> derived = saved.parallelStream()
                    .map(p -> new Derived(
                            p,
                            java.util.Objects.hash(p.title(), p.text()),
                            idx.signatures(stems(p.title(), p.text())),
                            linkFinding(p)))
                    .toList();
            List<Object[]> linkRows = new ArrayList<>();
            for (Derived d : derived) {
                idx.put(d.practice().id(), d.signatures());
                indexed.put(d.practice().id(), d.fingerprint());
                titles.put(d.practice().id(), d.practice().title());
                if (d.finding() != null) {
                    linkRows.add(new Object[] {d.practice().id(), d.finding()[0], d.finding()[1]});
                }
            }
            batch.batchUpdate(LINK_FINDING, linkRows);
        }
        Set<Long> checked = new TreeSet<>(titles.keySet());
        java.util.SortedMap<String, Object[]> pairs = new java.util.TreeMap<>();
        for (long id : ids) {
            for (SimilarityIndex.Match m : idx.nearDuplicates(id)) {
                String other = titles.computeIfAbsent(
                        m.id(),
                        key -> documents
                                .find(key)
                                .map(Documents.Document::title)
                                .orElse(null));
                if (other == null) {
                    continue;
                }
                checked.add(m.id());
                for (long[] pair : new long[][] {{id, m.id()}, {m.id(), id}}) {
                    pairs.put(String.format("%019d-%019d", pair[0], pair[1]), new Object[] {
                        pair[0],
                        "Почти совпадает с практикой №" + pair[1],
                        "«" + titles.get(pair[1]) + "», сходство " + Math.round(m.similarity() * 100) + " %",
                        pair[1],
                        m.similarity()
                    });
                }
            }
        }
        batch.batchUpdate(DUPLICATE_FINDING, new ArrayList<>(pairs.values()));
        events.publishEvent(new ru.praktika.linkage.PracticesChecked(List.copyOf(checked)));
        log.info(
                "Linkage read {} imported practices in {} ms ({} near-duplicate rows)",
                ids.size(),
                (System.nanoTime() - started) / 1_000_000,
                pairs.size());
    }

    /**
     * The similarity index of this instance with every practice another instance saved since the last look: each
     * instance holds its own index in memory, the documents table is the truth they all catch up from.
     */
    private synchronized SimilarityIndex index() {
        if (!indexLoaded) {
            loadIndex();
            return index;
        }
        java.time.Instant now = documents.now();
        documents.changedSince(indexSynced).forEach(d -> indexDocument(d.id(), d.title(), d.text()));
        indexSynced = now;
        return index;
    }

    /**
     * A linked national project is supported when it is among the text's three suggestions with at least this score.
     * The score shown is half the lexicon's raw/(raw+2) plus half the classifier's probability (ADR 0021), so 0.1 is
     * what either alone at 0.2 gives — the lexicon's old threshold on its own raw/(raw+2).
     */
    static final double SUPPORTED = 0.1;

    /** What the link check finds about a practice: {message, evidence}, or null when its links hold. */
    private String[] linkFinding(PracticeSaved p) {
        Suggestions s = models.suggest(p.title(), p.text(), Period.ofYear(p.year()));
        String message = null;
        String evidence = null;
        if (p.nationalProjects().isEmpty()) {
            message = "Практика не связана ни с одним национальным проектом";
            evidence = s.unlinked()
                    ? null
                    : "Текст указывает на: " + describe(s.suggestions().get(0));
        } else {
            boolean supported = s.suggestions().stream()
                    .filter(x -> x.score() >= SUPPORTED)
                    .anyMatch(x ->
                            p.nationalProjects().contains(x.nationalProject().code()));
            if (!supported) {
                message = "Связь с национальным проектом не подтверждается текстом";
                evidence = s.unlinked() || s.suggestions().isEmpty()
                        ? "Текст не указывает ни на один национальный проект"
                        : "Текст указывает на: " + describe(s.suggestions().get(0));
            }
        }
        return message == null ? null : new String[] {message, evidence};
    }

    /** The link check: no link at all, or a link the text's own suggestions do not include. */
    void checkLink(PracticeSaved p) {
        String[] finding = linkFinding(p);
        String message = finding == null ? null : finding[0];
        String evidence = finding == null ? null : finding[1];
        if (message == null) {
            jdbc.sql("delete from linkage.findings where practice_id = :p and kind = 'LINK_NOT_SUPPORTED'"
                            + " and reviewed_at is null")
                    .param("p", p.id())
                    .update();
            return;
        }
        jdbc.sql(LINK_FINDING).params(p.id(), message, evidence).update();
    }

    /** Records the practice's near duplicates and returns every other practice whose duplicates changed. */
    private List<Long> checkDuplicates(long id) {
        List<SimilarityIndex.Match> duplicates = index().nearDuplicates(id);
        List<Long> others = new ArrayList<>();
        // rows are written in one order everywhere (by the practice they belong to, then the other one), so two
        // practices saved at once on two instances never wait for each other's rows (the load run met a deadlock)
        duplicates = duplicates.stream()
                .sorted(java.util.Comparator.comparingLong(SimilarityIndex.Match::id))
                .toList();
        for (SimilarityIndex.Match m : duplicates) {
            documents.find(m.id()).ifPresent(other -> {
                others.add(other.id());
                long low = Math.min(id, other.id());
                long high = Math.max(id, other.id());
                for (long[] pair : new long[][] {{low, high}, {high, low}}) {
                    String title = pair[1] == other.id()
                            ? other.title()
                            : documents.find(id).map(Documents.Document::title).orElse("");
                    jdbc.sql(DUPLICATE_FINDING)
                            .params(
                                    pair[0],
                                    "Почти совпадает с практикой №" + pair[1],
                                    "«" + title + "», сходство " + Math.round(m.similarity() * 100) + " %",
                                    pair[1],
                                    m.similarity())
                            .update();
                }
            });
        }
        List<Long> gone = jdbc.sql("""
                        delete from linkage.findings where kind = 'NEAR_DUPLICATE' and reviewed_at is null
                          and (practice_id = :p or other_practice_id = :p)
                          and not (coalesce(other_practice_id, 0) in (:others) or practice_id in (:others))
                        returning case when practice_id = :p then other_practice_id else practice_id end
                        """)
                .param("p", id)
                .param("others", others.isEmpty() ? List.of(-1L) : others)
                .query(Long.class)
                .list();
        List<Long> changed = new ArrayList<>(others);
        changed.addAll(gone);
        return changed;
    }

    /** Similar practices the actor may read, most alike first. */
    @Transactional(readOnly = true)
    public List<SimilarPractice> similar(Actor actor, long practiceId, int limit) {
        Documents.Document me = readable(actor, practiceId);
        boolean reviewer = practices.canSeeReview(actor, me.regionCode(), me.municipalities());
        List<SimilarPractice> out = new ArrayList<>();
        Map<Long, Double> near = new java.util.HashMap<>();
        SimilarityIndex index = index();
        index.nearDuplicates(me.id()).forEach(m -> near.put(m.id(), m.similarity()));
        List<SimilarityIndex.Match> matches = new ArrayList<>(index.similar(me.id()));
        near.forEach((id, j) -> {
            if (matches.stream().noneMatch(m -> m.id() == id)) {
                matches.add(new SimilarityIndex.Match(id, j));
            }
        });
        matches.sort((x, y) ->
                Double.compare(near.getOrDefault(y.id(), y.similarity()), near.getOrDefault(x.id(), x.similarity())));
        for (SimilarityIndex.Match m : matches) {
            if (out.size() >= limit) {
                break;
            }
            documents
                    .find(m.id())
                    .filter(d -> practices.canRead(
                            actor, d.regionCode(), d.municipalities(), PracticeStatus.valueOf(d.status())))
                    .ifPresent(d -> out.add(new SimilarPractice(
                            d.id(),
                            d.title(),
                            d.regionCode(),
                            d.year(),
                            near.getOrDefault(d.id(), m.similarity()),
                            // a near duplicate is a reviewer's finding, not something the public is told
                            reviewer && near.containsKey(d.id()))));
        }
        return out;
    }

    /**
     * The findings about a practice for someone who sees its review data. A near duplicate names another card by id and
     * title, so one whose other card the actor may not read (another region's draft) is left out altogether.
     */
    @Transactional(readOnly = true)
    public List<Finding> findings(Actor actor, long practiceId) {
        Documents.Document me = readable(actor, practiceId);
        if (!practices.canSeeReview(actor, me.regionCode(), me.municipalities())) {
            throw new ru.praktika.shared.AccessDeniedException(
                    "Находки проверки видны авторам практики и проверяющим, а не на открытой странице");
        }
        return findings(List.of(practiceId)).getOrDefault(practiceId, List.of()).stream()
                .filter(f -> f.otherPracticeId() == null || mayRead(actor, f.otherPracticeId()))
                .toList();
    }

    /** The findings about many practices, for the platform itself (no reader to check). */
    @Transactional(readOnly = true)
    public Map<Long, List<Finding>> findings(java.util.Collection<Long> practiceIds) {
        Map<Long, List<Finding>> byPractice = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(practiceIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("""
                            select id, practice_id, kind, message, evidence, other_practice_id, similarity,
                                   reviewed_by, reviewed_at
                            from linkage.findings where practice_id in (:p) order by kind, id
                            """)
                    .param("p", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, i) -> new Finding(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            (Long) rs.getObject(6),
                            rs.getObject(7) == null ? null : rs.getDouble(7),
                            rs.getString(8),
                            instant(rs.getTimestamp(9))))
                    .list()
                    .forEach(f -> byPractice
                            .computeIfAbsent(f.practiceId(), k -> new ArrayList<>())
                            .add(f));
        }
        return byPractice;
    }

    private boolean mayRead(Actor actor, long practiceId) {
        return documents
                .find(practiceId)
                .filter(d -> practices.canRead(
                        actor, d.regionCode(), d.municipalities(), PracticeStatus.valueOf(d.status())))
                .isPresent();
    }

    /** An expert (or the secretariat) marks a finding as reviewed so it stops nagging. */
    @Transactional
    public void review(Actor actor, long findingId) {
        if (!actor.isAdmin() && !actor.has(Role.EXPERT)) {
            throw new AccessDeniedException("Отмечать находки проверенными могут эксперты и секретариат");
        }
        int changed = jdbc.sql("update linkage.findings set reviewed_by = :by, reviewed_at = now()"
                        + " where id = :id and reviewed_at is null")
                .param("by", actor.username())
                .param("id", findingId)
                .update();
        if (changed == 0) {
            throw new NotFoundException("Непроверенная находка №" + findingId + " не найдена");
        }
        events.publishEvent(AuditedAction.by(actor, "finding.review", "finding", findingId, Map.of()));
    }

    /** Whether the actor sees the review data (findings, near duplicates) of this practice. */
    @Transactional(readOnly = true)
    public boolean canSeeReview(Actor actor, long practiceId) {
        Documents.Document me = readable(actor, practiceId);
        return practices.canSeeReview(actor, me.regionCode(), me.municipalities());
    }

    private Documents.Document readable(Actor actor, long practiceId) {
        Documents.Document d = documents
                .find(practiceId)
                .orElseThrow(() -> new NotFoundException("Практика №" + practiceId + " не найдена"));
        if (!practices.canRead(actor, d.regionCode(), d.municipalities(), PracticeStatus.valueOf(d.status()))) {
            throw new NotFoundException("Практика №" + practiceId + " не найдена");
        }
        return d;
    }

    private List<String> stems(String title, String text) {
        List<String> stems = new ArrayList<>(models.text().stems(title));
        stems.addAll(models.text().stems(text));
        return stems;
    }

    private static String describe(Suggestion s) {
        return s.nationalProject().name()
                + (s.federalProject() == null ? "" : " → " + s.federalProject().name())
                + (s.evidence().isEmpty() ? "" : " (слова: " + String.join(", ", s.evidence()) + ")");
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
