package ru.praktika.library.domain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import ru.praktika.library.OpenDataColumn;
import ru.praktika.library.OpenDataPractice;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the open data set as CSV, XLSX or JSON straight to a stream, a row at a time: nothing but the current batch is
 * held, and the workbook keeps only a window of rows in memory (the rest goes to a compressed temporary file).
 */
@Component
public class OpenDataFormats {

    /** The byte-order mark that makes Excel read the CSV as UTF-8. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * RFC 4180 as Russian Excel opens it: «;» between fields (the comma is the decimal separator), CRLF after each
     * record, a field in double quotes when it holds «;», a quote or a line break, quotes doubled inside.
     */
    public static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /** Excel keeps at most this many characters in a cell; a longer text is cut in the workbook only. */
    static final int XLSX_CELL_LIMIT = 32_767;

    private final OpenData data;
    private final JsonMapper json;

    OpenDataFormats(OpenData data, JsonMapper json) {
        this.data = data;
        this.json = json;
    }

    /** UTF-8 with BOM, «;», CRLF; numbers with a decimal comma; the header row holds the column names. */
    public void csv(OpenData.Filter filter, String baseUrl, OutputStream out) throws IOException {
        out.write(BOM);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(OpenData.COLUMNS.stream().map(OpenData.Column::name).toList());
        Object[] record = new Object[OpenData.COLUMNS.size()];
        try {
            data.forEach(filter, baseUrl, row -> {
                for (int i = 0; i < record.length; i++) {
                    record[i] = csvValue(OpenData.value(OpenData.COLUMNS.get(i), row));
                }
                try {
                    printer.printRecord(record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    /**
     * A value as the CSV holds it. A text that a spreadsheet program would take for a formula (it begins with «=», «+»,
     * «-», «@», a tab or a carriage return) is preceded by an apostrophe, so opening the file never runs what an author
     * typed (CSV injection); the JSON and the workbook keep the text as it is.
     */
    static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString().replace('.', ',');
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * A workbook with the sheet «Практики» (the header row holds the column names; numbers and dates are typed cells,
     * codes are text) and the sheet «Словарь».
     */
    public void xlsx(OpenData.Filter filter, String baseUrl, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            SXSSFSheet sheet = workbook.createSheet("Практики");
            sheet.createFreezePane(0, 1);
            Row head = sheet.createRow(0);
            for (int i = 0; i < OpenData.COLUMNS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(OpenData.COLUMNS.get(i).name());
                cell.setCellStyle(header);
            }
            int[] next = {1};
            data.forEach(filter, baseUrl, practice -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < OpenData.COLUMNS.size(); i++) {
                    OpenData.Column column = OpenData.COLUMNS.get(i);
                    Object value = OpenData.value(column, practice);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof BigDecimal n) {
                        cell.setCellValue(n.doubleValue());
                        if ("totalFinancingRub".equals(column.name())) {
                            cell.setCellStyle(money);
                        }
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        String text = value.toString();
                        cell.setCellValue(text.length() > XLSX_CELL_LIMIT ? text.substring(0, XLSX_CELL_LIMIT) : text);
                    }
                }
            });
            dictionarySheet(workbook.createSheet("Словарь"), header);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void dictionarySheet(Sheet sheet, CellStyle header) {
        Row head = sheet.createRow(0);
        String[] titles = {"Столбец", "Описание", "Тип"};
        for (int i = 0; i < titles.length; i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(header);
        }
        int r = 1;
        for (OpenDataColumn c : OpenData.dictionary()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(c.name());
            row.createCell(1).setCellValue(c.description());
            row.createCell(2).setCellValue(c.type());
        }
    }

    /** An array of objects, one per practice, keyed by the column names; dates as yyyy-MM-dd, empty values null. */
    public void json(OpenData.Filter filter, String baseUrl, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartArray();
            data.forEach(filter, baseUrl, practice -> write(g, practice));
            g.writeEndArray();
        }
    }

    private static void write(JsonGenerator g, OpenDataPractice practice) {
        g.writeStartObject();
        for (OpenData.Column column : OpenData.COLUMNS) {
            g.writeName(column.name());
            Object value = OpenData.value(column, practice);
            if (value == null) {
                g.writeNull();
            } else if (value instanceof BigDecimal n) {
                g.writeNumber(n);
            } else if (value instanceof Long n) {
                g.writeNumber(n);
            } else if (value instanceof Integer n) {
                g.writeNumber(n);
            } else {
                g.writeString(value.toString());
            }
        }
        g.writeEndObject();
    }
}
