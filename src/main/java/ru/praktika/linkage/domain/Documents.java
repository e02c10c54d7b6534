package ru.praktika.linkage.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.practice.PracticeSaved;

/** What linkage keeps of each practice: the text, the place, the state and the links. */
@Component
class Documents {

    /**
     * A practice as linkage sees it.
     *
     * @param id practice id
     * @param regionCode region
     * @param year campaign year
     * @param status workflow state
     * @param title title
     * @param text problem, goals, what was done
     * @param municipalities OKTMO codes
     * @param nationalCodes linked national projects
     * @param federalCodes linked federal projects
     */
    record Document(
            long id,
            String regionCode,
            int year,
            String status,
            String title,
            String text,
            List<String> municipalities,
            List<String> nationalCodes,
            List<String> federalCodes) {}

    private static final String COLUMNS =
            "practice_id, region_code, year, status, title, text, municipalities, national_codes, federal_codes";

    private final JdbcClient jdbc;

    private final org.springframework.jdbc.core.JdbcTemplate batch;

    Documents(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void save(PracticeSaved p) {
        saveAll(List.of(p));
    }

    /** Saves the documents of many practices in one batch (an import's cards). */
    void saveAll(List<PracticeSaved> saved) {
        batch.batchUpdate("""
                insert into linkage.documents (practice_id, region_code, year, status, title, text,
                                               municipalities, national_codes, federal_codes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (practice_id) do update set region_code = excluded.region_code,
                    year = excluded.year, status = excluded.status, title = excluded.title, text = excluded.text,
                    municipalities = excluded.municipalities, national_codes = excluded.national_codes,
                    federal_codes = excluded.federal_codes, updated_at = now()
                """, saved, 500, (ps, p) -> {
            ps.setLong(1, p.id());
            ps.setString(2, p.regionCode());
            ps.setInt(3, p.year());
            ps.setString(4, p.status().name());
            ps.setString(5, p.title());
            ps.setString(6, p.text());
            ps.setArray(
                    7,
                    ps.getConnection().createArrayOf("text", p.municipalities().toArray()));
            ps.setArray(
                    8,
                    ps.getConnection()
                            .createArrayOf("text", p.nationalProjects().toArray()));
            ps.setArray(
                    9,
                    ps.getConnection().createArrayOf("text", p.federalProjects().toArray()));
        });
    }

    Optional<Document> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from linkage.documents where practice_id = :id")
                .param("id", id)
                .query((rs, i) -> document(rs))
                .optional();
    }

    List<Document> all() {
        return jdbc.sql("select " + COLUMNS + " from linkage.documents order by practice_id")
                .query((rs, i) -> document(rs))
                .list();
    }

    /**
     * Documents written since a moment of the database's clock, with a minute's margin for transactions that
     * committed late: other instances' saves reach this instance's similarity index through it.
     */
    List<Document> changedSince(java.time.Instant since) {
        return jdbc.sql("select " + COLUMNS + " from linkage.documents"
                        + " where updated_at > cast(:since as timestamptz) - interval '1 minute'")
                .param("since", java.sql.Timestamp.from(since))
                .query((rs, i) -> document(rs))
                .list();
    }

    /** The database's clock: the index's watermark is taken from it, never from this machine's. */
    java.time.Instant now() {
        return jdbc.sql("select now()").query(java.sql.Timestamp.class).single().toInstant();
    }

    /** Practices whose links the association accepted: the training data. */
    List<Document> accepted() {
        return jdbc.sql("select " + COLUMNS + " from linkage.documents where status in ('ACCEPTED', 'PUBLISHED')"
                        + " order by practice_id")
                .query((rs, i) -> document(rs))
                .list();
    }

    private static Document document(ResultSet rs) throws SQLException {
        return new Document(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                list(rs.getArray(7)),
                list(rs.getArray(8)),
                list(rs.getArray(9)));
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
