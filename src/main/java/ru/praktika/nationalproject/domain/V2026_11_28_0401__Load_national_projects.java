package ru.praktika.nationalproject.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import ru.praktika.shared.ReferenceCsv;

/**
 * Loads the national and federal projects of both periods, the national goals and the crosswalk shipped in
 * {@code reference/} (provenance in docs/data-sources.md). Codes are kept exactly as in the file.
 */
@Component
class V2026_11_28_0401__Load_national_projects extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Set<String> nationals = new HashSet<>();
        try (PreparedStatement np = c.prepareStatement(
                        "insert into nationalproject.national_projects (code, period, name, position, basis)"
                                + " values (?, ?, ?, ?, ?)");
                PreparedStatement fp = c.prepareStatement(
                        "insert into nationalproject.federal_projects (code, national_code, name, position, confidence)"
                                + " values (?, ?, ?, ?, ?)")) {
            int npPosition = 0, fpPosition = 0;
            for (CSVRecord r : ReferenceCsv.read("national_projects.csv")) {
                String code = r.get("np_id");
                if (nationals.add(code)) {
                    np.setString(1, code);
                    np.setString(2, r.get("period"));
                    np.setString(3, r.get("national_project"));
                    np.setInt(4, ++npPosition);
                    np.setString(5, r.get("basis"));
                    np.executeUpdate();
                }
                if (!r.get("fp_id").isBlank()) {
                    fp.setString(1, r.get("fp_id"));
                    fp.setString(2, code);
                    fp.setString(3, r.get("federal_project"));
                    fp.setInt(4, ++fpPosition);
                    fp.setString(5, r.get("confidence"));
                    fp.addBatch();
                }
            }
            fp.executeBatch();
        }
        try (PreparedStatement g = c.prepareStatement(
                "insert into nationalproject.national_goals (decree, letter, goal, source) values (?, ?, ?, ?)")) {
            for (CSVRecord r : ReferenceCsv.read("national_goals.csv")) {
                g.setString(1, r.get("decree"));
                g.setString(2, r.get("letter"));
                g.setString(3, r.get("goal"));
                g.setString(4, r.get("source"));
                g.addBatch();
            }
            g.executeBatch();
        }
        try (PreparedStatement x = c.prepareStatement(
                "insert into nationalproject.crosswalk (old_name, successors, note) values (?, ?, ?)")) {
            for (CSVRecord r : ReferenceCsv.read("national_projects_crosswalk.csv")) {
                x.setString(1, r.get("national_project_2019_2024"));
                x.setString(2, r.get("likely_successor_2025_2030"));
                x.setString(3, r.get("note"));
                x.addBatch();
            }
            x.executeBatch();
        }
    }
}
