package ru.praktika.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.praktika.practice.CardCatalogue;

/**
 * Workbooks of practices for tests, written the way a person fills the template: sheets and columns found by their
 * headers (from {@link CardCatalogue}), never by position.
 */
public final class Workbooks {

    private final XSSFWorkbook wb;

    private Workbooks(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /** A new workbook with the main sheet and every group's sheet, headers only. */
    public static Workbooks empty() {
        Workbooks b = new Workbooks(new XSSFWorkbook());
        b.header(CardCatalogue.MAIN_SHEET, CardCatalogue.FIELDS);
        CardCatalogue.GROUPS.forEach(g -> b.header(g.sheet(), g.fields()));
        return b;
    }

    /** An existing workbook (a template or an export) to fill or edit. */
    public static Workbooks open(byte[] content) throws IOException {
        return new Workbooks(new XSSFWorkbook(new ByteArrayInputStream(content)));
    }

    public XSSFWorkbook workbook() {
        return wb;
    }

    private void header(String name, List<CardCatalogue.Field> fields) {
        Row head = wb.createSheet(name).createRow(0);
        head.createCell(0).setCellValue(CardCatalogue.KEY_HEADER);
        for (int c = 0; c < fields.size(); c++) {
            head.createCell(c + 1).setCellValue(fields.get(c).header());
        }
    }

    /** The column of a header on a sheet (by the field's label, with or without the star). */
    public int column(String sheet, String label) {
        Row head = wb.getSheet(sheet).getRow(0);
        for (Cell c : head) {
            String h = c.getStringCellValue().replace("*", "");
            if (h.equals(label.replace("*", ""))) {
                return c.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("На листе «" + sheet + "» нет столбца «" + label + "»");
    }

    /** Appends a row: header label → value (a String or a Number). Returns its row number as Excel shows it. */
    public int add(String sheet, Map<String, Object> values) {
        Sheet s = wb.getSheet(sheet);
        Row row = s.createRow(s.getLastRowNum() + 1);
        values.forEach((label, value) -> set(row, column(sheet, label), value));
        return row.getRowNum() + 1;
    }

    /** Sets a cell of a row (numbered as Excel shows it) by its header. */
    public Workbooks set(String sheet, int rowNumber, String label, Object value) {
        Sheet s = wb.getSheet(sheet);
        Row row = s.getRow(rowNumber - 1) == null ? s.createRow(rowNumber - 1) : s.getRow(rowNumber - 1);
        set(row, column(sheet, label), value);
        return this;
    }

    private static void set(Row row, int column, Object value) {
        if (row.getCell(column) != null) {
            // a cell edited in place keeps its inline string beside the new value (POI writes both): make it anew
            row.removeCell(row.getCell(column));
        }
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The rows of a sheet (after its header) as header → text of the cell, for finding a row to edit. */
    public List<Map<String, String>> rows(String sheet) {
        Sheet s = wb.getSheet(sheet);
        Row head = s.getRow(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Map<String, String> values = new LinkedHashMap<>();
            Row row = s.getRow(r);
            for (Cell h : head) {
                Cell c = row == null ? null : row.getCell(h.getColumnIndex());
                values.put(h.getStringCellValue(), c == null ? null : c.toString());
            }
            rows.add(values);
        }
        return rows;
    }

    /**
     * A whole practice in the template's layout: its main row and one row on each group's sheet (two participants,
     * money from two sources, a result, a link, a legal act). Returns the main row's number.
     */
    public int practice(String externalId, String title, String startDate) {
        Map<String, Object> main = new LinkedHashMap<>();
        main.put(CardCatalogue.KEY_HEADER, externalId);
        main.put("ОКТМО ведущего МО", "57735000");
        main.put("Название практики", title);
        main.put("Проблема", "Проблема жителей");
        main.put("Цели и задачи", "Цели");
        main.put("Что сделано", "Что сделано");
        main.put("Начало реализации", startDate);
        main.put("Механизм", "концессия");
        int row = add(CardCatalogue.MAIN_SHEET, main);
        add("Участники", Map.of(CardCatalogue.KEY_HEADER, externalId, "ОКТМО участника", "57727000"));
        add(
                "Финансирование",
                Map.of(CardCatalogue.KEY_HEADER, externalId, "Источник", "местный бюджет", "Сумма, руб.", "1 500 000"));
        add(
                "Финансирование",
                Map.of(
                        CardCatalogue.KEY_HEADER,
                        externalId,
                        "Источник",
                        "внебюджетные средства",
                        "Сумма, руб.",
                        "500000"));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(CardCatalogue.KEY_HEADER, externalId);
        result.put("Показатель", "Благоустроенные дворы");
        result.put("Единица", "единица");
        result.put("Базовое значение", "2");
        result.put("Год базы", "2022");
        result.put("Целевое значение", "10");
        result.put("Фактическое значение", "12");
        result.put("Год факта", "2024");
        add("Результаты", result);
        add(
                "Связи",
                Map.of(
                        CardCatalogue.KEY_HEADER,
                        externalId,
                        "Национальный проект",
                        "NP19-04",
                        "Федеральный проект",
                        "NP19-04-FP03"));
        add(
                "Акты",
                Map.of(
                        CardCatalogue.KEY_HEADER,
                        externalId,
                        "Вид акта",
                        "постановление",
                        "Номер",
                        "15-п",
                        "Дата",
                        "10.01.2024"));
        return row;
    }

    /** The row number of a card's first row on a sheet. */
    public int rowOf(String sheet, String externalId) {
        Sheet s = wb.getSheet(sheet);
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null
                    && row.getCell(0) != null
                    && externalId.equals(row.getCell(0).toString())) {
                return r + 1;
            }
        }
        throw new IllegalArgumentException("На листе «" + sheet + "» нет практики " + externalId);
    }

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
