package ru.praktika.report.domain;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;
import ru.praktika.shared.PdfFonts;

/**
 * Column widths of a table taken from its content, so that no word is broken inside a cell: each column is at least as
 * wide as its longest word (cells may wrap only at spaces and after hyphens), and the width left over goes to the
 * columns with the most text. Measured with Liberation Serif, metric-compatible with the Times New Roman of the DOCX,
 * at the size both writers use for tables, so the same widths hold in both formats.
 */
final class ColumnWidths {

    /** The table text size in both formats, in points. */
    static final float TEXT_SIZE = 10f;
    /** Cell padding left and right together, plus a little room for rounding in Word, in points. */
    private static final float PADDING = 6f + 3f;

    private ColumnWidths() {}

    /**
     * The widths in points.
     *
     * @param table the table
     * @param total the width of the text column (the table is that wide), in points
     */
    static float[] of(Document.Table table, float total) {
        int n = table.header().size();
        float[] min = new float[n];
        double[] text = new double[n];
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        for (int c = 0; c < n; c++) {
            min[c] = longestWord(table.header().get(c), bold);
        }
        int counted = 0;
        for (List<String> row : table.rows()) {
            if (Document.Table.isSubheading(row, n)) {
                continue;
            }
            counted++;
            for (int c = 0; c < n && c < row.size(); c++) {
                min[c] = Math.max(min[c], longestWord(row.get(c), regular));
                text[c] += regular.getWidthPoint(row.get(c).replace('\n', ' '), TEXT_SIZE);
            }
        }
        float sumMin = 0;
        double wish = 0;
        double[] wants = new double[n];
        for (int c = 0; c < n; c++) {
            min[c] += PADDING;
            sumMin += min[c];
            // what a column needs beyond its longest word to hold its average cell on one line
            wants[c] = Math.max(0, text[c] / Math.max(1, counted) + PADDING - min[c]);
            wish += wants[c];
        }
        float[] widths = new float[n];
        if (sumMin >= total) { // cannot be helped: too many long words; shrink in proportion
            for (int c = 0; c < n; c++) {
                widths[c] = min[c] * total / sumMin;
            }
            return widths;
        }
        float extra = total - sumMin;
        if (wish <= extra) { // every average cell fits on one line; the rest in proportion to the widths
            float sum = 0;
            for (int c = 0; c < n; c++) {
                widths[c] = (float) (min[c] + wants[c]);
                sum += widths[c];
            }
            float factor = total / sum;
            for (int c = 0; c < n; c++) {
                widths[c] *= factor;
            }
            return widths;
        }
        // long texts share what is left by the square root of their wish: a long column gets more, not everything
        double roots = 0;
        for (double w : wants) {
            roots += Math.sqrt(w);
        }
        for (int c = 0; c < n; c++) {
            widths[c] = (float) (min[c] + extra * Math.sqrt(wants[c]) / roots);
        }
        return widths;
    }

    /** The widest piece of the text a line may not break: a word, or the part of a hyphenated word up to its hyphen. */
    static float longestWord(String text, BaseFont font) {
        float max = 0;
        for (String word : text.split("\\s+")) {
            for (String part : word.split("(?<=-)")) {
                max = Math.max(max, font.getWidthPoint(part, TEXT_SIZE));
            }
        }
        return max;
    }
}
