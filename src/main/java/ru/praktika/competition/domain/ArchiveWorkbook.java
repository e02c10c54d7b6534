package ru.praktika.competition.domain;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.shared.spreadsheet.SpreadsheetException;
import ru.praktika.shared.spreadsheet.SpreadsheetReader;

/**
 * The archive workbook as rows of text: the first sheet (whatever it is called), the header row found by its titles
 * («Год», «Номинация», …, in any order), then one {@link CompetitionArchive.Row} per non-blank row with the row number
 * the office program shows.
 */
final class ArchiveWorkbook {

    private ArchiveWorkbook() {}

    /** The rows of the first sheet, the header row found by its titles («Год», «Номинация», …). */
    static List<CompetitionArchive.Row> read(byte[] content) {
        List<CompetitionArchive.Row> rows = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        String[] first = {null};
        try {
            SpreadsheetReader.read(content, ANY_SHEET, (sheet, number, cells) -> {
                if (first[0] == null) {
                    first[0] = sheet;
                }
                if (!sheet.equals(first[0])) {
                    return;
                }
                if (columns.isEmpty()) {
                    header(cells, columns, number);
                    return;
                }
                if (rows.size() >= CompetitionArchive.MAX_ROWS) {
                    throw new InvalidRequestException(
                            "В файле больше " + RussianNumbers.format(CompetitionArchive.MAX_ROWS)
                                    + " строк; разделите его по годам; данные не изменены");
                }
                rows.add(new CompetitionArchive.Row(
                        number,
                        cell(cells, columns, "Год"),
                        cell(cells, columns, "Номинация"),
                        cell(cells, columns, "Категория"),
                        cell(cells, columns, "Место"),
                        cell(cells, columns, "Муниципальное образование"),
                        cell(cells, columns, "Регион"),
                        cell(cells, columns, "ОКТМО"),
                        cell(cells, columns, "Название практики")));
            });
        } catch (SpreadsheetException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        if (columns.isEmpty()) {
            throw new InvalidRequestException("В файле нет строки заголовков; данные не изменены");
        }
        return rows;
    }

    private static void header(List<String> cells, Map<String, Integer> columns, int number) {
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i);
            if (h == null) {
                continue;
            }
            String t = CompetitionArchive.normal(h);
            for (String name : CompetitionArchive.HEADERS) {
                if (t.startsWith(CompetitionArchive.normal(name)) && !columns.containsKey(name)) {
                    columns.put(name, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : CompetitionArchive.HEADERS) {
            if (!columns.containsKey(name) && !name.equals("Регион") && !name.equals("ОКТМО")) {
                missing.add("«" + name + "»");
            }
        }
        if (!columns.containsKey("Регион") && !columns.containsKey("ОКТМО")) {
            missing.add("«Регион» или «ОКТМО»");
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("Строка " + number + " — заголовки: нет столбцов "
                    + String.join(", ", missing) + "; данные не изменены");
        }
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= cells.size() ? null : cells.get(i);
    }

    /** The reader reads only named sheets; the archive takes whatever the first sheet is called. */
    private static final Set<String> ANY_SHEET = new AbstractSet<>() {
        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public Iterator<String> iterator() {
            return Collections.emptyIterator();
        }

        @Override
        public int size() {
            return Integer.MAX_VALUE;
        }
    };
}
