package ru.praktika.territory.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import ru.praktika.shared.ReferenceCsv;
import ru.praktika.territory.MunicipalityType;

/**
 * Loads the 89 subjects of the RF and the 21,983 municipal formations of OKTMO 2019 shipped with Praktika. A
 * versioned migration, so it runs once per database; newer OKTMO files come through the importer.
 */
@Component
class V2026_11_28_0101__Load_territory_reference extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<String, String> regionOktmo = loadRegions(c);
        loadMunicipalities(c, RegionPrefixes.of(regionOktmo));
    }

    private static Map<String, String> loadRegions(Connection c) throws Exception {
        Map<String, String> regionOktmo = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into territory.regions (code, oktmo, okato, name, full_name, type, federal_district, iso_code,
                                               capital, population, timezone, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (CSVRecord r : ReferenceCsv.read("regions.csv")) {
                regionOktmo.put(r.get("code"), r.get("oktmo"));
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("oktmo"));
                ps.setString(3, r.get("okato2"));
                ps.setString(4, r.get("name"));
                ps.setString(5, r.get("full_name"));
                ps.setString(6, blankToNull(r.get("type")));
                ps.setString(7, r.get("federal_district"));
                ps.setString(8, blankToNull(r.get("iso_3166_2")));
                ps.setString(9, blankToNull(r.get("capital")));
                String population = r.get("population_2023");
                if (population.isBlank()) {
                    ps.setNull(10, Types.INTEGER);
                } else {
                    ps.setInt(10, Integer.parseInt(population));
                }
                ps.setString(11, blankToNull(r.get("timezone")));
                ps.setString(12, blankToNull(r.get("note")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return regionOktmo;
    }

    private static void loadMunicipalities(Connection c, RegionPrefixes prefixes) throws Exception {
        List<CSVRecord> rows = ReferenceCsv.read("municipalities_oktmo_2019.csv.gz");
        try (PreparedStatement ps = c.prepareStatement(
                "insert into territory.municipalities (oktmo, name, type, region_code, parent_oktmo) values (?, ?, ?, ?, ?)")) {
            int batch = 0;
            for (CSVRecord r : rows) {
                String oktmo = r.get("oktmo");
                ps.setString(1, oktmo);
                ps.setString(2, r.get("name"));
                ps.setString(
                        3,
                        MunicipalityType.parse(r.get("mo_type"))
                                .orElseThrow(() -> new IllegalStateException("Unknown type " + r.get("mo_type")))
                                .name());
                ps.setString(
                        4,
                        prefixes.regionOf(oktmo)
                                .orElseThrow(() -> new IllegalStateException("No region for OKTMO " + oktmo)));
                ps.setString(5, blankToNull(r.get("parent_oktmo")));
                ps.addBatch();
                if (++batch % 2000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
