package ru.praktika.territory.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.OktmoImportResult;

/**
 * Applies a newer OKTMO file: adds new municipalities, renames (keeping the old name), changes the kind (район →
 * муниципальный округ), marks those no longer listed as inactive and restores those listed again. Only regions
 * present in the file are touched, so a file of one region cannot abolish the rest of Russia. All or nothing: a file
 * with any error changes nothing.
 */
@Service
public class OktmoImporter {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OktmoImporter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public OktmoImportResult importFile(Actor actor, String fileName, byte[] content) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Загружать ОКТМО может только секретариат ассоциации");
        }
        if (content.length > MAX_BYTES) {
            return OktmoImportResult.rejected(List.of("Файл больше " + (MAX_BYTES / 1024 / 1024) + " МБ"));
        }
        OktmoFile.Parsed parsed = OktmoFile.parse(content, regionPrefixes());
        if (!parsed.errors().isEmpty()) {
            return OktmoImportResult.rejected(parsed.errors());
        }
        List<OktmoFile.Row> rows = parsed.rows();
        Set<String> regions = rows.stream().map(OktmoFile.Row::regionCode).collect(Collectors.toSet());
        Map<String, Current> current = currentIn(regions);
        long importId = jdbc.sql("""
                        insert into territory.oktmo_imports (file_name, sha256, imported_by, rows_read, added, renamed,
                                                             retyped, abolished, restored)
                        values (:file, :sha, :by, :rows, 0, 0, 0, 0, 0) returning id
                        """)
                .param("file", fileName == null ? "oktmo.csv" : fileName)
                .param("sha", ru.praktika.shared.FileTypes.sha256(content))
                .param("by", actor.username())
                .param("rows", rows.size())
                .query(Long.class)
                .single();
        int added = 0, renamed = 0, retyped = 0, restored = 0;
        for (OktmoFile.Row row : rows) {
            Current was = current.remove(row.oktmo());
            if (was == null) {
                jdbc.sql("""
                                insert into territory.municipalities (oktmo, name, type, region_code, parent_oktmo)
                                values (:oktmo, :name, :type, :region, :parent)
                                """)
                        .param("oktmo", row.oktmo())
                        .param("name", row.name())
                        .param("type", row.type().name())
                        .param("region", row.regionCode())
                        .param("parent", row.parentOktmo())
                        .update();
                added++;
                continue;
            }
            boolean nameChanged = !was.name().equals(row.name());
            boolean typeChanged = was.type() != row.type();
            boolean parentChanged = !java.util.Objects.equals(was.parentOktmo(), row.parentOktmo());
            if (nameChanged) {
                jdbc.sql("insert into territory.municipality_names (oktmo, name, import_id) values (:o, :n, :i)")
                        .param("o", row.oktmo())
                        .param("n", was.name())
                        .param("i", importId)
                        .update();
                renamed++;
            }
            if (typeChanged) {
                retyped++;
            }
            if (!was.active()) {
                restored++;
            }
            if (nameChanged || typeChanged || parentChanged || !was.active()) {
                jdbc.sql("""
                                update territory.municipalities
                                set name = :name, type = :type, parent_oktmo = :parent, active = true,
                                    abolished_at = null, updated_at = now()
                                where oktmo = :oktmo
                                """)
                        .param("oktmo", row.oktmo())
                        .param("name", row.name())
                        .param("type", row.type().name())
                        .param("parent", row.parentOktmo())
                        .update();
            }
        }
        List<String> gone = current.values().stream()
                .filter(Current::active)
                .map(Current::oktmo)
                .toList();
        if (!gone.isEmpty()) {
            jdbc.sql("""
                            update territory.municipalities set active = false, abolished_at = now(), updated_at = now()
                            where oktmo in (:gone)
                            """).param("gone", gone).update();
        }
        int abolished = gone.size();
        jdbc.sql("""
                        update territory.oktmo_imports
                        set added = :a, renamed = :r, retyped = :t, abolished = :b, restored = :s where id = :id
                        """)
                .param("a", added)
                .param("r", renamed)
                .param("t", retyped)
                .param("b", abolished)
                .param("s", restored)
                .param("id", importId)
                .update();
        OktmoImportResult result =
                new OktmoImportResult(importId, rows.size(), added, renamed, retyped, abolished, restored, List.of());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", fileName);
        details.put("regions", regions.size());
        details.put("rowsRead", rows.size());
        details.put("added", added);
        details.put("renamed", renamed);
        details.put("retyped", retyped);
        details.put("abolished", abolished);
        details.put("restored", restored);
        events.publishEvent(AuditedAction.by(actor, "oktmo.import", "oktmo_import", importId, details));
        return result;
    }

    private RegionPrefixes regionPrefixes() {
        Map<String, String> regionOktmo = new HashMap<>();
        jdbc.sql("select code, oktmo from territory.regions")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> regionOktmo.put(e.getKey(), e.getValue()));
        return RegionPrefixes.of(regionOktmo);
    }

    private Map<String, Current> currentIn(Set<String> regions) {
        Map<String, Current> current = new HashMap<>();
        jdbc.sql("""
                        select oktmo, name, type, parent_oktmo, active from territory.municipalities
                        where region_code in (:regions)
                        """)
                .param("regions", regions)
                .query((rs, i) -> new Current(
                        rs.getString("oktmo"),
                        rs.getString("name"),
                        MunicipalityType.valueOf(rs.getString("type")),
                        rs.getString("parent_oktmo"),
                        rs.getBoolean("active")))
                .list()
                .forEach(c -> current.put(c.oktmo(), c));
        return current;
    }

    private record Current(String oktmo, String name, MunicipalityType type, String parentOktmo, boolean active) {}
}
