package ru.praktika.library.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.ApplicationMoved;
import ru.praktika.competition.CompetitionApi;
import ru.praktika.linkage.PracticeChecked;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeParts;
import ru.praktika.practice.PracticeSaved;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.practice.PracticesImported;
import ru.praktika.review.ReviewApi;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * The library's own index of published practices ({@code library.entries}), kept from events after the commits that
 * change a card, its quality score or its awards, and caught up with the practices at start-up and every ten minutes
 * (a change whose event was lost is picked up then). Every statement is idempotent, so two instances may do the same
 * work at once.
 */
@Component
public class LibraryIndex {

    private static final Logger log = LoggerFactory.getLogger(LibraryIndex.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PracticeApi practices;
    private final TerritoryApi territory;
    private final ReviewApi review;
    private final CompetitionApi competition;

    LibraryIndex(
            JdbcClient jdbc,
            JdbcTemplate batch,
            PracticeApi practices,
            TerritoryApi territory,
            ReviewApi review,
            CompetitionApi competition) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.practices = practices;
        this.territory = territory;
        this.review = review;
        this.competition = competition;
    }

    @ApplicationModuleListener
    public void on(PracticeSaved saved) {
        refresh(List.of(saved.id()));
    }

    @ApplicationModuleListener
    public void on(PracticesImported imported) {
        refresh(imported.practiceIds());
    }

    /** The quality score follows linkage's check; the entry takes the new score if the card is in the library. */
    @ApplicationModuleListener
    public void on(PracticeChecked checked) {
        refreshQuality(List.of(checked.practiceId()));
    }

    /** A published award puts the practice among the winners. */
    @ApplicationModuleListener
    public void on(ApplicationMoved moved) {
        if ("WINNER".equals(moved.step())) {
            competition.practiceOf(moved.applicationId()).ifPresent(id -> refresh(List.of(id)));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Library catch-up at start failed; it is tried again in ten minutes", e);
        }
    }

    /**
     * Makes the index hold exactly the published practices: adds the missing, drops the unpublished; then takes the
     * current quality scores. Returns how many entries were written or removed.
     */
    @Scheduled(initialDelay = 600_000, fixedDelay = 600_000)
    public int catchUp() {
        List<Long> published = practices.publishedIds();
        Set<Long> have = new HashSet<>(jdbc.sql("select practice_id from library.entries")
                .query(Long.class)
                .list());
        List<Long> missing = published.stream().filter(id -> !have.contains(id)).toList();
        Set<Long> publishedSet = new HashSet<>(published);
        List<Long> gone = have.stream().filter(id -> !publishedSet.contains(id)).toList();
        int changed = 0;
        Map<String, java.util.Optional<MunicipalityView>> municipalities = new java.util.HashMap<>();
        for (int from = 0; from < missing.size(); from += BATCH) {
            changed += refresh(missing.subList(from, Math.min(missing.size(), from + BATCH)), municipalities);
        }
        changed += remove(gone);
        for (int from = 0; from < published.size(); from += 5000) {
            changed += refreshQuality(published.subList(from, Math.min(published.size(), from + 5000)));
        }
        if (changed > 0) {
            log.info("Library caught up: {} entries written or removed", changed);
        }
        return changed;
    }

    /** Re-reads the cards given: published ones are (re)written, the others leave the library. */
    @Transactional
    public int refresh(Collection<Long> ids) {
        return refresh(ids, new java.util.HashMap<>());
    }

    /**
     * The same, looking each lead municipality up once across calls that share {@code municipalities} (the catch-up of
     * 100,000 practices meets a few thousand municipalities).
     */
    private int refresh(Collection<Long> ids, Map<String, java.util.Optional<MunicipalityView>> municipalities) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<PracticeCard> cards = practices.cards(ids);
        List<PracticeCard> published = cards.stream()
                .filter(c -> c.status() == PracticeStatus.PUBLISHED)
                .toList();
        Set<Long> keep = published.stream().map(PracticeCard::id).collect(Collectors.toSet());
        int changed = remove(ids.stream().filter(id -> !keep.contains(id)).toList());
        if (published.isEmpty()) {
            return changed;
        }
        Map<Long, Integer> quality = review.scoresOf(keep);
        Map<Long, String> awards = competition.awards(keep);
        Map<Long, int[]> adoptions = adoptionCounts(keep);
        Map<String, RegionView> regions =
                territory.regions().stream().collect(Collectors.toMap(RegionView::code, r -> r));
        List<Object[]> rows = new ArrayList<>();
        for (PracticeCard card : published) {
            rows.add(row(
                    card,
                    regions.get(card.regionCode()),
                    municipalities.computeIfAbsent(card.leadMunicipality(), territory::municipality),
                    quality.getOrDefault(card.id(), 0),
                    awards.get(card.id()),
                    adoptions.getOrDefault(card.id(), new int[] {0})[0]));
        }
        batch.batchUpdate("""
                insert into library.entries (practice_id, year, region_code, district, municipality_type, lead_oktmo,
                    municipality, title, summary, body, extra, national_codes, federal_codes, mechanism,
                    inter_municipal, winner, award, quality, completeness, adoptions, total_financing, prior, adopted_in)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, coalesce((select string_agg(municipality, ' ') from library.adoptions
                                                 where practice_id = ?), ''))
                on conflict (practice_id) do update set year = excluded.year, region_code = excluded.region_code,
                    district = excluded.district, municipality_type = excluded.municipality_type,
                    lead_oktmo = excluded.lead_oktmo, municipality = excluded.municipality, title = excluded.title,
                    summary = excluded.summary, body = excluded.body, extra = excluded.extra,
                    national_codes = excluded.national_codes, federal_codes = excluded.federal_codes,
                    mechanism = excluded.mechanism, inter_municipal = excluded.inter_municipal,
                    winner = excluded.winner, award = excluded.award, quality = excluded.quality,
                    completeness = excluded.completeness, adoptions = excluded.adoptions,
                    total_financing = excluded.total_financing, prior = excluded.prior,
                    adopted_in = excluded.adopted_in, indexed_at = now()
                """, rows);
        learnWords(published);
        bump();
        return changed + rows.size();
    }

    /** Takes the stored quality scores of the entries given where they changed. */
    @Transactional
    public int refreshQuality(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, Integer> scores = review.scoresOf(ids);
        if (scores.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = scores.entrySet().stream()
                .map(e -> new Object[] {e.getValue(), e.getValue(), e.getKey(), e.getValue()})
                .toList();
        int changed = 0;
        for (int n : batch.batchUpdate(
                "update library.entries set quality = ?, prior = prior + (? - quality) * 0.005"
                        + " where practice_id = ? and quality <> ?",
                rows)) {
            changed += Math.max(n, 0);
        }
        if (changed > 0) {
            bump();
        }
        return changed;
    }

    /** Counts and names of adoptions changed for a practice: its entry takes them. */
    @Transactional
    public void adoptionsChanged(long practiceId) {
        jdbc.sql("""
                        update library.entries e set adoptions = a.n, adopted_in = a.names,
                            prior = e.prior - ln(1 + e.adoptions) * 0.2 + ln(1 + a.n) * 0.2
                        from (select count(*) as n, coalesce(string_agg(municipality, ' '), '') as names
                              from library.adoptions where practice_id = :id) a
                        where e.practice_id = :id
                        """).param("id", practiceId).update();
        bump();
    }

    private int remove(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        int n = jdbc.sql("delete from library.entries where practice_id in (:ids)")
                .param("ids", ids)
                .update();
        if (n > 0) {
            bump();
        }
        return n;
    }

    private Map<Long, int[]> adoptionCounts(Collection<Long> ids) {
        Map<Long, int[]> out = new java.util.HashMap<>();
        jdbc.sql("select practice_id, count(*) from library.adoptions where practice_id in (:ids) group by 1")
                .param("ids", ids)
                .query(rs -> {
                    out.put(rs.getLong(1), new int[] {rs.getInt(2)});
                });
        return out;
    }

    private Object[] row(
            PracticeCard card,
            RegionView region,
            java.util.Optional<MunicipalityView> leadMunicipality,
            int quality,
            String award,
            int adoptions) {
        MunicipalityView lead = leadMunicipality.orElse(null);
        Set<String> national = new LinkedHashSet<>();
        Set<String> federal = new LinkedHashSet<>();
        for (PracticeParts.LinkRow link : card.links()) {
            national.add(link.nationalProject());
            if (link.federalProject() != null) {
                federal.add(link.federalProject());
            }
        }
        int completeness = completeness(card);
        double prior = prior(quality, completeness, award != null, adoptions);
        return new Object[] {
            card.id(),
            card.year(),
            card.regionCode(),
            region.federalDistrict(),
            lead == null ? "UNKNOWN" : lead.type().name(),
            card.leadMunicipality(),
            lead == null ? card.leadMunicipality() : lead.name(),
            card.title(),
            text(card.problem()),
            text(card.description()),
            extra(card),
            String.join(",", national),
            String.join(",", federal),
            card.mechanism() == null ? null : card.mechanism().name(),
            card.interMunicipal(),
            award != null,
            award,
            quality,
            completeness,
            adoptions,
            card.totalFinancingRub() == null ? BigDecimal.ZERO : card.totalFinancingRub(),
            prior,
            card.id()
        };
    }

    /**
     * How strongly a practice is preferred at equal relevance: 1 plus up to 0.5 for quality, 0.3 for a complete card,
     * 0.5 for an award and a little per adoption.
     */
    static double prior(int quality, int completeness, boolean winner, int adoptions) {
        return 1 + quality * 0.005 + completeness * 0.003 + (winner ? 0.5 : 0) + Math.log1p(adoptions) * 0.2;
    }

    /** The share of the card's parts that are filled, 0–100. */
    static int completeness(PracticeCard c) {
        List<Boolean> parts = List.of(
                filled(c.problem()),
                filled(c.goals()),
                filled(c.description()),
                c.periodFrom() != null,
                !c.financing().isEmpty(),
                c.results().stream().anyMatch(r -> r.actualValue() != null),
                !c.legalActs().isEmpty(),
                !c.links().isEmpty(),
                filled(c.beneficiaries()) || c.beneficiariesCount() != null,
                filled(c.replicability()),
                filled(c.lessons()),
                filled(c.partners()));
        long done = parts.stream().filter(Boolean::booleanValue).count();
        return (int) Math.round(done * 100.0 / parts.size());
    }

    private static String extra(PracticeCard c) {
        return Stream.concat(
                        Stream.of(c.goals(), c.beneficiaries(), c.partners(), c.replicability(), c.lessons()),
                        c.results().stream().map(PracticeParts.ResultRow::indicator))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Adds the words of the texts to the vocabulary the typo correction picks from. */
    private void learnWords(List<PracticeCard> cards) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (PracticeCard c : cards) {
            for (String w : Vocabulary.words(c.title() + " " + text(c.problem()) + " " + text(c.description()))) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<Object[]> rows = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Object[] {e.getKey(), e.getKey(), e.getValue()})
                .toList();
        batch.batchUpdate(
                "insert into library.words (word, lexeme, frequency)"
                        + " values (?, coalesce((ts_lexize('russian_stem', ?))[1], ''), ?)"
                        + " on conflict (word) do update set frequency = library.words.frequency + excluded.frequency",
                rows);
    }

    private void bump() {
        jdbc.sql("update library.state set generation = generation + 1, changed_at = now() where id = 1")
                .update();
    }
}
