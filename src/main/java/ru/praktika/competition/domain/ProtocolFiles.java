package ru.praktika.competition.domain;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import ru.praktika.competition.domain.CompetitionProtocol.Block;
import ru.praktika.shared.PdfFonts;

/**
 * Renders the commission's protocol in the office style of the platform's protocols (as the meeting minutes are
 * written; that writer is private to the meeting module): A4, left 3 cm, right 1.5 cm, top and bottom 2 cm; DOCX in
 * Times New Roman with a PAGE field at the foot; PDF in the embedded Liberation Serif ({@link PdfFonts}, the same
 * widths) with the page number at the foot.
 */
final class ProtocolFiles {

    private static final String DOCX_FONT = "Times New Roman";
    /** A4 width minus the margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 11906 - 1701 - 850;

    private static final String SIGN_LINE = "____________________";

    private ProtocolFiles() {}

    // ---- DOCX --------------------------------------------------------------------------------------------------

    static byte[] docx(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            for (Block block : blocks) {
                if (block instanceof CompetitionProtocol.Title t) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
                    p.setSpacingAfter(240);
                    run(p, t.text(), true, 14);
                } else if (block instanceof CompetitionProtocol.PlaceAndDate pd) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingAfter(240);
                    tab(p, STTabJc.RIGHT, TEXT_WIDTH);
                    run(p, pd.place(), false, 12);
                    p.createRun().addTab();
                    run(p, pd.date(), false, 12);
                } else if (block instanceof CompetitionProtocol.Heading h) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingBefore(240);
                    p.setKeepNext(true);
                    run(p, h.text(), true, 12);
                } else if (block instanceof CompetitionProtocol.Subheading h) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingBefore(120);
                    p.setKeepNext(true);
                    XWPFRun r = p.createRun();
                    r.setText(h.text());
                    r.setItalic(true);
                    r.setBold(true);
                    r.setFontSize(12);
                    r.setFontFamily(DOCX_FONT);
                } else if (block instanceof CompetitionProtocol.Paragraph para) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
                    if (para.label() != null) {
                        run(p, para.label() + " ", true, 12);
                    }
                    run(p, para.text(), false, 12);
                } else if (block instanceof CompetitionProtocol.Entry e) {
                    run(paragraph(doc, ParagraphAlignment.LEFT), e.text(), false, 12);
                } else if (block instanceof CompetitionProtocol.Table t) {
                    table(doc, t);
                } else if (block instanceof CompetitionProtocol.Signatures s) {
                    for (int i = 0; i < s.roles().size(); i++) {
                        XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                        p.setSpacingBefore(480);
                        p.setKeepNext(i < s.roles().size() - 1);
                        tab(p, STTabJc.LEFT, 5000);
                        tab(p, STTabJc.RIGHT, TEXT_WIDTH);
                        run(p, s.roles().get(i), false, 12);
                        p.createRun().addTab();
                        run(p, SIGN_LINE, false, 12);
                        p.createRun().addTab();
                        run(p, SIGN_LINE, false, 12);
                    }
                }
            }
            footer(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось сформировать DOCX", e);
        }
    }

    private static void page(XWPFDocument doc) {
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

    /** A PAGE field in the footer, filled in by Word and LibreOffice as they lay the pages out. */
    private static void footer(XWPFDocument doc) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun shown = p.createRun();
        shown.setText("1");
        shown.setFontFamily(DOCX_FONT);
        shown.setFontSize(10);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void table(XWPFDocument doc, CompetitionProtocol.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth(TEXT_WIDTH);
        table.setWidthType(TableWidthType.DXA);
        var pr = table.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        float total = 0;
        for (float w : t.widths()) {
            total += w;
        }
        int[] twips = new int[t.widths().length];
        var grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < twips.length; c++) {
            twips[c] = Math.round(TEXT_WIDTH * t.widths()[c] / total);
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
        }
        fill(table.getRow(0), t.header(), twips, true);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), twips, false);
        }
        paragraph(doc, ParagraphAlignment.LEFT).setSpacingAfter(0);
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] twips, boolean bold) {
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.getCell(c);
            cell.setWidth(String.valueOf(twips[c]));
            cell.setWidthType(TableWidthType.DXA);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setSpacingAfter(0);
            run(p, cells.get(c), bold, 10);
        }
    }

    private static void tab(XWPFParagraph p, STTabJc.Enum alignment, int position) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabStop stop = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
        stop.setVal(alignment);
        stop.setPos(BigInteger.valueOf(position));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(80);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(DOCX_FONT);
    }

    // ---- PDF ---------------------------------------------------------------------------------------------------

    static byte[] pdf(List<Block> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // left 3 cm, right 1.5 cm, top and bottom 2 cm, as in DOCX
        Document doc = new Document(PageSize.A4, 85, 42, 57, 57);
        try {
            BaseFont regular = PdfFonts.regular();
            Font body = new Font(regular, 11);
            Font small = new Font(regular, 9);
            Font strong = new Font(PdfFonts.bold(), 11);
            Font smallStrong = new Font(PdfFonts.bold(), 9);
            Font subheading = new Font(PdfFonts.bold(), 11, Font.ITALIC);
            Font title = new Font(PdfFonts.bold(), 13);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers(regular));
            doc.open();
            for (Block block : blocks) {
                if (block instanceof CompetitionProtocol.Title t) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(t.text(), title);
                    p.setAlignment(Element.ALIGN_CENTER);
                    p.setSpacingAfter(12);
                    doc.add(p);
                } else if (block instanceof CompetitionProtocol.PlaceAndDate pd) {
                    PdfPTable line = new PdfPTable(new float[] {1f, 1f});
                    line.setWidthPercentage(100);
                    line.addCell(plain(pd.place(), body, Element.ALIGN_LEFT, 0));
                    line.addCell(plain(pd.date(), body, Element.ALIGN_RIGHT, 0));
                    line.setSpacingAfter(12);
                    doc.add(line);
                } else if (block instanceof CompetitionProtocol.Heading h) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(h.text(), strong);
                    p.setSpacingBefore(12);
                    p.setSpacingAfter(4);
                    p.setKeepTogether(true);
                    doc.add(p);
                } else if (block instanceof CompetitionProtocol.Subheading h) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(h.text(), subheading);
                    p.setSpacingBefore(6);
                    p.setSpacingAfter(2);
                    doc.add(p);
                } else if (block instanceof CompetitionProtocol.Paragraph para) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph("", body);
                    p.setAlignment(Element.ALIGN_JUSTIFIED);
                    p.setSpacingAfter(4);
                    if (para.label() != null) {
                        p.add(new Chunk(para.label() + " ", strong));
                    }
                    p.add(new Chunk(para.text(), body));
                    doc.add(p);
                } else if (block instanceof CompetitionProtocol.Entry e) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(e.text(), body);
                    p.setSpacingAfter(3);
                    doc.add(p);
                } else if (block instanceof CompetitionProtocol.Table t) {
                    PdfPTable table = new PdfPTable(t.widths());
                    table.setWidthPercentage(100);
                    table.setSpacingBefore(4);
                    table.setSpacingAfter(6);
                    table.setHeaderRows(1);
                    t.header().forEach(h -> table.addCell(cell(h, smallStrong)));
                    t.rows().forEach(r -> r.forEach(c -> table.addCell(cell(c, small))));
                    doc.add(table);
                } else if (block instanceof CompetitionProtocol.Signatures s) {
                    PdfPTable lines = new PdfPTable(new float[] {4f, 3f, 3f});
                    lines.setWidthPercentage(100);
                    lines.setSpacingBefore(24);
                    lines.setKeepTogether(true);
                    for (String role : s.roles()) {
                        lines.addCell(plain(role, body, Element.ALIGN_LEFT, 24));
                        lines.addCell(plain(SIGN_LINE, body, Element.ALIGN_CENTER, 24));
                        lines.addCell(plain(SIGN_LINE, body, Element.ALIGN_RIGHT, 24));
                    }
                    doc.add(lines);
                }
            }
            doc.close();
            return out.toByteArray();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Не удалось сформировать PDF", e);
        }
    }

    /** The page number at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final BaseFont font;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter w, Document pdf) {
            PdfFonts.pageNumber(w, pdf, font);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static PdfPCell plain(String text, Font font, int alignment, float spaceAbove) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(0);
        cell.setPaddingTop(spaceAbove);
        return cell;
    }
}
