package ru.praktika.practice.domain;

import java.io.IOException;
import java.util.ArrayList;
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
import ru.praktika.territory.TerritoryApi;

/**
 * The workbook way of reporting: the template, the export in the same layout, and the import as a job — all or
 * nothing per file (every bad row reported, nothing written), idempotent by the external id of each row.
 */
@Service
public class PracticeImports {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

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
        return jobs.submit(
                actor, "practice-import", content, (payload, progress) -> run(actor, year, r, payload, progress));
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
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            PracticeWorkbook.ReadRow row = rows.get(i);
            row.errors()
                    .forEach((column, message) ->
                            errors.add(new JobView.JobError(PracticeWorkbook.SHEET, row.row(), column, message)));
            if (row.externalId() != null && !ids.add(row.externalId())) {
                errors.add(new JobView.JobError(
                        PracticeWorkbook.SHEET,
                        row.row(),
                        PracticeWorkbook.COLUMNS.get(0),
                        "Код «" + row.externalId() + "» повторяется в файле"));
            }
            if (row.errors().isEmpty()) {
                try {
                    practices.check(row.draft(), region, year);
                } catch (InvalidRequestException e) {
                    e.errors()
                            .forEach((path, message) -> errors.add(new JobView.JobError(
                                    PracticeWorkbook.SHEET, row.row(), PracticeWorkbook.column(path), message)));
                }
            }
            progress.advance(i + 1);
        }
        if (!errors.isEmpty()) {
            long bad = errors.stream().map(JobView.JobError::row).distinct().count();
            throw new Jobs.JobFailure(
                    "Файл не загружен: ошибки в " + bad + " строках из " + rows.size()
                            + ". Исправьте их и загрузите файл снова; ничего не записано.",
                    errors);
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
