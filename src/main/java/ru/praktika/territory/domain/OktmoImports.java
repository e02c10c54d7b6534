package ru.praktika.territory.domain;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of OKTMO imports. */
@Component
public class OktmoImports {

    /**
     * One import.
     *
     * @param id its number
     * @param fileName the file
     * @param importedAt when
     * @param importedBy who
     * @param rowsRead municipalities in the file
     * @param added added
     * @param renamed renamed
     * @param retyped changed kind
     * @param abolished marked inactive
     * @param restored listed again
     * @param editionDate the date of the edition it loaded, null for imports before editions were recorded
     */
    public record ImportView(
            long id,
            String fileName,
            OffsetDateTime importedAt,
            String importedBy,
            int rowsRead,
            int added,
            int renamed,
            int retyped,
            int abolished,
            int restored,
            java.time.LocalDate editionDate) {}

    private final JdbcClient jdbc;

    OktmoImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ImportView> latest() {
        return jdbc.sql("""
                        select id, file_name, imported_at, imported_by, rows_read, added, renamed, retyped, abolished,
                               restored, edition_date
                        from territory.oktmo_imports order by id desc limit 20
                        """).query(ImportView.class).list();
    }
}
