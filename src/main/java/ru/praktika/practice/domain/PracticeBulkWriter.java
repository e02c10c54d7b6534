package ru.praktika.practice.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import ru.praktika.nationalproject.LinkView;
import ru.praktika.practice.CardCatalogue;
import ru.praktika.practice.CardTexts;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeParts;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.practice.PracticesImported;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.AuditedActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the new cards of an import at the speed of the database: ids taken from the sequence in one query, then the
 * cards, their rows and their first versions with PostgreSQL {@code COPY}, one audit entry per card in one batch, and
 * one {@link PracticesImported} event for all of them — the linkage and quality listeners handle the whole import at
 * once instead of once per card. The rows are exactly what saving each card through the aggregate would write.
 */
@Component
class PracticeBulkWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PracticeBulkWriter.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    PracticeBulkWriter(DataSource dataSource, JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /**
     * A checked card to create.
     *
     * @param externalId its external id
     * @param hash the fingerprint of its rows in the file
     * @param content its checked content
     * @param links its links with the catalogue's names, in the order of {@code content.links()}
     */
    record NewCard(String externalId, String hash, Practice.Content content, List<LinkView> links) {}

    /**
     * Creates the cards (in the caller's transaction) and returns their ids in order. Each table's rows stream to the
     * server through its own {@code COPY}, a chunk of cards at a time, so no table is held whole in memory; {@code
     * written} hears, after each chunk, how many cards' worth of rows have been sent (all tables counted), for the job's
     * progress bar.
     */
    List<Long> create(
            Actor actor,
            String region,
            int year,
            List<NewCard> cards,
            Map<String, String> names,
            java.util.function.IntConsumer written) {
        if (cards.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('practice.practices', 'id'))"
                        + " from generate_series(1, :n)")
                .param("n", cards.size())
                .query(Long.class)
                .list();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL keeps it
        List<String> practiceColumns = new ArrayList<>(List.of("id", "year", "region_code"));
        practiceColumns.addAll(
                CardCatalogue.FIELDS.stream().map(PracticeQueries::columnOf).toList());
        practiceColumns.addAll(List.of(
                "status",
                "inter_municipal",
                "total_financing",
                "extra_budgetary_share",
                "external_id",
                "import_hash",
                "created_by",
                "created_at",
                "updated_at",
                "version"));
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("practice.practices", practiceColumns, (i, csv) -> {
            Practice.Content c = cards.get(i).content();
            List<String> participants = Practice.participants(c);
            List<Object> row = new ArrayList<>(List.of(ids.get(i), year, region));
            for (CardCatalogue.Field f : CardCatalogue.FIELDS) {
                row.add(f.name().equals("leadMunicipality") ? c.leadOktmo() : CardTexts.value(c, f.name()));
            }
            row.addAll(Arrays.asList(
                    PracticeStatus.DRAFT.name(),
                    participants.size() >= 2,
                    Practice.total(c.financing()),
                    Practice.extraBudgetaryShare(c.financing()),
                    cards.get(i).externalId(),
                    cards.get(i).hash(),
                    actor.username(),
                    now,
                    now,
                    0));
            csv.row(row.toArray());
        }));
        tables.add(children(
                "practice.practice_municipalities",
                List.of("oktmo"),
                i -> Practice.participants(cards.get(i).content()),
                oktmo -> new Object[] {oktmo},
                ids));
        tables.add(children(
                "practice.financing",
                List.of("source", "amount_rub"),
                i -> cards.get(i).content().financing(),
                f -> new Object[] {f.source().name(), f.amountRub()},
                ids));
        tables.add(children(
                "practice.results",
                List.of("indicator", "unit", "base_value", "base_year", "target_value", "actual_value", "actual_year"),
                i -> cards.get(i).content().results(),
                r -> new Object[] {
                    r.indicator(),
                    r.unit(),
                    r.baseValue(),
                    r.baseYear(),
                    r.targetValue(),
                    r.actualValue(),
                    r.actualYear()
                },
                ids));
        tables.add(children(
                "practice.legal_acts",
                List.of("type", "number", "date", "title"),
                i -> cards.get(i).content().legalActs(),
                a -> new Object[] {a.type(), a.number(), a.date(), a.title()},
                ids));
        tables.add(children(
                "practice.links",
                List.of("national_code", "federal_code", "regional_project_id", "indicator_id", "contribution"),
                i -> cards.get(i).content().links(),
                l -> new Object[] {
                    l.nationalCode(), l.federalCode(), l.regionalProjectId(), l.indicatorId(), l.contribution()
                },
                ids));
        // the first versions: each card exactly as the API shows it, a chunk at a time on every core; and its audit
        // entry
        List<AuditedAction> audit = new ArrayList<>(cards.size());
        tables.add(new Table(
                "practice.versions",
                List.of("practice_id", "version", "saved_at", "saved_by", "status", "change", "snapshot"),
                null));
        // every table's rows are made on their own thread while this one sends them: the database works on a chunk
        // while the next one is made, and at most QUEUED chunks wait in memory
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED);
        Thread maker = new Thread(
                () -> make(
                        tables,
                        cards.size(),
                        queue,
                        from -> versionRows(from, ids, year, region, cards, names, actor, now, audit)),
                "import-rows");
        maker.setDaemon(true);
        maker.start();
        long[] took = new long[tables.size()];
        try {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (var statement = connection.createStatement()) {
                // their full-text vectors are made after the commit (SearchVectors): stemming every text took most of
                // the cards' COPY, and the search finds a card without its vector meanwhile (this transaction only)
                statement.execute("set local praktika.search_after_commit = 'on'");
            }
            int chunks = tables.size() * ((cards.size() + CHUNK - 1) / CHUNK);
            int[] sent = {0};
            Runnable chunkSent = () -> written.accept((int) ((long) ++sent[0] * cards.size() / chunks));
            for (int t = 0; t < tables.size(); t++) {
                long started = System.nanoTime();
                send(pg, tables.get(t), queue, chunkSent);
                took[t] = System.nanoTime() - started;
            }
            try (var statement = connection.createStatement()) {
                // a card the same import changes is saved as on the site, with its vector
                statement.execute("set local praktika.search_after_commit = 'off'");
            }
            maker.join(); // its last write to the audit list happens before this
        } catch (SQLException e) {
            throw new IllegalStateException("Не удалось записать практики: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Запись практик прервана", e);
        } finally {
            maker.interrupt(); // nothing is left to make when all went well; stops it when the sending failed
        }
        long t3 = System.nanoTime();
        events.publishEvent(new AuditedActions(audit));
        long rows = 0;
        for (int t = 1; t < tables.size() - 1; t++) {
            rows += took[t];
        }
        log.info(
                "Wrote {} cards: cards {} ms, their rows {} ms, first versions {} ms, audit {} ms",
                cards.size(),
                took[0] / 1_000_000,
                rows / 1_000_000,
                took[tables.size() - 1] / 1_000_000,
                (System.nanoTime() - t3) / 1_000_000);
        events.publishEvent(new PracticesImported(region, year, ids));
        return ids;
    }

    /** Writes the rows of card {@code i} into a chunk of CSV. */
    private interface Rows {
        void write(int i, Csv csv);
    }

    /** A table the import writes: its columns and the rows of each card (the versions' are made by chunk). */
    private record Table(String name, List<String> columns, Rows rows) {}

    /** A table of a card's repeated rows: the card's id, the row's position, then the row's own values. */
    private static <T> Table children(
            String name,
            List<String> columns,
            java.util.function.IntFunction<List<T>> items,
            java.util.function.Function<T, Object[]> values,
            List<Long> ids) {
        List<String> all = new ArrayList<>(List.of("practice_id", "position"));
        all.addAll(columns);
        return new Table(name, all, (i, csv) -> {
            List<T> rows = items.apply(i);
            for (int p = 0; p < rows.size(); p++) {
                Object[] own = values.apply(rows.get(p));
                Object[] row = new Object[own.length + 2];
                row[0] = ids.get(i);
                row[1] = p;
                System.arraycopy(own, 0, row, 2, own.length);
                csv.row(row);
            }
        });
    }

    /** A chunk of a table's CSV; {@link #END} closes a table, a {@code failure} tells the sender the making failed. */
    private record Chunk(byte[] bytes, Throwable failure) {
        static final Chunk END = new Chunk(null, null);
    }

    /** Cards whose rows are made at once (the snapshots on every core) and sent together. */
    private static final int CHUNK = 500;

    /** Chunks made ahead of the sending: a few megabytes at most. */
    private static final int QUEUED = 4;

    /** Makes every table's chunks in order (the versions' through {@code versionRows}); a failure goes to the sender. */
    private static void make(
            List<Table> tables,
            int cards,
            BlockingQueue<Chunk> queue,
            java.util.function.IntFunction<Csv> versionRows) {
        try {
            try {
                for (Table table : tables) {
                    for (int from = 0; from < cards; from += CHUNK) {
                        Csv csv;
                        if (table.rows() == null) {
                            csv = versionRows.apply(from);
                        } else {
                            csv = new Csv();
                            for (int i = from; i < Math.min(cards, from + CHUNK); i++) {
                                table.rows().write(i, csv);
                            }
                        }
                        queue.put(new Chunk(csv.bytes(), null));
                    }
                    queue.put(Chunk.END);
                }
            } catch (RuntimeException | Error e) {
                // even an OutOfMemoryError reaches the sender, which would otherwise wait for the next chunk forever
                queue.put(new Chunk(null, e));
            }
        } catch (InterruptedException e) {
            // the sending stopped: nothing more to make
        }
    }

    /** Streams one table's chunks to the server with {@code COPY}, telling {@code chunkSent} after each. */
    private static void send(PGConnection pg, Table table, BlockingQueue<Chunk> queue, Runnable chunkSent)
            throws SQLException, InterruptedException {
        CopyIn in = pg.getCopyAPI()
                .copyIn("copy " + table.name() + " (" + String.join(", ", table.columns())
                        + ") from stdin with (format csv)");
        try {
            while (true) {
                Chunk chunk = queue.take();
                if (chunk.failure() instanceof Error error) {
                    throw error;
                }
                if (chunk.failure() != null) {
                    throw (RuntimeException) chunk.failure();
                }
                if (chunk == Chunk.END) {
                    break;
                }
                in.writeToCopy(chunk.bytes(), 0, chunk.bytes().length);
                chunkSent.run();
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** The first versions of the cards of the chunk from {@code from}, and their audit entries. */
    private Csv versionRows(
            int from,
            List<Long> ids,
            int year,
            String region,
            List<NewCard> cards,
            Map<String, String> names,
            Actor actor,
            Instant now,
            List<AuditedAction> audit) {
        int to = Math.min(cards.size(), from + CHUNK);
        List<PracticeCard> shown = java.util.stream.IntStream.range(from, to)
                .parallel()
                .mapToObj(i -> card(ids.get(i), year, region, cards.get(i), names, actor, now))
                .toList();
        List<String> snapshots =
                shown.parallelStream().map(json::writeValueAsString).toList();
        Csv csv = new Csv();
        for (int k = 0; k < shown.size(); k++) {
            PracticeCard card = shown.get(k);
            csv.row(card.id(), 0, now, actor.username(), PracticeStatus.DRAFT.name(), "создана", snapshots.get(k));
            audit.add(AuditedAction.by(
                    actor,
                    "practice.create",
                    "practice",
                    card.id(),
                    Map.of(
                            "title",
                            card.title(),
                            "region",
                            region,
                            "import",
                            cards.get(from + k).externalId())));
        }
        return csv;
    }

    /** The card as the API would show it right after saving, for its first version and the events. */
    private static PracticeCard card(
            long id, int year, String region, NewCard card, Map<String, String> names, Actor actor, Instant now) {
        Practice.Content c = card.content();
        List<String> participants = Practice.participants(c);
        BigDecimal total = Practice.total(c.financing());
        BigDecimal share = Practice.extraBudgetaryShare(c.financing());
        Map<String, Object> v = new HashMap<>();
        for (CardCatalogue.Field f : CardCatalogue.FIELDS) {
            v.put(f.name(), f.name().equals("leadMunicipality") ? c.leadOktmo() : CardTexts.value(c, f.name()));
        }
        Map<String, String> shownNames = new LinkedHashMap<>();
        participants.forEach(o -> shownNames.put(o, names.getOrDefault(o, o)));
        List<PracticeParts.LinkRow> links = new ArrayList<>();
        for (int i = 0; i < c.links().size(); i++) {
            LinkView l = card.links().get(i);
            links.add(new PracticeParts.LinkRow(
                    l.nationalProject().code(),
                    l.federalProject() == null ? null : l.federalProject().code(),
                    l.regionalProjectId(),
                    l.indicatorId(),
                    c.links().get(i).contribution(),
                    l.nationalProject().name(),
                    l.federalProject() == null ? null : l.federalProject().name(),
                    l.regionalProjectName(),
                    l.indicatorName()));
        }
        v.put("id", id);
        v.put("year", year);
        v.put("regionCode", region);
        v.put("municipalities", participants);
        v.put("municipalityNames", shownNames);
        v.put("interMunicipal", participants.size() >= 2);
        v.put(
                "financing",
                c.financing().stream()
                        // as the database gives them back (numeric(18, 2)): the snapshot diffs cleanly with the next
                        .map(f -> new PracticeParts.FinancingRow(
                                f.source(), f.amountRub().setScale(2, RoundingMode.HALF_UP)))
                        .toList());
        v.put("totalFinancingRub", total.setScale(2, RoundingMode.HALF_UP));
        v.put("extraBudgetaryShare", share);
        v.put(
                "results",
                c.results().stream()
                        .map(r -> new PracticeParts.ResultRow(
                                r.indicator(),
                                r.unit(),
                                r.baseValue(),
                                r.baseYear(),
                                r.targetValue(),
                                r.actualValue(),
                                r.actualYear()))
                        .toList());
        v.put(
                "legalActs",
                c.legalActs().stream()
                        .map(a -> new PracticeParts.LegalActRow(a.type(), a.number(), a.date(), a.title()))
                        .toList());
        v.put("links", links);
        v.put("status", PracticeStatus.DRAFT);
        v.put("version", 0L);
        v.put("createdBy", actor.username());
        v.put("createdAt", now);
        v.put("updatedAt", now);
        return CardTexts.create(PracticeCard.class, v);
    }

    /** Rows in PostgreSQL's CSV: null is an empty unquoted field, every text is quoted. */
    private static final class Csv {
        final StringBuilder text = new StringBuilder();

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                String s;
                if (v instanceof Instant t) {
                    s = OffsetDateTime.ofInstant(t, ZoneOffset.UTC).toString();
                } else if (v instanceof BigDecimal b) {
                    s = b.toPlainString();
                } else if (v instanceof Enum<?> e) {
                    s = e.name();
                } else {
                    s = Objects.toString(v);
                }
                if (v instanceof Number || v instanceof Boolean) {
                    text.append(s);
                } else {
                    text.append('"').append(s.replace("\"", "\"\"")).append('"');
                }
            }
            text.append('\n');
        }
    }
}
