package ru.praktika.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFFormulaEvaluator;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.praktika.shared.FileTypes;
import ru.praktika.support.LibreOffice;

/**
 * The streaming spreadsheet reader on real files: written by POI (shared and inline strings), converted by
 * LibreOffice to XLSX and ODS, LibreOffice fixtures, hand-written ODS, broken files and a big sheet.
 */
class SpreadsheetReaderTests {

    private static final Set<String> ASKED = Set.of("Практики", "Списки");

    /** What the sample workbook gives, whatever program wrote it. */
    private static final List<Visited> EXPECTED = List.of(
            new Visited("Практики", 1, cells("Реестр практик")),
            new Visited(
                    "Практики",
                    2,
                    cells(
                            "Название",
                            "Сумма",
                            "Год",
                            "Дата",
                            "Дата 14",
                            "Дата текстом",
                            "Число текстом",
                            "Флаг",
                            "Формула",
                            "Строка формулой",
                            "Ошибка",
                            "Доля")),
            new Visited(
                    "Практики",
                    3,
                    cells(
                            "Практика один",
                            "1500000.5",
                            "2024",
                            "01.03.2024",
                            "15.03.2024",
                            "01.03.2024",
                            "1 500 000,50",
                            "да",
                            "2",
                            "ab",
                            null,
                            "0.25")),
            new Visited(
                    "Практики",
                    6,
                    cells(
                            "Строка один\nстрока два",
                            "1500000",
                            null,
                            null,
                            null,
                            null,
                            null,
                            "нет",
                            null,
                            null,
                            null,
                            "0.5")),
            new Visited(
                    "Практики",
                    7,
                    cells(null, null, null, null, null, null, null, null, null, null, null, "два  пробела и\tтаб")),
            new Visited("Практики", 9, cells("с пробелами", "-3.75")),
            new Visited("Списки", 1, cells("да")),
            new Visited("Списки", 2, cells("нет")),
            new Visited("Списки", 3, cells("Практика один")));

    @TempDir
    Path dir;

    @Test
    void readsAPoiWorkbookWithSharedStrings() throws Exception {
        byte[] xlsx = sample(new XSSFWorkbook());

        assertThat(SpreadsheetReader.kind(xlsx)).isEqualTo(SpreadsheetReader.Kind.XLSX);
        assertThat(read(xlsx, ASKED)).containsExactlyElementsOf(EXPECTED);
        assertThat(read(xlsx, Set.of("Инструкция")))
                .containsExactly(new Visited("Инструкция", 1, cells("Заполните лист «Практики»")));
        assertThat(read(xlsx, Set.of("Нет такого листа"))).isEmpty();
    }

    @Test
    void readsCellsWithoutReferencesRichInlineStringsAndIsoDates() throws Exception {
        String sheet = """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row><c t="inlineStr"><is><r><t>Жирный &amp;&#160;&lt;</t></r><r><t xml:space="preserve"> текст</t></r>\
                <rPh sb="0" eb="1"><t>фонетика</t></rPh></is></c><c><v>2024.0</v></c></row>
                <row/>
                <row><c r="C3" t="inlineStr"><is><t>a_x0009_b</t></is></c><c t="e"><v>#N/A</v></c>\
                <c t="b"><v>0</v></c><c t="str"><f>" формула "</f><v> формула </v></c>\
                <c t="d"><v>2024-03-01T10:00:00</v></c><c t="n"><v>1.5E-3</v></c><c><v></v></c></row>
                <row r="10"><c r="B10"><v>7</v></c></row>
                <row><c><v>-0.0</v></c></row>
                </sheetData></worksheet>
                """;
        byte[] xlsx =
                replace(sample(new XSSFWorkbook()), "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(read(xlsx, Set.of("Практики")))
                .containsExactly(
                        new Visited("Практики", 1, cells("Жирный &\u00a0< текст", "2024")),
                        new Visited(
                                "Практики",
                                3,
                                cells(null, null, "a\tb", null, "нет", "формула", "01.03.2024", "0.0015")),
                        new Visited("Практики", 10, cells(null, "7")),
                        new Visited("Практики", 11, cells("0")));
    }

    @Test
    void refusesEntitiesDeclaredInASheet() throws Exception {
        String sheet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row><c t="inlineStr"><is><t>&secret;</t></is></c></row>
                </sheetData></worksheet>
                """;
        byte[] xlsx =
                replace(sample(new XSSFWorkbook()), "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(xlsx, Set.of("Практики"))).isInstanceOf(SpreadsheetException.class);
    }

    @Test
    void readsDatesOfA1904Workbook() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            Cell cell = wb.createSheet("Практики").createRow(0).createCell(0);
            cell.setCellValue(45352 - 1462); // 01.03.2024 counted from 1904
            cell.setCellStyle(style);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(sheetXml(xlsx, "xl/workbook.xml")).contains("date1904=\"true\"");

        assertThat(read(xlsx, Set.of("Практики"))).containsExactly(new Visited("Практики", 1, cells("01.03.2024")));
    }

    @Test
    void readsInlineStringsOfAStreamingWorkbook() throws Exception {
        byte[] xlsx = sample(new SXSSFWorkbook());

        assertThat(sheetXml(xlsx, "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");
        assertThat(read(xlsx, ASKED)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void libreOfficeConversionsReadExactlyAsTheOriginal() throws Exception {
        Path original = dir.resolve("sample.xlsx");
        Files.write(original, sample(new XSSFWorkbook()));

        byte[] xlsx = LibreOffice.convert(original, "xlsx");
        byte[] ods = LibreOffice.convert(original, "ods");

        assertThat(SpreadsheetReader.kind(xlsx)).isEqualTo(SpreadsheetReader.Kind.XLSX);
        assertThat(SpreadsheetReader.kind(ods)).isEqualTo(SpreadsheetReader.Kind.ODS);
        List<Visited> fromOriginal = read(Files.readAllBytes(original), ASKED);
        assertThat(read(xlsx, ASKED)).containsExactlyElementsOf(fromOriginal);
        assertThat(read(ods, ASKED)).containsExactlyElementsOf(fromOriginal);
        assertThat(read(ods, ASKED)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void libreOfficeFixturesReadWithoutLibreOffice() throws Exception {
        byte[] ods = fixture("sample.ods");
        byte[] xlsx = fixture("sample.xlsx");

        assertThat(SpreadsheetReader.kind(ods)).isEqualTo(SpreadsheetReader.Kind.ODS);
        assertThat(FileTypes.spreadsheet(ods)).contains(FileTypes.ODS);
        assertThat(FileTypes.recognise(ods))
                .as("ODS is not an accepted attachment")
                .isEmpty();
        assertThat(SpreadsheetReader.kind(xlsx)).isEqualTo(SpreadsheetReader.Kind.XLSX);
        assertThat(read(ods, ASKED)).containsExactlyElementsOf(EXPECTED);
        assertThat(read(xlsx, ASKED)).containsExactlyElementsOf(EXPECTED);
    }

    /**
     * Regenerates the LibreOffice fixtures (a tool, not a test): run this class's {@code main} from the project root,
     * e.g. from an IDE, with LibreOffice installed.
     */
    public static void main(String[] args) throws Exception {
        Path original = Files.createTempDirectory("fixtures-").resolve("sample.xlsx");
        Files.write(original, sample(new XSSFWorkbook()));
        Path target = Path.of("src/test/resources/spreadsheet");
        Files.createDirectories(target);
        Files.write(target.resolve("sample.xlsx"), LibreOffice.convert(original, "xlsx"));
        Files.write(target.resolve("sample.ods"), LibreOffice.convert(original, "ods"));
    }

    @Test
    void readsHandWrittenOdsWithoutMaterialisingRepeats() throws Exception {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">
                <office:body><office:spreadsheet>
                <table:table table:name="Инструкция"><table:table-row><table:table-cell office:value-type="string">\
                <text:p>не читать</text:p></table:table-cell></table:table-row></table:table>
                <table:table table:name="Практики">
                <table:table-column table:number-columns-repeated="1024"/>
                <table:table-row><table:table-cell office:value-type="string"><text:p>Первая</text:p>\
                <office:annotation><dc:creator>Автор</dc:creator><text:p>комментарий</text:p></office:annotation>\
                </table:table-cell><table:table-cell table:number-columns-repeated="1023"/></table:table-row>
                <table:table-row table:number-rows-repeated="1000000">\
                <table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                <table:table-row><table:table-cell office:value-type="float" office:value="42.50"/>\
                <table:table-cell table:number-columns-repeated="2" office:value-type="string">\
                <text:p>x<text:s text:c="3"/>y<text:tab/><text:span>z</text:span></text:p><text:p>второй\
                <text:line-break/>третий</text:p></table:table-cell>\
                <table:table-cell office:value-type="date" office:date-value="2024-03-01T10:30:00"><text:p>1 мар</text:p>\
                </table:table-cell>\
                <table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>ЛОЖЬ</text:p>\
                </table:table-cell>\
                <table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p>\
                </table:table-cell>\
                <table:table-cell office:value-type="float" office:value="1E3" calcext:value-type="error">\
                <text:p>#DIV/0!</text:p></table:table-cell>\
                <table:covered-table-cell table:number-columns-repeated="3"/>\
                <table:table-cell office:value-type="currency" office:currency="RUB" office:value="1500000.50">\
                <text:p>1 500 000,50 ₽</text:p></table:table-cell>\
                <table:table-cell table:number-columns-repeated="1014"/></table:table-row>
                <table:table-row table:number-rows-repeated="47574">\
                <table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                </table:table>
                </office:spreadsheet></office:body></office:document-content>
                """;
        byte[] ods = ods(content);

        long start = System.nanoTime();
        List<Visited> rows = read(ods, Set.of("Практики"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(rows)
                .containsExactly(
                        new Visited("Практики", 1, cells("Первая")),
                        new Visited(
                                "Практики",
                                1_000_002,
                                cells(
                                        "42.5",
                                        "x   y\tz\nвторой\nтретий",
                                        "x   y\tz\nвторой\nтретий",
                                        "01.03.2024",
                                        "нет",
                                        "0.25",
                                        null,
                                        null,
                                        null,
                                        null,
                                        "1500000.5")));
        assertThat(millis)
                .as("a million repeated empty rows are counted, not built")
                .isLessThan(5_000);
    }

    @Test
    void refusesWhatIsNotASpreadsheet() throws Exception {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        byte[] notOffice = zip(new Entry("hello.txt", "привет".getBytes(StandardCharsets.UTF_8), false));
        byte[] odsWithoutContent = zip(new Entry("mimetype", FileTypes.ODS.getBytes(StandardCharsets.US_ASCII), true));
        byte[] odsWithBrokenContent = ods("<office:document-content><table:table");
        byte[] textDocument = zip(
                new Entry(
                        "mimetype",
                        "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII),
                        true),
                new Entry("content.xml", "<x/>".getBytes(StandardCharsets.UTF_8), false));
        byte[] xlsxWithBrokenSheet = replace(
                sample(new XSSFWorkbook()),
                "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row><c".getBytes(StandardCharsets.UTF_8));

        for (byte[] bad : List.of(random, new byte[0], notOffice, odsWithoutContent, textDocument)) {
            assertThat(SpreadsheetReader.kind(bad)).isNull();
        }
        for (byte[] bad : List.of(
                random,
                new byte[0],
                notOffice,
                odsWithoutContent,
                odsWithBrokenContent,
                textDocument,
                xlsxWithBrokenSheet)) {
            assertThatThrownBy(() -> read(bad, ASKED))
                    .isInstanceOf(SpreadsheetException.class)
                    .hasMessage("Файл повреждён или не является таблицей Excel или LibreOffice; данные не изменены");
        }
    }

    @Test
    void refusesZipBombs() throws Exception {
        byte[] padding = new byte[50 * 1024 * 1024];
        Arrays.fill(padding, (byte) ' ');
        byte[] sheet = concat(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        .getBytes(StandardCharsets.UTF_8),
                padding,
                "<sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
        byte[] xlsxBomb = replace(sample(new XSSFWorkbook()), "xl/worksheets/sheet1.xml", sheet);
        byte[] odsBomb = ods(new String(
                concat("<x>".getBytes(StandardCharsets.UTF_8), padding, "</x>".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));

        for (byte[] bomb : List.of(xlsxBomb, odsBomb)) {
            assertThatThrownBy(() -> read(bomb, ASKED))
                    .isInstanceOf(SpreadsheetException.class)
                    .hasMessage("Файл похож на zip-бомбу (сжатие неправдоподобно велико) и не загружен");
        }
    }

    @Test
    void visitorExceptionsReachTheCallerUnchanged() throws Exception {
        byte[] xlsx = sample(new XSSFWorkbook());
        byte[] ods = fixture("sample.ods");
        for (byte[] content : List.of(xlsx, ods)) {
            assertThatThrownBy(() -> SpreadsheetReader.read(content, ASKED, (sheet, row, cells) -> {
                        throw new IllegalStateException("стоп");
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("стоп");
        }
    }

    @Test
    void readsABigSheet() throws Exception {
        byte[] xlsx;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("Практики");
            for (int r = 0; r < 10_000; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 20; c++) {
                    if (c % 2 == 0) {
                        row.createCell(c).setCellValue("Текст " + r + "-" + c);
                    } else {
                        row.createCell(c).setCellValue(r * 1000.25 + c);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            xlsx = out.toByteArray();
        }
        long start = System.nanoTime();
        int[] rows = {0};
        int[] cells = {0};
        SpreadsheetReader.read(xlsx, Set.of("Практики"), (sheet, row, list) -> {
            rows[0]++;
            cells[0] += list.size();
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("SpreadsheetReader: 10000 x 20 XLSX (" + xlsx.length + " bytes) read in " + millis + " ms");

        assertThat(rows[0]).isEqualTo(10_000);
        assertThat(cells[0]).isEqualTo(200_000);
    }

    // --- the sample workbook ---

    /** The sample: a title merged over two cells, every kind of value, blank rows, a hidden and an unasked sheet. */
    private static byte[] sample(Workbook wb) throws IOException {
        try (wb) {
            CellStyle dotted = wb.createCellStyle();
            dotted.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle builtin = wb.createCellStyle();
            builtin.setDataFormat((short) 14);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            CellStyle wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            CellStyle filled = wb.createCellStyle();
            filled.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);

            Sheet practices = wb.createSheet("Практики");
            practices.createRow(0).createCell(0).setCellValue("Реестр практик");
            practices.getRow(0).createCell(1).setCellStyle(filled);
            practices.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            Row header = practices.createRow(1);
            String[] titles = {
                "Название",
                "Сумма",
                "Год",
                "Дата",
                "Дата 14",
                "Дата текстом",
                "Число текстом",
                "Флаг",
                "Формула",
                "Строка формулой",
                "Ошибка",
                "Доля"
            };
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            Row first = practices.createRow(2);
            first.createCell(0).setCellValue("Практика один");
            first.createCell(1).setCellValue(1500000.5);
            first.createCell(2).setCellValue(2024);
            Cell date = first.createCell(3);
            date.setCellValue(LocalDate.of(2024, 3, 1));
            date.setCellStyle(dotted);
            Cell date14 = first.createCell(4);
            date14.setCellValue(LocalDate.of(2024, 3, 15).atTime(13, 45));
            date14.setCellStyle(builtin);
            first.createCell(5).setCellValue("01.03.2024");
            first.createCell(6).setCellValue("1 500 000,50");
            first.createCell(7).setCellValue(true);
            first.createCell(8).setCellFormula("1+1");
            first.createCell(9).setCellFormula("\"a\"&\"b\"");
            first.createCell(10).setCellFormula("1/0");
            Cell share = first.createCell(11);
            share.setCellValue(0.25);
            share.setCellStyle(percent);
            Row blank = practices.createRow(3);
            for (int i = 0; i < 12; i++) {
                blank.createCell(i).setCellStyle(filled);
            }
            practices.createRow(4).createCell(0).setCellValue("   ");
            Row second = practices.createRow(5);
            Cell lines = second.createCell(0);
            lines.setCellValue("Строка один\nстрока два");
            lines.setCellStyle(wrapped);
            second.createCell(1).setCellValue(1.5e6);
            second.createCell(7).setCellValue(false);
            second.createCell(11).setCellValue(0.5);
            practices.createRow(6).createCell(11).setCellValue("два  пробела и\tтаб");
            practices.createRow(7).createCell(3).setCellStyle(dotted);
            Row third = practices.createRow(8);
            third.createCell(0).setCellValue("  с пробелами  ");
            third.createCell(1).setCellValue(-3.75);
            third.createCell(2).setCellStyle(filled);
            for (int r = 9; r < 40; r++) {
                practices.createRow(r).createCell(r % 12).setCellStyle(filled);
            }

            Sheet lists = wb.createSheet("Списки");
            lists.createRow(0).createCell(0).setCellValue("да");
            lists.createRow(1).createCell(0).setCellValue("нет");
            lists.createRow(2).createCell(0).setCellValue("Практика один");
            wb.setSheetHidden(wb.getSheetIndex(lists), true);

            wb.createSheet("Инструкция").createRow(0).createCell(0).setCellValue("Заполните лист «Практики»");

            if (wb instanceof SXSSFWorkbook streaming) {
                SXSSFFormulaEvaluator.evaluateAllFormulaCells(streaming, false);
            } else {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            if (wb instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
            return out.toByteArray();
        }
    }

    // --- LibreOffice ---

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // --- helpers ---

    private record Visited(String sheet, int row, List<String> cells) {}

    private record Entry(String name, byte[] content, boolean stored) {}

    private static List<String> cells(String... texts) {
        List<String> list = new ArrayList<>(Arrays.asList(texts));
        while (!list.isEmpty() && list.get(list.size() - 1) == null) {
            list.remove(list.size() - 1);
        }
        return list;
    }

    private static List<Visited> read(byte[] content, Set<String> sheets) throws SpreadsheetException {
        List<Visited> rows = new ArrayList<>();
        SpreadsheetReader.read(
                content,
                sheets,
                (sheet, row, list) -> rows.add(new Visited(sheet, row, cells(list.toArray(String[]::new)))));
        return rows;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = SpreadsheetReaderTests.class.getResourceAsStream("/spreadsheet/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] ods(String contentXml) throws IOException {
        return zip(
                new Entry("mimetype", FileTypes.ODS.getBytes(StandardCharsets.US_ASCII), true),
                new Entry("content.xml", contentXml.getBytes(StandardCharsets.UTF_8), false));
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                ZipEntry entry = new ZipEntry(e.name());
                if (e.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(e.content());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.content().length);
                    entry.setCompressedSize(e.content().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.content());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The package with one entry's content replaced. */
    private static byte[] replace(byte[] pkg, String name, byte[] content) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Path tmp = Files.createTempFile("sheet-test-", ".zip");
        try {
            Files.write(tmp, pkg);
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        byte[] bytes = in.readAllBytes();
                        entries.add(new Entry(e.getName(), e.getName().equals(name) ? content : bytes, false));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return zip(entries.toArray(Entry[]::new));
    }

    private static String sheetXml(byte[] pkg, String name) throws IOException {
        Path tmp = Files.createTempFile("sheet-test-", ".zip");
        try {
            Files.write(tmp, pkg);
            try (ZipFile zip = new ZipFile(tmp.toFile());
                    InputStream in = zip.getInputStream(zip.getEntry(name))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
