package ru.praktika.report.domain;

import java.util.List;

/**
 * A report as a list of blocks, written once and rendered to DOCX, PDF and HTML by {@link DocxWriter},
 * {@link PdfDocumentWriter} and {@link HtmlWriter}. Headings, tables and figures carry their numbers, so every format shows
 * the same «2.1», «Таблица 3», «Рисунок 2».
 *
 * @param title the document's title (file properties, page header)
 * @param blocks its content in order
 */
record Document(String title, List<Block> blocks) {

    sealed interface Block {}

    /**
     * The title page.
     *
     * @param organisation the association's name, at the top
     * @param title the document's title
     * @param subtitle what it covers
     * @param place place and year, at the bottom
     * @param date the date the document was made, in words
     */
    record TitlePage(String organisation, String title, String subtitle, String place, String date) implements Block {}

    /** The table of contents: every heading of levels 1 and 2. */
    record Contents() implements Block {}

    /**
     * A numbered heading.
     *
     * @param level 1 or 2
     * @param number e.g. {@code 2.1}; null for unnumbered (annex)
     * @param text the heading
     */
    record Heading(int level, String number, String text) implements Block {
        String full() {
            return number == null ? text : number + ". " + text;
        }
    }

    /**
     * A paragraph of body text.
     *
     * @param label bold lead-in, or null
     * @param text the text
     */
    record Paragraph(String label, String text) implements Block {}

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {}

    /**
     * A numbered table with its caption above it. Column widths are not given: the writers take them from the content
     * ({@link ColumnWidths}), so that no word has to be broken inside a cell.
     *
     * @param number its number
     * @param caption what it shows
     * @param header the column headers
     * @param rows the cells; a row of one cell in a table of several columns is a sub-heading across the table (e.g.
     *     the federal project of the rows below it)
     */
    record Table(int number, String caption, List<String> header, List<List<String>> rows) implements Block {

        static boolean isSubheading(List<String> row, int columns) {
            return row.size() == 1 && columns > 1;
        }
    }

    /**
     * A numbered figure (chart or map) with its caption below it.
     *
     * @param number its number
     * @param caption what it shows
     * @param png the picture
     * @param widthPx its width in pixels
     * @param heightPx its height in pixels
     */
    record Figure(int number, String caption, byte[] png, int widthPx, int heightPx) implements Block {}

    /** Start a new page. */
    record PageBreak() implements Block {}
}
