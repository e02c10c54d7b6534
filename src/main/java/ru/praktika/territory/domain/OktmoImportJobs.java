package ru.praktika.territory.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import ru.praktika.jobs.JobView;
import ru.praktika.jobs.Jobs;
import ru.praktika.shared.Actor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.territory.OktmoEdition;
import ru.praktika.territory.OktmoImportResult;

/**
 * An OKTMO file uploaded on the admin page is imported as a job: the page shows its progress, and the pickers,
 * searches and pages read the new edition as soon as the job commits (nothing caches the list, no restart).
 */
@Service
public class OktmoImportJobs implements ru.praktika.jobs.JobHandler {

    public static final String KIND = "oktmo-import";
    private static final Pattern LINE = Pattern.compile("^Строка (\\d+): (.*)$");

    private final Jobs jobs;
    private final OktmoImporter importer;
    private final TerritoryQueries territory;

    OktmoImportJobs(Jobs jobs, OktmoImporter importer, TerritoryQueries territory) {
        this.jobs = jobs;
        this.importer = importer;
        this.territory = territory;
    }

    /** Checks who and what at once, then queues the import; returns the job's id. */
    public UUID start(Actor actor, String fileName, byte[] content) {
        OktmoImporter.requireSecretariat(actor);
        if (content.length == 0) {
            throw new InvalidRequestException("Выберите файл ОКТМО для загрузки");
        }
        if (content.length > OktmoImporter.MAX_BYTES) {
            throw new InvalidRequestException("Файл больше " + OktmoImporter.MAX_BYTES / 1024 / 1024 + " МБ");
        }
        return jobs.submit(actor, KIND, Map.of("fileName", fileName == null ? "" : fileName), content);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The import job, on whichever instance runs it; the importer writes the edition in one transaction. */
    @Override
    public Map<String, Object> run(ru.praktika.jobs.JobRun job, Jobs.Progress progress) {
        return run(job.actor(), job.params().get("fileName"), job.payload(), progress);
    }

    private Map<String, Object> run(Actor actor, String fileName, byte[] payload, Jobs.Progress progress) {
        OktmoImportResult result = importer.importFile(actor, fileName, payload, progress);
        if (!result.accepted()) {
            throw new Jobs.JobFailure(
                    "Файл отклонён, справочник не изменён",
                    result.errors().stream().map(OktmoImportJobs::error).toList());
        }
        String edition = territory.currentEdition().map(OktmoEdition::title).orElse("");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "message",
                "ОКТМО загружен: прочитано " + result.rowsRead() + ", добавлено " + result.added() + ", переименовано "
                        + result.renamed() + ", сменили вид " + result.retyped() + ", упразднено " + result.abolished()
                        + ", восстановлено " + result.restored() + ". Действует: " + edition);
        out.put("importId", result.importId());
        out.put("rowsRead", result.rowsRead());
        out.put("added", result.added());
        out.put("renamed", result.renamed());
        out.put("retyped", result.retyped());
        out.put("abolished", result.abolished());
        out.put("restored", result.restored());
        out.put("edition", edition);
        return out;
    }

    private static JobView.JobError error(String message) {
        Matcher m = LINE.matcher(message);
        return m.matches()
                ? new JobView.JobError(null, Integer.valueOf(m.group(1)), null, m.group(2))
                : new JobView.JobError(null, null, null, message);
    }
}
