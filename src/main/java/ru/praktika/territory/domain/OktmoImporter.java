package ru.praktika.territory.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.jobs.Jobs;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.FileTypes;
import ru.praktika.territory.OktmoImportResult;

/**
 * Applies a newer OKTMO file: adds new municipalities, renames (keeping the old name), changes the kind (район →
 * муниципальный округ), marks those no longer listed as inactive and restores those listed again. Only regions
 * present in the file are touched, so a file of one region cannot abolish the rest of Russia. All or nothing: a file
 * with any error changes nothing. The import becomes the current edition: its date comes from the Rosstat file name
 * ({@code data-20250101-structure-20150128.csv}), else from the latest date of introduction in the file.
 */
@Service
public class OktmoImporter {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final Pattern FILE_DATE = Pattern.compile("data-(\\d{8})");
    private static final Jobs.Progress NO_PROGRESS = new Jobs.Progress() {
        @Override
        public void total(int total) {}

        @Override
        public void advance(int done) {}
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;

    OktmoImporter(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.events = events;
    }

    /** Only the secretariat loads OKTMO. */
    public static void requireSecretariat(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Загружать ОКТМО может только секретариат ассоциации");
        }
    }

    @Transactional
    public OktmoImportResult importFile(Actor actor, String fileName, byte[] content) {
        return importFile(actor, fileName, content, NO_PROGRESS);
    }

    /** The same, telling a job how many municipalities are applied. */
    @Transactional
    public OktmoImportResult importFile(Actor actor, String fileName, byte[] content, Jobs.Progress progress) {
        requireSecretariat(actor);
        if (content.length > MAX_BYTES) {
            return OktmoImportResult.rejected(List.of("Файл больше " + (MAX_BYTES / 1024 / 1024) + " МБ"));
        }
        OktmoFile.Parsed parsed = OktmoFile.parse(content, regionPrefixes());
        if (!parsed.errors().isEmpty()) {
            return OktmoImportResult.rejected(parsed.errors());
        }
        List<OktmoFile.Row> rows = parsed.rows();
        progress.total(rows.size());
        String name = fileName == null ? "oktmo.csv" : fileName;
        LocalDate edition = editionDate(name);
        if (edition == null) {
            edition = parsed.editionDate() != null ? parsed.editionDate() : LocalDate.now();
        }
        long importId = jdbc.sql("""
                        insert into territory.oktmo_imports (file_name, sha256, imported_by, rows_read, added, renamed,
                                                             retyped, abolished, restored, edition_date)
                        values (:file, :sha, :by, :rows, 0, 0, 0, 0, 0, :edition) returning id
                        """)
                .param("file", name)
                .param("sha", FileTypes.sha256(content))
                .param("by", actor.username())
                .param("rows", rows.size())
                .param("edition", edition)
                .query(Long.class)
                .single();
        OktmoChanges.Counts counts = OktmoChanges.apply(template, importId, rows, progress::advance);
        jdbc.sql("""
                        update territory.oktmo_imports
                        set added = :a, renamed = :r, retyped = :t, abolished = :b, restored = :s where id = :id
                        """)
                .param("a", counts.added())
                .param("r", counts.renamed())
                .param("t", counts.retyped())
                .param("b", counts.abolished())
                .param("s", counts.restored())
                .param("id", importId)
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", fileName);
        details.put("edition", edition.toString());
        details.put(
                "regions",
                rows.stream().map(OktmoFile.Row::regionCode).distinct().count());
        details.put("rowsRead", rows.size());
        details.put("added", counts.added());
        details.put("renamed", counts.renamed());
        details.put("retyped", counts.retyped());
        details.put("abolished", counts.abolished());
        details.put("restored", counts.restored());
        events.publishEvent(AuditedAction.by(actor, "oktmo.import", "oktmo_import", importId, details));
        return new OktmoImportResult(
                importId,
                rows.size(),
                counts.added(),
                counts.renamed(),
                counts.retyped(),
                counts.abolished(),
                counts.restored(),
                List.of());
    }

    /** «data-20250101-structure-20150128.csv» → 1 January 2025; null when the name has no date. */
    static LocalDate editionDate(String fileName) {
        Matcher m = FILE_DATE.matcher(fileName);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private RegionPrefixes regionPrefixes() {
        Map<String, String> regionOktmo = new HashMap<>();
        jdbc.sql("select code, oktmo from territory.regions")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> regionOktmo.put(e.getKey(), e.getValue()));
        return RegionPrefixes.of(regionOktmo);
    }
}
