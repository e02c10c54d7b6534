package ru.praktika.practice.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.praktika.practice.CardCatalogue;
import ru.praktika.practice.CardCatalogue.Field;
import ru.praktika.practice.CardCatalogue.Group;
import ru.praktika.practice.CardCatalogue.Kind;
import ru.praktika.practice.CardTexts;
import ru.praktika.practice.PracticeCard;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.RussianDates;
import ru.praktika.shared.spreadsheet.SpreadsheetException;
import ru.praktika.shared.spreadsheet.SpreadsheetReader;

/**
 * The council's workbook, laid out from {@link CardCatalogue}: the sheet «Практики» has one row per card and one column
 * per card field; every repeatable group (participants, money, results, links, legal acts) has a sheet of its own, one
 * row per row of a card, tied to its card by the external id. No group has a fixed number of slots, so exporting any
 * card and importing it back changes nothing. Writing streams the rows ({@link SXSSFWorkbook}); reading streams the
 * sheets of an XLSX or an ODS file ({@link SpreadsheetReader}), finds each sheet's header row by its «Внешний код»
 * column (title rows and merged cells above it are skipped) and takes columns by their headers, in any order.
 */
final class PracticeWorkbook {

    static final String SHEET = CardCatalogue.MAIN_SHEET;
    static final String LISTS = "Списки";
    static final String INSTRUCTIONS = "Инструкция";
    /** At most this many cards, and this many rows on any sheet. */
    static final int MAX_ROWS = 10_000;

    static final int MAX_GROUP_ROWS = 100_000;

    static {
        // a workbook is a zip: refuse zip bombs and giant entries before anything is inflated in full
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    /**
     * The values the template's drop-down lists offer.
     *
     * @param municipalities OKTMO → name of the caller's region
     * @param nationalProjects national project codes of the year's period
     * @param federalProjects federal project codes of the year's period
     */
    record Lists(Map<String, String> municipalities, List<String> nationalProjects, List<String> federalProjects) {}

    /** Where a value of a card was read: a sheet, a row, a column header. */
    record Place(String sheet, int row, String column) {}

    /**
     * A card as read from every sheet.
     *
     * @param externalId its external id
     * @param row its row on the main sheet
     * @param texts its texts
     * @param present the card fields and groups the file has columns or a sheet for (the others are kept as they are)
     * @param places field path → where it was read ({@code results[2]} → the row of that result)
     * @param hash SHA-256 of what the file says about the card
     */
    record ReadCard(
            String externalId, int row, CardTexts texts, Set<String> present, Map<String, Place> places, String hash) {

        /** Where a field path of this card came from: its own cell, its row, or the card's main row. */
        Place place(String path) {
            Place p = places.get(path);
            if (p != null) {
                return p;
            }
            int dot = path.lastIndexOf('.');
            if (dot > 0 && places.containsKey(path.substring(0, dot))) {
                Place rowPlace = places.get(path.substring(0, dot));
                String field = path.substring(dot + 1);
                String group = path.substring(0, path.indexOf('['));
                String column = CardCatalogue.group(group)
                        .flatMap(g -> g.field(field))
                        .map(Field::header)
                        .orElse(null);
                return new Place(rowPlace.sheet(), rowPlace.row(), column);
            }
            String top = path.replaceAll("[\\[.].*", "");
            String column = CardCatalogue.field(top).map(Field::header).orElse(null);
            return new Place(SHEET, row, column);
        }

        /** What the file holds at a place, shortened for a report. */
        String shown(String path) {
            String v = value(path);
            return v == null || v.length() <= 100 ? v : v.substring(0, 100) + "…";
        }

        private String value(String path) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)").matcher(path);
            if (m.matches()) {
                List<Map<String, String>> rows = texts.rowsOf(m.group(1));
                int i = Integer.parseInt(m.group(2));
                String v = i < rows.size() ? rows.get(i).get(m.group(3)) : null;
                return v == null || v.isEmpty() ? null : v;
            }
            String v = texts.fields().get(path);
            return v == null || v.isEmpty() ? null : v;
        }
    }

    /**
     * A problem of the file at a place.
     *
     * @param place where
     * @param message what is wrong, in Russian
     * @param value what the cell holds, or null
     */
    record Problem(Place place, String message, String value) {}

    /**
     * What a file says: its cards in the order of the main sheet, and the problems found while reading (unreadable
     * values, rows of a group whose card is not on the main sheet, repeated ids).
     */
    record Read(List<ReadCard> cards, List<Problem> problems) {}

    private PracticeWorkbook() {}

    static byte[] write(int year, String regionName, List<PracticeCard> cards, Lists lists) {
        return write(year, regionName, cards, Map.of(), lists);
    }

    /** A workbook of cards, each row carrying its external id (or «#id» for a card made on the site). */
    static byte[] write(
            int year, String regionName, List<PracticeCard> cards, Map<Long, String> externalIds, Lists lists) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            instructions(wb, year, regionName);
            Sheet main = wb.createSheet(SHEET);
            header(main, styles, CardCatalogue.FIELDS);
            Map<Group, Sheet> sheets = new LinkedHashMap<>();
            for (Group g : CardCatalogue.GROUPS) {
                Sheet s = wb.createSheet(g.sheet());
                header(s, styles, g.fields());
                sheets.put(g, s);
            }
            Map<Group, Integer> next = new HashMap<>();
            int r = 1;
            for (PracticeCard card : cards) {
                String key = externalIds.getOrDefault(card.id(), "#" + card.id());
                CardTexts texts = CardTexts.of(card, CardTexts.Style.WORDS);
                Row row = main.createRow(r++);
                row.createCell(0).setCellValue(key);
                for (int c = 0; c < CardCatalogue.FIELDS.size(); c++) {
                    Field f = CardCatalogue.FIELDS.get(c);
                    put(row, c + 1, f.kind(), texts.field(f.name()), styles);
                }
                for (Group g : CardCatalogue.GROUPS) {
                    for (Map<String, String> values : texts.rowsOf(g.name())) {
                        int n = next.merge(g, 1, Integer::sum);
                        Row gr = sheets.get(g).createRow(n);
                        gr.createCell(0).setCellValue(key);
                        for (int c = 0; c < g.fields().size(); c++) {
                            Field f = g.fields().get(c);
                            put(gr, c + 1, f.kind(), values.get(f.name()), styles);
                        }
                    }
                }
            }
            lists(wb, main, sheets, lists);
            wb.setActiveSheet(1);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось сформировать XLSX", e);
        }
    }

    /** The styles of a workbook, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;

        Styles(Workbook wb) {
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            text = wb.createCellStyle();
            text.setQuotePrefixed(true);
            date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        }
    }

    private static void header(Sheet sheet, Styles styles, List<Field> fields) {
        Row head = sheet.createRow(0);
        Cell key = head.createCell(0);
        key.setCellValue(CardCatalogue.KEY_HEADER);
        key.setCellStyle(styles.header);
        sheet.setColumnWidth(0, 14 * 256);
        for (int c = 0; c < fields.size(); c++) {
            Cell cell = head.createCell(c + 1);
            cell.setCellValue(fields.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c + 1, (fields.get(c).multiline() ? 40 : 18) * 256);
        }
        sheet.createFreezePane(1, 1);
    }

    /**
     * A value in its cell: numbers and dates as numbers and dates Excel understands (when the number survives the trip
     * through a double exactly), everything else as text; a text that Excel would take for a formula is marked as text.
     */
    private static void put(Row row, int column, Kind kind, String text, Styles styles) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        if (kind.numeric() && kind != Kind.REFERENCE) {
            BigDecimal n = new BigDecimal(text);
            double d = n.doubleValue();
            if (Double.isFinite(d) && new BigDecimal(Double.toString(d)).compareTo(n) == 0) {
                cell.setCellValue(d);
                return;
            }
        }
        if (kind == Kind.DATE) {
            java.time.LocalDate d = RussianDates.parse(text);
            if (d != null) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
                return;
            }
        }
        cell.setCellValue(text);
        if ("=+-@".indexOf(text.charAt(0)) >= 0) {
            cell.setCellStyle(styles.text);
        }
    }

    private static void lists(SXSSFWorkbook wb, Sheet main, Map<Group, Sheet> sheets, Lists lists) {
        Sheet hidden = wb.createSheet(LISTS);
        List<List<String>> columns = List.of(
                new ArrayList<>(lists.municipalities().keySet()),
                new ArrayList<>(lists.municipalities().values()),
                lists.nationalProjects(),
                lists.federalProjects(),
                new ArrayList<>(CardTexts.MECHANISMS.values()),
                new ArrayList<>(CardTexts.SOURCES.values()));
        int longest = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < longest; r++) {
            Row row = hidden.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                if (r < columns.get(c).size()) {
                    row.createCell(c).setCellValue(columns.get(c).get(r));
                }
            }
        }
        wb.setSheetHidden(wb.getSheetIndex(hidden), true);
        Map<Kind, String> ranges = Map.of(
                Kind.OKTMO, range("A", lists.municipalities().size()),
                Kind.NATIONAL_PROJECT, range("C", lists.nationalProjects().size()),
                Kind.FEDERAL_PROJECT, range("D", lists.federalProjects().size()),
                Kind.MECHANISM, range("E", CardTexts.MECHANISMS.size()),
                Kind.SOURCE, range("F", CardTexts.SOURCES.size()));
        validations(main, CardCatalogue.FIELDS, ranges);
        sheets.forEach((g, s) -> validations(s, g.fields(), ranges));
    }

    private static String range(String column, int size) {
        return LISTS + "!$" + column + "$1:$" + column + "$" + Math.max(1, size);
    }

    private static void validations(Sheet sheet, List<Field> fields, Map<Kind, String> ranges) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < fields.size(); c++) {
            String range = ranges.get(fields.get(c).kind());
            if (range == null) {
                continue;
            }
            DataValidation v = helper.createValidation(
                    helper.createFormulaListConstraint(range), new CellRangeAddressList(1, MAX_ROWS, c + 1, c + 1));
            v.setShowErrorBox(true);
            v.createErrorBox("Значение не из списка", "Выберите значение из списка");
            sheet.addValidationData(v);
        }
    }

    private static void instructions(Workbook wb, int year, String regionName) {
        Sheet s = wb.createSheet(INSTRUCTIONS);
        List<String> lines = new ArrayList<>(List.of(
                "Шаблон практик кампании " + year + " года" + (regionName == null ? "" : " — " + regionName),
                "",
                "Лист «" + SHEET + "»: одна строка — одна практика. Поля со звёздочкой обязательны.",
                "Внешний код — ваш номер практики (например, 59-001). Повторная загрузка файла с тем же кодом обновит"
                        + " практику, а не создаст новую; без изменений ничего не произойдёт.",
                "Результаты, источники финансирования, связи с нацпроектами, правовые акты и участвующие МО — на своих"
                        + " листах: по строке на каждый результат, источник, связь, акт или МО, с внешним кодом"
                        + " практики в первом столбце. Строк у одной практики может быть сколько угодно.",
                "Лист группы, которого нет в файле, и столбец, которого нет на листе, ничего не меняют у уже"
                        + " загруженных практик.",
                "ОКТМО — 8 цифр; выбирайте из списка муниципальных образований вашего региона. Два и больше МО делают"
                        + " практику межмуниципальной.",
                "Даты: 01.03.2024, 1.3.2024, 2024-03-01 или «1 марта 2024». Суммы — в рублях, числом: 1 500 000 или"
                        + " 1500000,50.",
                "Связь: код национального проекта (например, NP19-04) и федерального (NP19-04-FP03) из списков.",
                "Формулы не вычисляются: читается значение, которое программа сохранила в ячейке.",
                "Файл можно заполнять в Excel, LibreOffice Calc, МойОфис или Р7-Офис и сохранять как .xlsx или .ods.",
                "Файл с ошибками не загружается целиком: исправьте все строки из отчёта и загрузите снова.",
                "Не больше " + MAX_ROWS + " практик и 20 МБ.",
                "",
                "Поля практики:"));
        CardCatalogue.FIELDS.forEach(f -> lines.add("  " + f.header() + (f.help() == null ? "" : " — " + f.help())));
        for (int i = 0; i < lines.size(); i++) {
            s.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        s.setColumnWidth(0, 120 * 256);
    }

    /** Headers compared loosely: case, stars, spaces and «ё» do not matter. */
    static String normal(String header) {
        return header == null
                ? ""
                : header.toLowerCase(Locale.ROOT)
                        .replace('ё', 'е')
                        .replace("*", "")
                        .replaceAll("[\\s\\u00a0]+", " ")
                        .strip();
    }

    /** Headers of earlier templates that still name a field. */
    private static final Map<String, String> ALIASES =
            Map.of("название", "title", "начало", "periodFrom", "электронная почта", "contactEmail");

    /** The columns of one sheet: index → field name (the key column as "#key"). */
    private static Map<Integer, String> columns(List<String> header, List<Field> fields) {
        Map<String, String> byHeader = new HashMap<>();
        fields.forEach(f -> {
            byHeader.put(normal(f.header()), f.name());
            byHeader.put(normal(f.label()), f.name());
        });
        if (fields == CardCatalogue.FIELDS) {
            ALIASES.forEach(byHeader::putIfAbsent);
        }
        byHeader.put(normal(CardCatalogue.KEY_HEADER), "#key");
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = byHeader.get(normal(header.get(c)));
            if (name != null && !columns.containsValue(name)) {
                columns.put(c, name);
            }
        }
        return columns;
    }

    /** One sheet as read: its header, where each field is, and its rows. */
    private static final class SheetData {
        final String name;
        final List<Field> fields;
        Map<Integer, String> columns;
        final List<Integer> rowNumbers = new ArrayList<>();
        final List<Map<String, String>> rows = new ArrayList<>();
        final List<String> keys = new ArrayList<>();

        SheetData(String name, List<Field> fields) {
            this.name = name;
            this.fields = fields;
        }
    }

    /**
     * Reads every sheet of a workbook (XLSX or ODS) into cards; rows with every cell empty are skipped.
     *
     * @throws SpreadsheetException when the file cannot be read as a spreadsheet, or is too big, or has no main sheet
     */
    static Read read(byte[] content) throws SpreadsheetException {
        Map<String, SheetData> sheets = new LinkedHashMap<>();
        sheets.put(SHEET, new SheetData(SHEET, CardCatalogue.FIELDS));
        CardCatalogue.GROUPS.forEach(g -> sheets.put(g.sheet(), new SheetData(g.sheet(), g.fields())));
        int[] total = {0};
        try {
            readSheets(content, sheets, total);
        } catch (TooBig e) {
            throw new SpreadsheetException(e.getMessage());
        }
        SheetData main = sheets.get(SHEET);
        if (main.columns == null) {
            throw new SpreadsheetException("В файле нет листа «" + SHEET
                    + "» со столбцом «Внешний код»: скачайте шаблон кампании и заполните его");
        }
        return assemble(main, sheets);
    }

    /** A file with more rows than accepted (thrown from inside the reading, where checked exceptions cannot go). */
    private static final class TooBig extends RuntimeException {
        TooBig(String message) {
            super(message, null, false, false);
        }
    }

    private static void readSheets(byte[] content, Map<String, SheetData> sheets, int[] total)
            throws SpreadsheetException {
        SpreadsheetReader.read(content, sheets.keySet(), (sheetName, number, cells) -> {
            SheetData sheet = sheets.get(sheetName);
            if (sheet.columns == null) {
                if (cells.stream().anyMatch(c -> normal(c).equals(normal(CardCatalogue.KEY_HEADER)))) {
                    sheet.columns = columns(cells, sheet.fields);
                }
                return; // rows above the header are titles
            }
            if (++total[0] > MAX_GROUP_ROWS || (sheet.name.equals(SHEET) && sheet.rows.size() >= MAX_ROWS)) {
                throw new TooBig(
                        sheet.name.equals(SHEET)
                                ? "В файле больше " + MAX_ROWS + " практик: разделите его на несколько файлов"
                                : "В файле больше " + MAX_GROUP_ROWS + " строк: разделите его на несколько файлов");
            }
            Map<String, String> values = new HashMap<>();
            String key = null;
            for (Map.Entry<Integer, String> c : sheet.columns.entrySet()) {
                String v = c.getKey() < cells.size() ? cells.get(c.getKey()) : null;
                if (c.getValue().equals("#key")) {
                    key = v == null ? null : v.strip();
                } else if (v != null) {
                    values.put(c.getValue(), v);
                }
            }
            if (key == null && values.isEmpty()) {
                return; // only columns we do not read
            }
            sheet.rowNumbers.add(number);
            sheet.keys.add(key);
            sheet.rows.add(values);
        });
    }

    private static Read assemble(SheetData main, Map<String, SheetData> sheets) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<Map<String, String>> fields = new ArrayList<>();
        List<Map<String, List<Map<String, String>>>> rows = new ArrayList<>();
        List<Map<String, Place>> places = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> mainRows = new ArrayList<>();
        Set<String> presentFields = new LinkedHashSet<>(main.columns.values());
        for (int i = 0; i < main.rows.size(); i++) {
            String key = main.keys.get(i);
            int number = main.rowNumbers.get(i);
            if (key == null) {
                problems.add(new Problem(
                        new Place(SHEET, number, CardCatalogue.KEY_HEADER), "Укажите внешний код практики", null));
                continue;
            }
            Integer first = index.putIfAbsent(key, keys.size());
            if (first != null) {
                problems.add(new Problem(
                        new Place(SHEET, number, CardCatalogue.KEY_HEADER),
                        "Этот код уже есть в строке " + mainRows.get(first),
                        key));
                continue;
            }
            keys.add(key);
            mainRows.add(number);
            fields.add(main.rows.get(i));
            rows.add(new LinkedHashMap<>());
            places.add(new HashMap<>());
        }
        Set<String> presentGroups = new LinkedHashSet<>();
        for (Group g : CardCatalogue.GROUPS) {
            SheetData sheet = sheets.get(g.sheet());
            if (sheet.columns == null) {
                continue; // the file says nothing about this group
            }
            presentGroups.add(g.name());
            for (int i = 0; i < sheet.rows.size(); i++) {
                String key = sheet.keys.get(i);
                int number = sheet.rowNumbers.get(i);
                Integer card = key == null ? null : index.get(key);
                if (card == null) {
                    problems.add(new Problem(
                            new Place(g.sheet(), number, CardCatalogue.KEY_HEADER),
                            key == null
                                    ? "Укажите внешний код практики, к которой относится строка"
                                    : "Практики с кодом «" + key + "» нет на листе «" + SHEET + "»",
                            key));
                    continue;
                }
                List<Map<String, String>> list = rows.get(card).computeIfAbsent(g.name(), k -> new ArrayList<>());
                places.get(card).put(g.name() + "[" + list.size() + "]", new Place(g.sheet(), number, null));
                list.add(sheet.rows.get(i));
            }
        }
        List<ReadCard> cards = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            Map<String, List<Map<String, String>>> groups = rows.get(i);
            presentGroups.forEach(g -> groups.putIfAbsent(g, List.of()));
            CardTexts texts = new CardTexts(fields.get(i), groups);
            Set<String> present = new LinkedHashSet<>(presentFields);
            present.addAll(presentGroups);
            present.remove("#key");
            cards.add(new ReadCard(keys.get(i), mainRows.get(i), texts, present, places.get(i), hash(texts)));
        }
        return new Read(cards, problems);
    }

    /**
     * The texts of the card with what the file does not say taken from the card as it is: a field without a column,
     * a group without a sheet.
     */
    static CardTexts merged(ReadCard read, CardTexts current) {
        Map<String, String> fields = new LinkedHashMap<>(current.fields());
        read.present().forEach(name -> {
            if (CardCatalogue.field(name).isPresent()) {
                fields.put(name, read.texts().fields().getOrDefault(name, ""));
            }
        });
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>(current.rows());
        read.present().forEach(name -> {
            if (CardCatalogue.group(name).isPresent()) {
                rows.put(name, read.texts().rowsOf(name));
            }
        });
        return new CardTexts(fields, rows);
    }

    /** A fingerprint of what the file says about a card, to see on the next import whether the card changed. */
    static String hash(CardTexts texts) {
        StringBuilder b = new StringBuilder();
        for (Field f : CardCatalogue.FIELDS) {
            b.append(f.name())
                    .append('=')
                    .append(texts.fields().getOrDefault(f.name(), ""))
                    .append('\u0001');
        }
        for (Group g : CardCatalogue.GROUPS) {
            if (!texts.rows().containsKey(g.name())) {
                continue;
            }
            b.append(g.name()).append('\u0002');
            for (Map<String, String> row : texts.rowsOf(g.name())) {
                for (Field f : g.fields()) {
                    b.append(row.getOrDefault(f.name(), "")).append('\u0001');
                }
                b.append('\u0003');
            }
        }
        return FileTypes.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
