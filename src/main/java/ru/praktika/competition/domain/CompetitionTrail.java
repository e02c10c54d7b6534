package ru.praktika.competition.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.ApplicationStatus;
import ru.praktika.competition.ApplicationView;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.CriterionView;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.shared.Actor;
import ru.praktika.shared.NotFoundException;

/**
 * The justification trail of a year for the secretariat, as XLSX: every expert's score (application, nomination,
 * category, municipality, region, expert by name, criterion, points, weight, comment, when scored); the regional
 * commissions' decisions (forwarded with a justification, rejected with a reason); the formal points of each
 * application by formula criterion, recomputed from its card as at the start of scoring.
 */
@Service
public class CompetitionTrail {

    private final JdbcClient jdbc;
    private final CompetitionQueries queries;
    private final PracticeApi practices;

    CompetitionTrail(JdbcClient jdbc, CompetitionQueries queries, PracticeApi practices) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.practices = practices;
    }

    /** The file name the trail is served under. */
    public static String fileName(int year) {
        return "Обоснование итогов конкурса " + year + ".xlsx";
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(Actor actor, int year) {
        Competitions.requireSecretariat(actor);
        CompetitionView c =
                queries.byYear(year).orElseThrow(() -> new NotFoundException("Конкурс " + year + " года не объявлен"));
        try (SXSSFWorkbook book = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            scores(book, styles, c);
            List<ApplicationView> all = queries.applications(c.id(), "a.status <> 'DRAFT'", Map.of());
            decisions(book, styles, all);
            formal(book, styles, c, all);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось сформировать XLSX", e);
        }
    }

    private void scores(SXSSFWorkbook book, Styles styles, CompetitionView c) {
        SXSSFSheet sheet = sheet(
                book,
                styles,
                "Оценки экспертов",
                List.of(
                        "№ заявки",
                        "Номинация",
                        "Категория",
                        "Муниципальное образование",
                        "Субъект РФ",
                        "Эксперт",
                        "Критерий",
                        "Баллы",
                        "Вес",
                        "Комментарий",
                        "Когда оценено"),
                new int[] {10, 11, 10, 34, 28, 28, 30, 8, 7, 60, 18});
        int[] row = {1};
        jdbc.sql("""
                        select a.id, a.nomination_code, a.category, a.municipality_name,
                               coalesce(r.name, a.region_code) as region, e.full_name, k.title, x.points, k.weight,
                               x.comment, x.scored_at
                        from competition.scores x
                        join competition.assignments s on s.id = x.assignment_id
                        join competition.applications a on a.id = s.application_id
                        join competition.experts e on e.id = s.expert_id
                        join competition.criteria k on k.id = x.criterion_id
                        left join territory.regions r on r.code = a.region_code
                        where a.competition_id = :c
                        order by a.nomination_code, a.category, a.id, e.full_name, k.position
                        """).param("c", c.id()).query(rs -> {
            Row r = sheet.createRow(row[0]++);
            number(r, 0, rs.getLong(1), styles.text);
            text(r, 1, rs.getString(2), styles.text);
            text(r, 2, rs.getString(3), styles.text);
            text(r, 3, rs.getString(4), styles.text);
            text(r, 4, rs.getString(5), styles.text);
            text(r, 5, rs.getString(6), styles.text);
            text(r, 6, rs.getString(7), styles.text);
            decimal(r, 7, rs.getBigDecimal(8), styles.decimal);
            decimal(r, 8, rs.getBigDecimal(9), styles.decimal);
            text(r, 9, rs.getString(10), styles.wrapped);
            Timestamp at = rs.getTimestamp(11);
            if (at != null) {
                r.createCell(10).setCellValue(LocalDateTime.ofInstant(at.toInstant(), Applications.MOSCOW));
                r.getCell(10).setCellStyle(styles.dateTime);
            }
        });
    }

    private static void decisions(SXSSFWorkbook book, Styles styles, List<ApplicationView> all) {
        SXSSFSheet sheet = sheet(
                book,
                styles,
                "Региональный этап",
                List.of(
                        "№ заявки",
                        "Номинация",
                        "Категория",
                        "Муниципальное образование",
                        "Субъект РФ",
                        "Практика",
                        "Решение комиссии",
                        "Место в региональном рейтинге",
                        "Обоснование или причина отказа"),
                new int[] {10, 11, 10, 34, 28, 50, 18, 14, 70});
        int n = 1;
        for (ApplicationView a : all) {
            String decision = switch (a.status()) {
                case FORWARDED, WINNER, NOT_AWARDED -> "направлена";
                case REJECTED -> "отклонена";
                default -> "не рассмотрена";
            };
            Row r = sheet.createRow(n++);
            number(r, 0, a.id(), styles.text);
            text(r, 1, a.nominationCode(), styles.text);
            text(r, 2, a.category(), styles.text);
            text(r, 3, a.municipalityName(), styles.text);
            text(r, 4, a.regionName() == null ? a.regionCode() : a.regionName(), styles.text);
            text(r, 5, a.title(), styles.wrapped);
            text(r, 6, decision, styles.text);
            if (a.regionalRank() != null) {
                number(r, 7, a.regionalRank(), styles.text);
            }
            text(r, 8, a.regionalNote(), styles.wrapped);
        }
    }

    private void formal(SXSSFWorkbook book, Styles styles, CompetitionView c, List<ApplicationView> all) {
        SXSSFSheet sheet = sheet(
                book,
                styles,
                "Формальные баллы",
                List.of(
                        "№ заявки",
                        "Номинация",
                        "Категория",
                        "Муниципальное образование",
                        "Субъект РФ",
                        "Критерий",
                        "Значение (0–1)",
                        "Вес",
                        "Баллы",
                        "Формальные баллы заявки"),
                new int[] {10, 11, 10, 34, 28, 40, 14, 7, 9, 14});
        Map<String, List<CriterionView>> criteria = new HashMap<>();
        for (CriterionView k : queries.criteria(c.id(), null)) {
            if (!k.expert()) {
                criteria.computeIfAbsent(k.nominationCode(), x -> new ArrayList<>())
                        .add(k);
            }
        }
        List<ApplicationView> federal = all.stream()
                .filter(a -> a.status() == ApplicationStatus.FORWARDED
                        || a.status() == ApplicationStatus.WINNER
                        || a.status() == ApplicationStatus.NOT_AWARDED)
                .toList();
        int n = 1;
        for (int from = 0; from < federal.size(); from += 500) {
            List<ApplicationView> chunk = federal.subList(from, Math.min(federal.size(), from + 500));
            Map<Long, PracticeCard> cards = new HashMap<>();
            practices
                    .cards(chunk.stream()
                            .map(ApplicationView::practiceId)
                            .filter(java.util.Objects::nonNull)
                            .toList())
                    .forEach(p -> cards.put(p.id(), p));
            for (ApplicationView a : chunk) {
                PracticeCard card = a.practiceId() == null ? null : cards.get(a.practiceId());
                for (CriterionView k : criteria.getOrDefault(a.nominationCode(), List.of())) {
                    BigDecimal value = card == null ? null : FormulaCriteria.value(k.formula(), card);
                    Row r = sheet.createRow(n++);
                    number(r, 0, a.id(), styles.text);
                    text(r, 1, a.nominationCode(), styles.text);
                    text(r, 2, a.category(), styles.text);
                    text(r, 3, a.municipalityName(), styles.text);
                    text(r, 4, a.regionName() == null ? a.regionCode() : a.regionName(), styles.text);
                    text(r, 5, k.title(), styles.text);
                    decimal(r, 6, value, styles.decimal);
                    decimal(r, 7, k.weight(), styles.decimal);
                    decimal(
                            r,
                            8,
                            value == null ? null : value.multiply(k.weight()).setScale(3, RoundingMode.HALF_UP),
                            styles.decimal);
                    decimal(r, 9, a.formalPoints(), styles.decimal);
                }
            }
        }
    }

    // ---- cells -------------------------------------------------------------------------------------------------

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle decimal;
        final CellStyle dateTime;

        Styles(Workbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            text = book.createCellStyle();
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.###"));
            dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
        }
    }

    private static SXSSFSheet sheet(SXSSFWorkbook book, Styles styles, String name, List<String> header, int[] widths) {
        SXSSFSheet sheet = book.createSheet(name);
        Row r = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            text(r, i, header.get(i), styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, header.size() - 1));
        return sheet;
    }

    private static void text(Row r, int column, String value, CellStyle style) {
        if (value != null) {
            var cell = r.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static void number(Row r, int column, long value, CellStyle style) {
        var cell = r.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void decimal(Row r, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            var cell = r.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }
}
