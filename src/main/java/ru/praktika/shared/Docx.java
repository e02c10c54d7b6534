package ru.praktika.shared;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The parts every Word document of the association shares (the minutes, the competition's protocol, a vote's
 * protocol): an A4 page with Russian office margins (left 3 cm, right 1.5 cm, top and bottom 2 cm), page numbers in
 * the footer, paragraphs and runs in Times New Roman, tab stops, and tables of fixed column widths with a repeated
 * header row.
 */
public final class Docx {

    /** The typeface of the documents. */
    public static final String FONT = "Times New Roman";

    /** The width of the text between the margins, in twips. */
    public static final int TEXT_WIDTH = 11906 - 1701 - 850;

    private Docx() {}

    /** A4, portrait, with the margins of Russian office documents. */
    public static void a4(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setHeader(BigInteger.valueOf(567));
    }

    /** A PAGE field in the footer: Word and LibreOffice fill it in as they lay the pages out. */
    public static void pageNumbers(XWPFDocument doc) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun shown = p.createRun();
        shown.setText("1");
        shown.setFontFamily(FONT);
        shown.setFontSize(10);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A paragraph with 4 pt after it. */
    public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(80);
        return p;
    }

    /** A run of text in the documents' typeface. */
    public static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
    }

    /** A tab stop (place left, date right on one line). */
    public static void tab(XWPFParagraph p, STTabJc.Enum alignment, int position) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabStop stop = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
        stop.setVal(alignment);
        stop.setPos(BigInteger.valueOf(position));
    }

    /**
     * A table across the text width with fixed columns in the proportions given, the header row bold and repeated on
     * every page.
     *
     * @param size the font size of the cells
     * @param compact rows that do not split across pages, no space after the cells' paragraphs
     */
    public static void table(
            XWPFDocument doc, List<String> header, float[] widths, List<List<String>> rows, int size, boolean compact) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth(TEXT_WIDTH);
        table.setWidthType(TableWidthType.DXA);
        (table.getCTTbl().getTblPr().isSetTblLayout()
                        ? table.getCTTbl().getTblPr().getTblLayout()
                        : table.getCTTbl().getTblPr().addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        int[] twips = new int[widths.length];
        for (int c = 0; c < twips.length; c++) {
            twips[c] = Math.round(TEXT_WIDTH * widths[c] / total);
        }
        var grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        fill(table.getRow(0), header, twips, true, size, compact);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), twips, false, size, compact);
        }
    }

    private static void fill(
            XWPFTableRow row, List<String> cells, int[] twips, boolean bold, int size, boolean compact) {
        if (compact) {
            row.setCantSplitRow(true);
        }
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.getCell(c);
            cell.setWidth(String.valueOf(twips[c]));
            cell.setWidthType(TableWidthType.DXA);
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (compact) {
                p.setSpacingAfter(0);
            }
            run(p, cells.get(c), bold, size);
        }
    }
}
