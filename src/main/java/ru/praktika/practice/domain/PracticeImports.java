package ru.praktika.practice.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.jobs.JobView;
import ru.praktika.jobs.Jobs;
import ru.praktika.nationalproject.LinkView;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.Period;
import ru.praktika.practice.CardCatalogue;
import ru.praktika.practice.CardTexts;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeFilter;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.Role;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.shared.spreadsheet.SpreadsheetException;
import ru.praktika.shared.spreadsheet.SpreadsheetReader;
import ru.praktika.territory.TerritoryApi;

/**
 * The workbook way of reporting: the template, the export in the same layout, and the import as a job — all or
 * nothing per file (every bad row reported, nothing written), idempotent by the external id of each row.
 */
@Service
public class PracticeImports implements ru.praktika.jobs.JobHandler {

    static final String JOB_KIND = "practice-import";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PracticeImports.class);

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Errors listed in a failed job: all are counted in its summary, a file wrong everywhere lists the first ones. */
    static final int MAX_REPORTED_ERRORS = 1_000;

    private final PracticeService practices;
    private final PracticeQueries queries;
    private final Campaigns campaigns;
    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;
    private final Jobs jobs;
    private final TransactionTemplate tx;
    private final PracticeValidator validator;
    private final PracticeBulkWriter writer;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    PracticeImports(
            PracticeService practices,
            PracticeQueries queries,
            Campaigns campaigns,
            TerritoryApi territory,
            NationalProjectApi catalogue,
            Jobs jobs,
            TransactionTemplate tx,
            PracticeValidator validator,
            PracticeBulkWriter writer,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.validator = validator;
        this.writer = writer;
        this.jdbc = jdbc;
        this.practices = practices;
        this.queries = queries;
        this.campaigns = campaigns;
        this.territory = territory;
        this.catalogue = catalogue;
        this.jobs = jobs;
        this.tx = tx;
    }

    /** The region an actor imports for: a regional operator their own; the secretariat the one it names. */
    public String regionFor(Actor actor, String region) {
        if (actor.isAdmin()) {
            if (region == null || territory.region(region).isEmpty()) {
                throw new InvalidRequestException("Укажите регион (region=59)");
            }
            return region;
        }
        if (actor.has(Role.REGIONAL_OPERATOR)
                && actor.regionCode() != null
                && (region == null || region.isBlank() || region.equals(actor.regionCode()))) {
            return actor.regionCode();
        }
        throw new AccessDeniedException("Загружать и выгружать практики региона может его совет или секретариат");
    }

    public byte[] template(Actor actor, int year, String region) {
        String r = regionFor(actor, region);
        requireCampaign(year);
        return PracticeWorkbook.write(year, territory.requireRegion(r).fullName(), List.of(), lists(r, year));
    }

    /** A region's practices of a year in the template's layout (round trip). */
    public byte[] export(Actor actor, int year, String region) {
        String r = actor.has(Role.EXPERT) && region != null ? region : regionFor(actor, region);
        List<Long> ids = new ArrayList<>();
        PracticeFilter filter = new PracticeFilter(r, null, null, null, year, null, null, null);
        int page = 0;
        while (true) {
            var p = queries.search(actor, filter, new PageRequest(page++, 200));
            p.items().forEach(s -> ids.add(s.id()));
            if (!p.hasNext()) {
                break;
            }
        }
        List<PracticeCard> cards = queries.cards(ids);
        return PracticeWorkbook.write(
                year, territory.requireRegion(r).fullName(), cards, queries.externalIds(r, year), lists(r, year));
    }

    /** Checks the file at once (size, kind) and starts the import job. */
    public UUID start(Actor actor, int year, String region, byte[] content) {
        String r = regionFor(actor, region);
        requireCampaign(year);
        if (content.length == 0) {
            throw new InvalidRequestException("Файл пуст");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("Файл больше 20 МБ");
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
            throw new InvalidRequestException("Файл зашифрован паролем или сохранён в старом формате XLS: сохраните его"
                    + " как книгу Excel (.xlsx) или таблицу LibreOffice (.ods) без пароля");
        }
        if (SpreadsheetReader.kind(content) == null) {
            throw new InvalidRequestException("Это не книга Excel (.xlsx) и не таблица LibreOffice (.ods): скачайте"
                    + " шаблон кампании и заполните его");
        }
        return jobs.submit(actor, JOB_KIND, Map.of("year", String.valueOf(year), "region", r), content);
    }

    @Override
    public String kind() {
        return JOB_KIND;
    }

    /** The import job, on whichever instance runs it; all rows are written in one transaction, so a rerun is safe. */
    @Override
    public Map<String, Object> run(ru.praktika.jobs.JobRun job, Jobs.Progress progress) {
        return run(job.actor(), Integer.parseInt(job.param("year")), job.param("region"), job.payload(), progress);
    }

    /**
     * A card of the file as it will be written: new (its checked content and links) or a change of an existing one (its
     * draft). Only what the writing needs: the file's texts are let go once every card is checked.
     */
    private record Planned(
            String externalId,
            int row,
            String hash,
            Existing existing,
            PracticeDraft draft,
            Practice.Content content,
            List<LinkView> links) {}

    /** A card of the region's year that a row may name. */
    private record Existing(long id, String externalId, String hash, PracticeStatus status, long version) {}

    Map<String, Object> run(Actor actor, int year, String region, byte[] payload, Jobs.Progress progress) {
        long t0 = System.nanoTime();
        PracticeWorkbook.Read read;
        try {
            read = PracticeWorkbook.read(payload);
        } catch (SpreadsheetException e) {
            throw new Jobs.JobFailure(e.getMessage(), List.of());
        }
        List<PracticeWorkbook.ReadCard> cards = read.cards();
        int count = cards.size();
        if (cards.isEmpty() && read.problems().isEmpty()) {
            throw new Jobs.JobFailure("В файле нет ни одной заполненной строки", List.of());
        }
        long t1 = System.nanoTime();
        progress.total(cards.size() * 2);
        Map<String, Existing> existing = existing(region, year);
        PracticeValidator.Lookups lookups = validator.remembering();
        List<Located> errors = new ArrayList<>();
        read.problems().forEach(p -> errors.add(new Located(p.place(), p.message(), p.value(), null)));
        List<Planned> planned = new ArrayList<>();
        int unchanged = 0;
        // each card is checked on its own (reference data remembered once): on every core, merged in file order
        int[] checked = {0};
        List<Outcome> outcomes = cards.parallelStream()
                .map(card -> {
                    Outcome o = outcome(card, existing.get(card.externalId()), region, year, lookups);
                    synchronized (checked) {
                        progress.advance(++checked[0]);
                    }
                    return o;
                })
                .toList();
        for (Outcome o : outcomes) {
            errors.addAll(o.errors());
            if (o.plan() != null) {
                planned.add(o.plan());
            } else if (o.unchanged()) {
                unchanged++;
            }
        }
        // the file's texts are no longer needed: let them go before the cards are written
        outcomes = null;
        cards = null;
        read = null;
        long t2 = System.nanoTime();
        if (!errors.isEmpty()) {
            long badRows = errors.stream()
                    .map(e -> e.card() != null
                            ? e.card()
                            : e.place().sheet() + "\u0001" + e.place().row())
                    .distinct()
                    .count();
            List<JobView.JobError> shown = errors.stream()
                    .sorted(Located.ORDER)
                    .limit(MAX_REPORTED_ERRORS)
                    .map(Located::error)
                    .toList();
            throw new Jobs.JobFailure(refusal(count, (int) badRows, errors.size()), shown);
        }
        List<PracticeBulkWriter.NewCard> fresh = new ArrayList<>();
        List<Planned> changed = new ArrayList<>();
        for (Planned p : planned) {
            if (p.existing() == null) {
                fresh.add(new PracticeBulkWriter.NewCard(p.externalId(), p.hash(), p.content(), p.links()));
            } else {
                changed.add(p);
            }
        }
        planned = null;
        int created = fresh.size();
        List<Located> late = new ArrayList<>();
        Map<String, String> names = lists(region, year).municipalities();
        tx.executeWithoutResult(status -> {
            // the second half of the bar moves as the cards' rows are sent
            writer.create(actor, region, year, fresh, names, written -> progress.advance(count + written));
            progress.advance(count + created);
            int done = created;
            for (Planned p : changed) {
                try {
                    practices.reviseFromImport(actor, p.existing().id(), p.draft(), p.hash());
                } catch (InvalidRequestException | ru.praktika.shared.ConflictException e) {
                    late.add(new Located(
                            new PracticeWorkbook.Place(PracticeWorkbook.SHEET, p.row(), CardCatalogue.KEY_HEADER),
                            "Практика «" + p.externalId() + "» изменилась во время загрузки: " + e.getMessage(),
                            p.externalId(),
                            p.externalId()));
                }
                progress.advance(count + ++done);
            }
            if (!late.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        if (!late.isEmpty()) {
            throw new Jobs.JobFailure(
                    "Файл не загружен: некоторые практики изменились во время загрузки; ничего не записано.",
                    late.stream().map(Located::error).toList());
        }
        int updated = changed.size();
        log.info(
                "Import of {} cards for region {}: read {} ms, checked {} ms, written {} ms (the listeners run after)",
                count,
                region,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("created", created);
        result.put("updated", updated);
        result.put("unchanged", unchanged);
        result.put("message", "Загружено: новых " + created + ", изменено " + updated + ", без изменений " + unchanged);
        return result;
    }

    /** What checking one card of the file gave: its plan, or that it is unchanged, or its problems. */
    private record Outcome(Planned plan, boolean unchanged, List<Located> errors) {}

    private Outcome outcome(
            PracticeWorkbook.ReadCard card, Existing ex, String region, int year, PracticeValidator.Lookups lookups) {
        List<Located> errors = new ArrayList<>();
        if (ex == null && card.externalId().matches("#\\d+")) {
            errors.add(at(
                    card,
                    "externalId",
                    "Практика «" + card.externalId() + "» не найдена среди практик региона за " + year + " год"));
            return new Outcome(null, false, errors);
        }
        if (ex != null && card.hash().equals(ex.hash())) {
            return new Outcome(null, true, errors);
        }
        Planned plan = plan(card, ex, region, year, lookups, errors);
        return new Outcome(plan, plan == null && ex != null && errors.isEmpty(), errors);
    }

    /**
     * What a card of the file becomes: null when it says what the card already says, otherwise the checked draft; every
     * problem goes to {@code errors} with its sheet, row and column (a value that could not be read is reported once,
     * not again by the card's own check).
     */
    private Planned plan(
            PracticeWorkbook.ReadCard card,
            Existing ex,
            String region,
            int year,
            PracticeValidator.Lookups lookups,
            List<Located> errors) {
        CardTexts texts = card.texts();
        if (ex != null) {
            CardTexts current = CardTexts.of(queries.card(ex.id()).orElseThrow(), CardTexts.Style.WORDS);
            texts = PracticeWorkbook.merged(card, current);
            if (texts.normalised(CardTexts.Style.WORDS).sameAs(current)) {
                return null; // says what the card says, perhaps written otherwise («1 500 000», «1 марта 2024»)
            }
            if (ex.status() != PracticeStatus.DRAFT && ex.status() != PracticeStatus.RETURNED) {
                errors.add(at(
                        card,
                        "externalId",
                        "Практика «" + card.externalId()
                                + "» уже отправлена; изменить её можно после возврата на доработку"));
                return null;
            }
        }
        Map<String, String> unreadable = new LinkedHashMap<>();
        PracticeDraft draft = texts.toDraft(year, region, ex == null ? null : ex.version(), unreadable);
        unreadable.forEach((path, message) -> errors.add(at(card, path, message)));
        try {
            Practice.Content content = validator.check(draft, region, year, lookups);
            if (!unreadable.isEmpty()) {
                return null;
            }
            List<LinkView> links = content.links().stream()
                    .map(l -> lookups.resolveLink(
                            region, year, l.nationalCode(), l.federalCode(), l.regionalProjectId(), l.indicatorId()))
                    .toList();
            return ex == null
                    ? new Planned(card.externalId(), card.row(), card.hash(), null, null, content, links)
                    : new Planned(card.externalId(), card.row(), card.hash(), ex, draft, null, null);
        } catch (InvalidRequestException e) {
            e.errors().forEach((path, message) -> {
                if (!unreadable.containsKey(path)) {
                    errors.add(at(card, path, message));
                }
            });
            return null;
        }
    }

    /** A problem with the place it was found. */
    private record Located(PracticeWorkbook.Place place, String message, String value, String card) {

        static final Comparator<Located> ORDER = Comparator.comparingInt(
                        (Located l) -> sheetOrder(l.place().sheet()))
                .thenComparingInt(l -> l.place().row())
                .thenComparingInt(l -> columnOrder(l.place()));

        JobView.JobError error() {
            return new JobView.JobError(place.sheet(), place.row(), place.column(), message, value);
        }

        private static int sheetOrder(String sheet) {
            if (sheet.equals(PracticeWorkbook.SHEET)) {
                return 0;
            }
            for (int i = 0; i < CardCatalogue.GROUPS.size(); i++) {
                if (CardCatalogue.GROUPS.get(i).sheet().equals(sheet)) {
                    return i + 1;
                }
            }
            return 99;
        }

        private static int columnOrder(PracticeWorkbook.Place place) {
            if (place.column() == null) {
                return Integer.MAX_VALUE;
            }
            if (place.column().equals(CardCatalogue.KEY_HEADER)) {
                return -1;
            }
            List<CardCatalogue.Field> fields = place.sheet().equals(PracticeWorkbook.SHEET)
                    ? CardCatalogue.FIELDS
                    : CardCatalogue.GROUPS.stream()
                            .filter(g -> g.sheet().equals(place.sheet()))
                            .findFirst()
                            .map(CardCatalogue.Group::fields)
                            .orElse(List.of());
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).header().equals(place.column())) {
                    return i;
                }
            }
            return Integer.MAX_VALUE - 1;
        }
    }

    private static Located at(PracticeWorkbook.ReadCard card, String path, String message) {
        PracticeWorkbook.Place place = path.equals("externalId")
                ? new PracticeWorkbook.Place(PracticeWorkbook.SHEET, card.row(), CardCatalogue.KEY_HEADER)
                : card.place(path);
        String label = place.column() == null ? CardCatalogue.label(path) : null;
        return new Located(
                place.column() == null && label != null && !label.equals(path)
                        ? new PracticeWorkbook.Place(place.sheet(), place.row(), label)
                        : place,
                message,
                path.equals("externalId") ? card.externalId() : card.shown(path),
                card.externalId());
    }

    /** The cards of a region's year a file may name: by external id, and by «#id» for the ones made on the site. */
    private Map<String, Existing> existing(String region, int year) {
        Map<String, Existing> byKey = new java.util.HashMap<>();
        jdbc.sql("""
                        select id, external_id, import_hash, status, version from practice.practices
                        where region_code = :r and year = :y
                        """)
                .param("r", region)
                .param("y", year)
                .query((rs, n) -> new Existing(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        PracticeStatus.valueOf(rs.getString(4)),
                        rs.getLong(5)))
                .list()
                .forEach(e -> {
                    byKey.put("#" + e.id(), e);
                    if (e.externalId() != null) {
                        byKey.put(e.externalId(), e);
                    }
                });
        return byKey;
    }

    /** The summary above the table of errors: what was read, what is wrong, that nothing was written. */
    static String refusal(int cards, int badCards, int errors) {
        String shown = errors > MAX_REPORTED_ERRORS
                ? " Ниже — первые " + RussianNumbers.format(MAX_REPORTED_ERRORS) + "."
                : "";
        return "Файл не загружен, ничего не записано. В файле "
                + RussianNumbers.count(cards, "практика", "практики", "практик") + ", ошибки у "
                + RussianNumbers.count(badCards, "практики", "практик", "практик") + " (всего "
                + RussianNumbers.count(errors, "ошибка", "ошибки", "ошибок")
                + "). Исправьте их и загрузите файл снова." + shown;
    }

    private void requireCampaign(int year) {
        campaigns.campaign(year).orElseThrow(() -> new NotFoundException("Кампании " + year + " года нет"));
    }

    PracticeWorkbook.Lists lists(String region, int year) {
        Map<String, String> municipalities = new LinkedHashMap<>();
        int page = 0;
        while (true) {
            var p = territory.municipalities(region, null, null, false, page++, 200);
            p.items().forEach(m -> municipalities.put(m.oktmo(), m.name()));
            if (!p.hasNext()) {
                break;
            }
        }
        List<String> nps = new ArrayList<>();
        List<String> fps = new ArrayList<>();
        catalogue.nationalProjects(Period.ofYear(year).label()).forEach(np -> {
            nps.add(np.code());
            np.federalProjects().forEach(fp -> fps.add(fp.code()));
        });
        return new PracticeWorkbook.Lists(municipalities, nps, fps);
    }
}
