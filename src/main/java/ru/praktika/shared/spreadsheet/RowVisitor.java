package ru.praktika.shared.spreadsheet;

import java.util.List;

/** Receives the non-blank rows of a spreadsheet, in the order they are stored. */
@FunctionalInterface
public interface RowVisitor {

    /**
     * One row that has at least one non-blank cell.
     *
     * @param sheet the sheet name, as the office program shows it
     * @param rowNumber the row number, 1-based, as the office program shows it
     * @param cells the normalised cell texts, index = column (A = 0), {@code null} for a blank cell; trailing blank
     *     cells are left out, so the list may be shorter than the caller's column count; the list is unmodifiable
     */
    void row(String sheet, int rowNumber, List<String> cells);
}
