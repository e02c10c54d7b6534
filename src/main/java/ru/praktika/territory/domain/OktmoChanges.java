package ru.praktika.territory.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.praktika.territory.MunicipalityType;

/**
 * Brings the municipalities of the regions an edition lists to that edition: new codes are added, a changed name is
 * updated (the old one kept in {@code municipality_names}), a changed kind or district is updated, codes no longer
 * listed are marked inactive and kept (cards refer to them), codes listed again are restored. Shared by the importer
 * and by the migration that applies the shipped edition, so both change the data the same way. Writes in batches on
 * the caller's transaction.
 */
final class OktmoChanges {

    private static final int CHUNK = 1000;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> NOISE = Set.of("г", "город", "зато", "район", "n");
    private static final List<String> KIND_WORDS = List.of(
            "сельское муниципальное образование",
            "сельское поселение",
            "городское поселение",
            "муниципальный район",
            "муниципальный округ",
            "городской округ",
            "внутригородская территория",
            "внутригородской район",
            "межселенная территория",
            "муниципальное образование");

    /** What an edition changed. */
    record Counts(int added, int renamed, int retyped, int abolished, int restored) {}

    private record Current(String oktmo, String name, MunicipalityType type, String parentOktmo, boolean active) {}

    private OktmoChanges() {}

    /**
     * @param importId the import record the old names point to
     * @param progress told how many rows are done, after each chunk
     */
    static Counts apply(JdbcTemplate jdbc, long importId, List<OktmoFile.Row> rows, IntConsumer progress) {
        Set<String> regions = rows.stream().map(OktmoFile.Row::regionCode).collect(Collectors.toSet());
        Map<String, Current> current = new HashMap<>();
        jdbc
                .query(
                        "select oktmo, name, type, parent_oktmo, active, region_code from territory.municipalities",
                        (rs, i) -> regions.contains(rs.getString("region_code"))
                                ? new Current(
                                        rs.getString("oktmo"),
                                        rs.getString("name"),
                                        MunicipalityType.valueOf(rs.getString("type")),
                                        rs.getString("parent_oktmo"),
                                        rs.getBoolean("active"))
                                : null)
                .stream()
                .filter(Objects::nonNull)
                .forEach(c -> current.put(c.oktmo(), c));
        int added = 0, renamed = 0, retyped = 0, restored = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> oldNames = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            for (OktmoFile.Row row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                Current was = current.remove(row.oktmo());
                if (was == null) {
                    inserts.add(new Object[] {
                        row.oktmo(), row.name(), row.type().name(), row.regionCode(), row.parentOktmo()
                    });
                    added++;
                    continue;
                }
                boolean nameChanged = !was.name().equals(row.name());
                boolean typeChanged = was.type() != row.type();
                boolean parentChanged = !Objects.equals(was.parentOktmo(), row.parentOktmo());
                if (nameChanged && (typeChanged || !sameNameIgnoringKind(was.name(), row.name()))) {
                    oldNames.add(new Object[] {row.oktmo(), was.name(), importId});
                    renamed++;
                }
                if (typeChanged) {
                    retyped++;
                }
                if (!was.active()) {
                    restored++;
                }
                if (nameChanged || typeChanged || parentChanged || !was.active()) {
                    updates.add(new Object[] {row.name(), row.type().name(), row.parentOktmo(), row.oktmo()});
                }
            }
            jdbc.batchUpdate("""
                    insert into territory.municipalities (oktmo, name, type, region_code, parent_oktmo)
                    values (?, ?, ?, ?, ?)
                    """, inserts);
            jdbc.batchUpdate(
                    "insert into territory.municipality_names (oktmo, name, import_id) values (?, ?, ?)", oldNames);
            jdbc.batchUpdate("""
                    update territory.municipalities
                    set name = ?, type = ?, parent_oktmo = ?, active = true, abolished_at = null, updated_at = now()
                    where oktmo = ?
                    """, updates);
            progress.accept(Math.min(rows.size(), from + CHUNK));
        }
        List<Object[]> gone = current.values().stream()
                .filter(Current::active)
                .map(c -> new Object[] {c.oktmo()})
                .toList();
        jdbc.batchUpdate("""
                update territory.municipalities set active = false, abolished_at = now(), updated_at = now()
                where oktmo = ?
                """, gone);
        return new Counts(added, renamed, retyped, gone.size(), restored);
    }

    /**
     * «Чайковское» and «Чайковское сельское поселение», «город Барнаул» and «Городской округ г Барнаул» are the
     * same name: Rosstat's later files add the kind to the name. Such a change (of a municipality keeping its kind) is
     * applied but is not a renaming; «… район» becoming «… округ» is, and the old name is kept.
     */
    static boolean sameNameIgnoringKind(String a, String b) {
        return core(a).equals(core(b));
    }

    /** The words of a name without its kind and the abbreviations Rosstat adds («г», «ЗАТО», «N»). */
    private static List<String> core(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String kind : KIND_WORDS) {
            n = n.replace(kind, " ");
        }
        return NOT_LETTERS
                .splitAsStream(n)
                .filter(w -> !w.isEmpty() && !NOISE.contains(w))
                .toList();
    }
}
