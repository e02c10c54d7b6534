package ru.praktika.territory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.ReferenceCsv;
import ru.praktika.territory.MunicipalityType;

/**
 * Makes OKTMO on 1 January 2024 (Rosstat, 17,783 municipal formations with their population) the current edition.
 * It is applied over the 2019 list the way the importer applies a newer file ({@link OktmoChanges}), so a new
 * database and one that has held 2019 for years end the same: municipalities abolished by the reform stay, marked
 * inactive, and every card keeps resolving its codes. A database where the secretariat already loaded an edition of
 * 2024 or later keeps it; only the population is added.
 */
@Component
class V2026_11_29_0301__Apply_oktmo_2024 extends BaseJavaMigration {

    static final LocalDate EDITION = LocalDate.of(2024, 1, 1);
    static final String FILE = "municipalities_oktmo_2024.csv.gz";
    private static final String FILE_2019 = "municipalities_oktmo_2019.csv.gz";
    private static final Logger log = LoggerFactory.getLogger(V2026_11_29_0301__Apply_oktmo_2024.class);

    @Override
    public void migrate(Context context) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        recordEdition2019(jdbc);
        Integer newer = jdbc.queryForObject("""
                select count(*) from territory.oktmo_imports
                where edition_date >= ? or substring(file_name from 'data-(\\d{8})') >= '20240101'
                """, Integer.class, Date.valueOf(EDITION));
        if (newer != null && newer > 0) {
            log.info("OKTMO of 2024 or later is already loaded; the shipped edition of 1 January 2024 is not applied");
        } else {
            applyEdition2024(jdbc);
        }
        loadPopulation(jdbc);
    }

    /** The 2019 list was loaded before editions were recorded; the history starts with it. */
    private static void recordEdition2019(JdbcTemplate jdbc) throws IOException {
        jdbc.update("""
                insert into territory.oktmo_imports (file_name, sha256, imported_by, rows_read, added, renamed, retyped,
                                                     abolished, restored, edition_date)
                values (?, ?, 'system', 21983, 21983, 0, 0, 0, 0, ?)
                """, FILE_2019, sha256(FILE_2019), Date.valueOf(LocalDate.of(2019, 4, 1)));
    }

    private static void applyEdition2024(JdbcTemplate jdbc) throws IOException {
        RegionPrefixes prefixes = RegionPrefixes.of(regionOktmo(jdbc));
        List<OktmoFile.Row> rows = new ArrayList<>();
        for (CSVRecord r : ReferenceCsv.read(FILE)) {
            String oktmo = r.get("oktmo");
            String parent = r.get("parent_oktmo");
            rows.add(new OktmoFile.Row(
                    (int) r.getRecordNumber() + 1,
                    oktmo,
                    r.get("name"),
                    MunicipalityType.parse(r.get("mo_type"))
                            .orElseThrow(() -> new IllegalStateException("Unknown type " + r.get("mo_type"))),
                    prefixes.regionOf(oktmo)
                            .orElseThrow(() -> new IllegalStateException("No region for OKTMO " + oktmo)),
                    parent.isBlank() ? null : parent));
        }
        Long importId = jdbc.queryForObject("""
                insert into territory.oktmo_imports (file_name, sha256, imported_by, rows_read, added, renamed, retyped,
                                                     abolished, restored, edition_date)
                values (?, ?, 'system', ?, 0, 0, 0, 0, 0, ?) returning id
                """, Long.class, FILE, sha256(FILE), rows.size(), Date.valueOf(EDITION));
        OktmoChanges.Counts c = OktmoChanges.apply(jdbc, importId, rows, done -> {});
        jdbc.update(
                "update territory.oktmo_imports set added = ?, renamed = ?, retyped = ?, abolished = ?, restored = ?"
                        + " where id = ?",
                c.added(),
                c.renamed(),
                c.retyped(),
                c.abolished(),
                c.restored(),
                importId);
        log.info("OKTMO of 1 January 2024 applied: {}", c);
    }

    private static void loadPopulation(JdbcTemplate jdbc) {
        List<Object[]> rows = ReferenceCsv.read("municipalities_population_2024.csv.gz").stream()
                .map(r -> new Object[] {Integer.parseInt(r.get("population_2024_01_01")), r.get("oktmo")})
                .toList();
        jdbc.batchUpdate(
                "update territory.municipalities set population = ?, population_date = date '2024-01-01'"
                        + " where oktmo = ?",
                rows);
    }

    private static Map<String, String> regionOktmo(JdbcTemplate jdbc) {
        Map<String, String> regionOktmo = new HashMap<>();
        jdbc.query("select code, oktmo from territory.regions", rs -> {
            regionOktmo.put(rs.getString(1), rs.getString(2));
        });
        return regionOktmo;
    }

    private static String sha256(String file) throws IOException {
        try (InputStream in = new ClassPathResource("reference/" + file).getInputStream()) {
            return FileTypes.sha256(in.readAllBytes());
        }
    }
}
