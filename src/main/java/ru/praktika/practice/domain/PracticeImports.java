package ru.praktika.practice.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.jobs.JobView;
import ru.praktika.jobs.Jobs;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.Period;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeFilter;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.Role;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.territory.TerritoryApi;

/**
 * The workbook way of reporting: the template, the export in the same layout, and the import as a job — all or
 * nothing per file (every bad row reported, nothing written), idempotent by the external id of each row.
 */
@Service
public class PracticeImports implements ru.praktika.jobs.JobHandler {

    static final String JOB_KIND = "practice-import";

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

    PracticeImports(
            PracticeService practices,
            PracticeQueries queries,
            Campaigns campaigns,
            TerritoryApi territory,
            NationalProjectApi catalogue,
            Jobs jobs,
            TransactionTemplate tx) {
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
        List<PracticeCard> cards = new ArrayList<>();
        PracticeFilter filter = new PracticeFilter(r, null, null, null, year, null, null, null);
        int page = 0;
        while (true) {
            var p = queries.search(actor, filter, new PageRequest(page++, 200));
            p.items().forEach(s -> cards.add(queries.card(s.id()).orElseThrow()));
            if (!p.hasNext()) {
                break;
            }
        }
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
                    + " как книгу Excel (.xlsx) без пароля");
        }
        if (!FileTypes.XLSX.equals(FileTypes.recognise(content).orElse(null))) {
            throw new InvalidRequestException("Это не книга Excel (.xlsx): скачайте шаблон кампании и заполните его");
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

    Map<String, Object> run(Actor actor, int year, String region, byte[] payload, Jobs.Progress progress) {
        List<PracticeWorkbook.ReadRow> rows;
        try {
            rows = PracticeWorkbook.read(payload, year, region);
        } catch (IOException | RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            throw new Jobs.JobFailure(
                    m.contains("Zip bomb") || m.contains("zip bomb")
                            ? "Файл похож на zip-бомбу (сжатие неправдоподобно велико) и не загружен"
                            : e instanceof IOException && m.startsWith("В файле")
                                    ? m
                                    : "Файл повреждён или не является книгой Excel; данные не изменены",
                    List.of());
        }
        if (rows.isEmpty()) {
            throw new Jobs.JobFailure("В файле нет ни одной заполненной строки", List.of());
        }
        progress.total(rows.size() * 2);
        List<JobView.JobError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        int badRows = 0;
        for (int i = 0; i < rows.size(); i++) {
            PracticeWorkbook.ReadRow row = rows.get(i);
            List<JobView.JobError> found = problems(row, region, year, firstRowOf);
            if (!found.isEmpty()) {
                badRows++;
                errors.addAll(found);
            }
            progress.advance(i + 1);
        }
        if (!errors.isEmpty()) {
            throw new Jobs.JobFailure(
                    refusal(rows.size(), badRows, errors.size()),
                    errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
        }
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("created", 0, "updated", 0, "unchanged", 0));
        List<JobView.JobError> late = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < rows.size(); i++) {
                PracticeWorkbook.ReadRow row = rows.get(i);
                try {
                    counts.merge(
                            practices.importRow(
                                    actor,
                                    region,
                                    year,
                                    row.externalId(),
                                    row.hash(),
                                    row.draft(),
                                    card -> PracticeWorkbook.same(row.cells(), card)),
                            1,
                            Integer::sum);
                } catch (InvalidRequestException e) {
                    e.errors()
                            .values()
                            .forEach(m -> late.add(new JobView.JobError(
                                    PracticeWorkbook.SHEET, row.row(), PracticeWorkbook.COLUMNS.get(0), m)));
                }
                progress.advance(rows.size() + i + 1);
            }
            if (!late.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        if (!late.isEmpty()) {
            throw new Jobs.JobFailure("Файл не загружен: некоторые практики уже отправлены; ничего не записано.", late);
        }
        Map<String, Object> result = new LinkedHashMap<>(counts);
        result.put(
                "message",
                "Загружено: новых " + counts.get("created") + ", изменено " + counts.get("updated") + ", без изменений "
                        + counts.get("unchanged"));
        return result;
    }

    /**
     * Every problem of a row, in the order of its columns: the cells that could not be read, a repeated external id,
     * and whatever the card's own check finds in the rest (a column already reported as unreadable is not reported
     * twice).
     */
    private List<JobView.JobError> problems(
            PracticeWorkbook.ReadRow row, String region, int year, Map<String, Integer> firstRowOf) {
        List<PracticeWorkbook.CellProblem> problems = new ArrayList<>(row.errors());
        if (row.externalId() != null) {
            Integer first = firstRowOf.putIfAbsent(row.externalId(), row.row());
            if (first != null) {
                problems.add(new PracticeWorkbook.CellProblem(0, "Этот код уже есть в строке " + first));
            }
        }
        Map<PracticeWorkbook.CellProblem, String> paths = new HashMap<>();
        try {
            practices.check(row.draft(), region, year);
        } catch (InvalidRequestException e) {
            Set<Integer> unreadable = new HashSet<>();
            row.errors().forEach(p -> unreadable.add(p.column()));
            e.errors().forEach((path, message) -> {
                int column = PracticeWorkbook.locate(path, row);
                if (column < 0 || !unreadable.contains(column)) {
                    var problem = new PracticeWorkbook.CellProblem(column, message);
                    problems.add(problem);
                    paths.put(problem, path);
                }
            });
        }
        problems.sort(Comparator.comparingInt(p -> p.column() < 0 ? Integer.MAX_VALUE : p.column()));
        return problems.stream()
                .map(p -> new JobView.JobError(
                        PracticeWorkbook.SHEET,
                        row.row(),
                        p.column() < 0
                                ? PracticeDiff.label(paths.getOrDefault(p, ""))
                                : PracticeWorkbook.COLUMNS.get(p.column()),
                        p.message(),
                        row.shown(p.column())))
                .toList();
    }

    /** The summary above the table of errors: what was read, what is wrong, that nothing was written. */
    static String refusal(int rows, int badRows, int errors) {
        String shown = errors > MAX_REPORTED_ERRORS
                ? " Ниже — первые " + RussianNumbers.format(MAX_REPORTED_ERRORS) + "."
                : "";
        return "Файл не загружен, ничего не записано. В файле "
                + RussianNumbers.count(rows, "строка", "строки", "строк") + ", ошибки в "
                + RussianNumbers.count(badRows, "строке", "строках", "строках") + " (всего "
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
