package ru.praktika.practice.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeParts;

/**
 * The council's workbook: one row per practice, one column per card field, results and links in repeatable column
 * groups, money one column per source. Writes the template (with drop-down lists and an instructions sheet) and
 * exports, and reads rows back — values only, formulas never evaluated (their cached values are read), dates and
 * numbers in common Russian forms.
 */
final class PracticeWorkbook {

    static final String SHEET = "Практики";
    static final int MAX_ROWS = 10_000;

    static final List<String> COLUMNS = List.of(
            "Внешний код*",
            "ОКТМО ведущего МО*",
            "ОКТМО участников (через запятую)",
            "Название*",
            "Проблема",
            "Цели и задачи",
            "Что сделано",
            "Начало",
            "Окончание",
            "Механизм",
            "Партнёры",
            "Благополучатели",
            "Федеральный бюджет, руб.",
            "Региональный бюджет, руб.",
            "Местный бюджет, руб.",
            "Внебюджетные средства, руб.",
            "Результат 1: показатель",
            "Результат 1: единица",
            "Результат 1: база",
            "Результат 1: год базы",
            "Результат 1: цель",
            "Результат 1: факт",
            "Результат 1: год факта",
            "Результат 2: показатель",
            "Результат 2: единица",
            "Результат 2: база",
            "Результат 2: год базы",
            "Результат 2: цель",
            "Результат 2: факт",
            "Результат 2: год факта",
            "Связь 1: нацпроект",
            "Связь 1: федпроект",
            "Связь 1: вклад",
            "Связь 2: нацпроект",
            "Связь 2: федпроект",
            "Связь 2: вклад",
            "Акт: вид",
            "Акт: номер",
            "Акт: дата",
            "Акт: наименование",
            "Условия тиражирования",
            "Риски и уроки",
            "Контактное лицо",
            "Телефон",
            "Эл. почта");
    static final FinancingSource[] SOURCES = {
        FinancingSource.FEDERAL, FinancingSource.REGIONAL, FinancingSource.LOCAL, FinancingSource.EXTRA_BUDGETARY
    };
    static final Map<Mechanism, String> MECHANISMS = new LinkedHashMap<>();

    static {
        MECHANISMS.put(Mechanism.BUDGET, "бюджет");
        MECHANISMS.put(Mechanism.INITIATIVE_BUDGETING, "инициативное бюджетирование");
        MECHANISMS.put(Mechanism.CONCESSION, "концессия");
        MECHANISMS.put(Mechanism.PPP, "ГЧП/МЧП");
        MECHANISMS.put(Mechanism.GRANT, "грант");
        MECHANISMS.put(Mechanism.TOS, "ТОС");
        MECHANISMS.put(Mechanism.VOLUNTEERS, "волонтёры");
        // a workbook is a zip: refuse zip bombs and giant entries before anything is inflated in full
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    /**
     * A row read from the workbook.
     *
     * @param row its number as Excel shows it
     * @param externalId the external id
     * @param draft the card it describes
     * @param hash the SHA-256 of its cell texts, to see whether it changed
     * @param cells the cell texts as read
     * @param errors every cell that could not be read, in the order of the columns
     */
    record ReadRow(
            int row,
            String externalId,
            PracticeDraft draft,
            String hash,
            List<String> cells,
            List<CellProblem> errors) {

        /** What the row holds in a column, shortened for a report; null when the cell is empty. */
        String shown(int column) {
            String v = column < 0 ? null : cells.get(column);
            return v == null || v.length() <= 100 ? v : v.substring(0, 100) + "…";
        }
    }

    /**
     * A problem in one cell of a row.
     *
     * @param column the column's index in {@link #COLUMNS}, or -1 when the problem belongs to no single column
     * @param message what is wrong, in Russian
     */
    record CellProblem(int column, String message) {}

    /**
     * The values the template's drop-down lists offer.
     *
     * @param municipalities OKTMO → name of the caller's region
     * @param nationalProjects national project codes of the year's period
     * @param federalProjects federal project codes of the year's period
     */
    record Lists(Map<String, String> municipalities, List<String> nationalProjects, List<String> federalProjects) {}

    private PracticeWorkbook() {}

    /** Whether a row says exactly what a card says (the export of that card would give the same cells). */
    static boolean same(List<String> cells, PracticeCard card) {
        List<String> current = values(card);
        for (int c = 1; c < COLUMNS.size(); c++) {
            String a = cells.get(c), b = current.get(c);
            if (!(a == null ? "" : a).equals(b == null ? "" : b)) {
                return false;
            }
        }
        return true;
    }

    static byte[] write(int year, String regionName, List<PracticeCard> cards, Lists lists) {
        return write(year, regionName, cards, Map.of(), lists);
    }

    /** A workbook of cards, each row carrying its external id (or «#id» for a card made on the site). */
    static byte[] write(
            int year, String regionName, List<PracticeCard> cards, Map<Long, String> externalIds, Lists lists) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle text = wb.createCellStyle();
            text.setQuotePrefixed(true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, c >= 3 && c <= 6 ? 40 * 256 : 18 * 256);
            }
            sheet.createFreezePane(2, 1);
            int r = 1;
            for (PracticeCard card : cards) {
                Row row = sheet.createRow(r++);
                List<String> values = values(card);
                values.set(0, externalIds.getOrDefault(card.id(), "#" + card.id()));
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (v != null && !v.isEmpty()) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(v);
                        if ("=+-@".indexOf(v.charAt(0)) >= 0) {
                            cell.setCellStyle(text);
                        }
                    }
                }
            }
            lists(wb, sheet, lists);
            instructions(wb, year, regionName);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось сформировать XLSX", e);
        }
    }

    private static void lists(XSSFWorkbook wb, Sheet sheet, Lists lists) {
        Sheet hidden = wb.createSheet("Списки");
        int r = 0;
        for (Map.Entry<String, String> m : lists.municipalities().entrySet()) {
            Row row = hidden.getRow(r) == null ? hidden.createRow(r) : hidden.getRow(r);
            row.createCell(0).setCellValue(m.getKey());
            row.createCell(1).setCellValue(m.getValue());
            r++;
        }
        put(hidden, 2, lists.nationalProjects());
        put(hidden, 3, lists.federalProjects());
        put(hidden, 4, new ArrayList<>(MECHANISMS.values()));
        wb.setSheetHidden(wb.getSheetIndex(hidden), true);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        validation(
                sheet,
                helper,
                "Списки!$A$1:$A$" + Math.max(1, lists.municipalities().size()),
                1);
        validation(
                sheet,
                helper,
                "Списки!$C$1:$C$" + Math.max(1, lists.nationalProjects().size()),
                30);
        validation(
                sheet,
                helper,
                "Списки!$C$1:$C$" + Math.max(1, lists.nationalProjects().size()),
                33);
        validation(
                sheet,
                helper,
                "Списки!$D$1:$D$" + Math.max(1, lists.federalProjects().size()),
                31);
        validation(
                sheet,
                helper,
                "Списки!$D$1:$D$" + Math.max(1, lists.federalProjects().size()),
                34);
        validation(sheet, helper, "Списки!$E$1:$E$" + MECHANISMS.size(), 9);
    }

    private static void put(Sheet sheet, int column, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
            row.createCell(column).setCellValue(values.get(i));
        }
    }

    private static void validation(Sheet sheet, DataValidationHelper helper, String range, int column) {
        DataValidation v = helper.createValidation(
                helper.createFormulaListConstraint(range), new CellRangeAddressList(1, MAX_ROWS, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox("Значение не из списка", "Выберите значение из списка");
        sheet.addValidationData(v);
    }

    private static void instructions(XSSFWorkbook wb, int year, String regionName) {
        Sheet s = wb.createSheet("Инструкция");
        String[] lines = {
            "Шаблон практик кампании " + year + " года" + (regionName == null ? "" : " — " + regionName),
            "",
            "Одна строка — одна практика. Поля со звёздочкой обязательны.",
            "Внешний код — ваш номер практики (например, 59-001). Повторная загрузка файла с тем же кодом обновит практику,"
                    + " а не создаст новую; без изменений ничего не произойдёт.",
            "ОКТМО — 8 цифр; выбирайте из списка муниципальных образований вашего региона. Участников перечислите через"
                    + " запятую: два и больше МО делают практику межмуниципальной.",
            "Даты: 01.03.2024, 1.3.2024, 2024-03-01 или «1 марта 2024». Суммы — в рублях, числом: 1 500 000 или 1500000,50.",
            "Связь: код национального проекта (например, NP19-04) и федерального (NP19-04-FP03) из списков.",
            "Формулы не вычисляются: читается значение, которое Excel сохранил в ячейке.",
            "Файл с ошибками не загружается целиком: исправьте все строки из отчёта и загрузите снова.",
            "Не больше " + MAX_ROWS + " строк и 20 МБ."
        };
        for (int i = 0; i < lines.length; i++) {
            s.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        s.setColumnWidth(0, 120 * 256);
        wb.setSheetOrder("Инструкция", 0);
        wb.setActiveSheet(1);
    }

    static List<String> values(PracticeCard c) {
        List<String> v = new ArrayList<>();
        v.add(null);
        v.add(c.leadMunicipality());
        v.add(String.join(
                ", ",
                c.municipalities().stream()
                        .filter(m -> !m.equals(c.leadMunicipality()))
                        .toList()));
        v.add(c.title());
        v.add(c.problem());
        v.add(c.goals());
        v.add(c.description());
        v.add(date(c.periodFrom()));
        v.add(date(c.periodTo()));
        v.add(c.mechanism() == null ? null : MECHANISMS.get(c.mechanism()));
        v.add(c.partners());
        v.add(c.beneficiaries());
        for (FinancingSource s : SOURCES) {
            v.add(c.financing().stream()
                    .filter(f -> f.source() == s)
                    .map(f -> plain(f.amountRub()))
                    .findFirst()
                    .orElse(null));
        }
        for (int i = 0; i < 2; i++) {
            PracticeParts.ResultRow r = i < c.results().size() ? c.results().get(i) : null;
            v.add(r == null ? null : r.indicator());
            v.add(r == null ? null : r.unit());
            v.add(r == null ? null : plain(r.baseValue()));
            v.add(r == null || r.baseYear() == null ? null : r.baseYear().toString());
            v.add(r == null ? null : plain(r.targetValue()));
            v.add(r == null ? null : plain(r.actualValue()));
            v.add(r == null || r.actualYear() == null ? null : r.actualYear().toString());
        }
        for (int i = 0; i < 2; i++) {
            PracticeParts.LinkRow l = i < c.links().size() ? c.links().get(i) : null;
            v.add(l == null ? null : l.nationalProject());
            v.add(l == null ? null : l.federalProject());
            v.add(l == null ? null : l.contribution());
        }
        PracticeParts.LegalActRow a =
                c.legalActs().isEmpty() ? null : c.legalActs().get(0);
        v.add(a == null ? null : a.type());
        v.add(a == null ? null : a.number());
        v.add(a == null ? null : date(a.date()));
        v.add(a == null ? null : a.title());
        v.add(c.replicability());
        v.add(c.lessons());
        v.add(c.contactName());
        v.add(c.contactPhone());
        v.add(c.contactEmail());
        return v;
    }

    /** The workbook's rows; a row with every cell empty is skipped. */
    static List<ReadRow> read(byte[] content, int year, String region) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                throw new IOException("В файле нет листа «" + SHEET + "»: скачайте шаблон кампании и заполните его");
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new IOException("В файле больше " + MAX_ROWS + " строк: разделите его на несколько файлов");
            }
            List<ReadRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String t = text(row.getCell(c));
                    if (t != null && (c == 1) && t.matches("\\d{7}")) {
                        t = "0" + t; // an OKTMO typed as a number loses its leading zero
                    }
                    cells.add(t);
                    any |= t != null;
                }
                if (any) {
                    rows.add(row(r + 1, cells, year, region));
                }
            }
            return rows;
        }
    }

    private static ReadRow row(int number, List<String> cells, int year, String region) {
        List<CellProblem> errors = new ArrayList<>();
        String externalId = cells.get(0);
        if (externalId == null) {
            errors.add(new CellProblem(0, "Укажите внешний код практики"));
        }
        List<String> others = new ArrayList<>();
        if (cells.get(2) != null) {
            for (String o : cells.get(2).split("[,;\\s]+")) {
                if (!o.isBlank()) {
                    others.add(o.strip());
                }
            }
        }
        Mechanism mechanism = null;
        if (cells.get(9) != null) {
            String m = cells.get(9).strip();
            mechanism = MECHANISMS.entrySet().stream()
                    .filter(e -> e.getValue().equalsIgnoreCase(m)
                            || e.getKey().name().equalsIgnoreCase(m))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (mechanism == null) {
                errors.add(new CellProblem(9, "Неизвестный механизм: выберите из списка"));
            }
        }
        List<PracticeParts.FinancingRow> financing = new ArrayList<>();
        for (int i = 0; i < SOURCES.length; i++) {
            BigDecimal amount = number(cells, 12 + i, errors);
            if (amount != null) {
                financing.add(new PracticeParts.FinancingRow(SOURCES[i], amount));
            }
        }
        List<PracticeParts.ResultRow> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int b = 16 + i * 7;
            if (cells.subList(b, b + 7).stream().anyMatch(x -> x != null)) {
                results.add(new PracticeParts.ResultRow(
                        cells.get(b),
                        cells.get(b + 1),
                        number(cells, b + 2, errors),
                        integer(cells, b + 3, errors),
                        number(cells, b + 4, errors),
                        number(cells, b + 5, errors),
                        integer(cells, b + 6, errors)));
            }
        }
        List<PracticeParts.LinkRow> links = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int b = 30 + i * 3;
            if (cells.get(b) != null || cells.get(b + 1) != null) {
                links.add(PracticeParts.LinkRow.of(cells.get(b), cells.get(b + 1), null, null, cells.get(b + 2)));
            }
        }
        List<PracticeParts.LegalActRow> acts = new ArrayList<>();
        if (cells.subList(36, 40).stream().anyMatch(x -> x != null)) {
            acts.add(new PracticeParts.LegalActRow(
                    cells.get(36), cells.get(37), date(cells, 38, errors), cells.get(39)));
        }
        PracticeDraft draft = new PracticeDraft(
                year,
                region,
                cells.get(1),
                others,
                cells.get(3),
                cells.get(4),
                cells.get(5),
                cells.get(6),
                date(cells, 7, errors),
                date(cells, 8, errors),
                financing,
                mechanism,
                cells.get(10),
                cells.get(11),
                results,
                acts,
                links,
                cells.get(40),
                cells.get(41),
                cells.get(42),
                null,
                cells.get(43),
                cells.get(44),
                null);
        String hash = ru.praktika.shared.FileTypes.sha256(String.join(
                        "\u0001", cells.stream().map(x -> x == null ? "" : x).toList())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new ReadRow(number, externalId, draft, hash, cells, errors);
    }

    private static final Pattern PATH = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");
    private static final List<String> SINGLE = List.of(
            "externalId",
            "leadMunicipality",
            "municipalities",
            "title",
            "problem",
            "goals",
            "description",
            "periodFrom",
            "periodTo",
            "mechanism",
            "partners",
            "beneficiaries");
    private static final List<String> RESULT =
            List.of("indicator", "unit", "baseValue", "baseYear", "targetValue", "actualValue", "actualYear");
    private static final List<String> LINK = List.of("nationalProject", "federalProject", "contribution");
    private static final List<String> ACT = List.of("type", "number", "date", "title");
    private static final List<String> TAIL =
            List.of("replicability", "lessons", "contactName", "contactPhone", "contactEmail");

    /**
     * The column a card field path of a row's draft comes from ({@code results[1].actualYear} → the index of «Результат
     * 2: год факта»), or -1 when no single column holds it. Rows of the draft are counted among the filled column
     * groups only, as {@link #read} made them.
     */
    static int locate(String path, ReadRow row) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return -1;
        }
        String field = m.group(1);
        int i = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String sub = m.group(3);
        if (SINGLE.contains(field)) {
            return SINGLE.indexOf(field);
        }
        if (TAIL.contains(field)) {
            return 40 + TAIL.indexOf(field);
        }
        return switch (field) {
            case "financing" -> {
                var money = row.draft().financing();
                yield i < money.size()
                        ? 12 + List.of(SOURCES).indexOf(money.get(i).source())
                        : -1;
            }
            case "results" -> {
                int group = filledGroup(row.cells(), 16, 7, 7, i);
                yield group < 0 ? -1 : 16 + group * 7 + Math.max(0, RESULT.indexOf(sub));
            }
            case "links" -> {
                int group = filledGroup(row.cells(), 30, 3, 2, i);
                if (group < 0) {
                    yield -1;
                }
                int first = 30 + group * 3;
                yield sub == null
                        ? (row.cells().get(first) == null ? first + 1 : first)
                        : first + Math.max(0, LINK.indexOf(sub));
            }
            case "legalActs" -> 36 + Math.max(0, ACT.indexOf(sub));
            default -> -1;
        };
    }

    /**
     * Which of the two column groups (starting at {@code first}, {@code width} wide) made the i-th row of a draft: a
     * group makes a row when any of its first {@code decisive} cells is filled.
     */
    private static int filledGroup(List<String> cells, int first, int width, int decisive, int i) {
        int seen = -1;
        for (int g = 0; g < 2; g++) {
            int from = first + g * width;
            boolean filled = cells.subList(from, from + decisive).stream().anyMatch(x -> x != null);
            if (filled && ++seen == i) {
                return g;
            }
        }
        return -1;
    }

    /** The value a person sees in a cell; for a formula, the value Excel saved (never evaluated here). */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? date(cell.getDateCellValue()
                                .toInstant()
                                .atZone(ZoneId.systemDefault())
                                .toLocalDate())
                        : plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BigDecimal number(List<String> cells, int c, List<CellProblem> errors) {
        String t = cells.get(c);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new CellProblem(c, "Ожидается число"));
            return null;
        }
    }

    private static Integer integer(List<String> cells, int c, List<CellProblem> errors) {
        BigDecimal n = number(cells, c, errors);
        if (n == null) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            errors.add(new CellProblem(c, "Ожидается год числом, например 2024"));
            return null;
        }
    }

    private static LocalDate date(List<String> cells, int c, List<CellProblem> errors) {
        String t = cells.get(c);
        if (t == null) {
            return null;
        }
        LocalDate d = ru.praktika.shared.RussianDates.parse(t);
        if (d == null) {
            errors.add(new CellProblem(c, "Не удалось прочитать дату: пишите, например, 01.03.2024"));
        }
        return d;
    }

    private static String date(LocalDate d) {
        return d == null ? null : ru.praktika.shared.RussianDates.numeric(d);
    }

    private static String plain(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().toPlainString();
    }
}
