package ru.praktika.competition.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The participation analytics as an XLSX workbook: one sheet per table of the page, numbers as numbers. */
final class AnalyticsWorkbook {

    private AnalyticsWorkbook() {}

    /** The page's tables as an XLSX workbook, one sheet per table, numbers as numbers. */
    static byte[] write(CompetitionAnalytics.Analytics a) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet s = sheet(wb, bold, "Регионы", "Код", "Регион", "Заявок", "Победителей");
            a.regions().forEach(r -> row(s, r.code(), r.name(), r.applications(), r.winners()));
            Sheet n = sheet(wb, bold, "Номинации", "Код", "Номинация", "Национальные проекты", "Заявок", "Победителей");
            a.nominations()
                    .forEach(r -> row(
                            n,
                            r.code(),
                            r.title(),
                            String.join(", ", r.nationalProjects()),
                            r.applications(),
                            r.winners()));
            Sheet t = sheet(
                    wb, bold, "Виды МО", "Вид муниципального образования", "Категория I", "Категория II", "Всего");
            a.types().forEach(r -> row(t, r.type(), r.categoryI(), r.categoryII(), r.total()));
            Sheet p = sheet(
                    wb,
                    bold,
                    "Нацпроекты",
                    "Код",
                    "Национальный проект",
                    "Заявок",
                    "Из них по карточке практики",
                    "Из них по номинации",
                    "Победителей");
            a.projects()
                    .forEach(r ->
                            row(p, r.code(), r.name(), r.applications(), r.byCard(), r.byNomination(), r.winners()));
            row(p);
            row(p, CompetitionAnalytics.RULE);
            Sheet q = sheet(wb, bold, "Без заявок", "Код", "Регион");
            a.silent().forEach(r -> row(q, r.code(), r.name()));
            Sheet y = sheet(
                    wb,
                    bold,
                    "По годам",
                    "Год",
                    "Заявок",
                    "Заявок годом ранее",
                    "Регионов",
                    "Регионов годом ранее",
                    "Победителей",
                    "Победителей годом ранее");
            a.years()
                    .forEach(r -> row(
                            y,
                            (long) r.year(),
                            r.applications(),
                            r.previousApplications(),
                            r.regions(),
                            r.previousRegions(),
                            r.winners(),
                            r.previousWinners()));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                for (int c = 0; c < 7; c++) {
                    wb.getSheetAt(i).setColumnWidth(c, c == 1 ? 60 * 256 : 18 * 256);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, CellStyle bold, String name, String... headers) {
        Sheet s = wb.createSheet(name);
        Row head = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            head.createCell(i).setCellValue(headers[i]);
            head.getCell(i).setCellStyle(bold);
        }
        return s;
    }

    private static void row(Sheet s, Object... values) {
        Row row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number v) {
                row.createCell(i).setCellValue(v.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }
}
