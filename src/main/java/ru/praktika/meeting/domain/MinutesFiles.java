package ru.praktika.meeting.domain;

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
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import ru.praktika.shared.PdfFonts;

/**
 * Renders the minutes to DOCX (Apache POI; Times New Roman, which every Russian office has) and to PDF (OpenPDF with
 * the font shipped in {@code fonts/}, embedded, so Cyrillic prints on any machine). A4 with the margins of Russian
 * office documents (left 3 cm, right 1.5 cm, top and bottom 2 cm) and page numbers at the foot.
 */
final class MinutesFiles {

    private static final String DOCX_FONT = "Times New Roman";
    /** A4 width minus the margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 11906 - 1701 - 850;

    private MinutesFiles() {}

    static byte[] docx(List<Minutes.Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            for (Minutes.Block block : blocks) {
                if (block instanceof Minutes.Title t) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
                    run(p, t.text(), true, 14);
                } else if (block instanceof Minutes.Subtitle t) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
                    p.setSpacingAfter(240);
                    run(p, t.text(), true, 12);
                } else if (block instanceof Minutes.PlaceAndDate pd) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingAfter(240);
                    tab(p, STTabJc.RIGHT, TEXT_WIDTH);
                    run(p, pd.place(), false, 12);
                    p.createRun().addTab();
                    run(p, pd.date(), false, 12);
                } else if (block instanceof Minutes.Heading h) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingBefore(200);
                    p.setKeepNext(true);
                    run(p, h.text(), true, 12);
                } else if (block instanceof Minutes.Paragraph p) {
                    XWPFParagraph para = paragraph(doc, ParagraphAlignment.BOTH);
                    if (p.label() != null) {
                        run(para, p.label() + (p.text().isEmpty() ? "" : " "), true, 12);
                    }
                    run(para, p.text(), false, 12);
                } else if (block instanceof Minutes.Entry e) {
                    XWPFParagraph para = paragraph(doc, ParagraphAlignment.LEFT);
                    run(para, e.text(), false, 12);
                } else if (block instanceof Minutes.Table t) {
                    table(doc, t);
                } else if (block instanceof Minutes.Signatures all) {
                    for (int i = 0; i < all.lines().size(); i++) {
                        Minutes.Signature s = all.lines().get(i);
                        XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                        p.setSpacingBefore(480);
                        p.setKeepNext(i < all.lines().size() - 1);
                        tab(p, STTabJc.LEFT, 3600);
                        tab(p, STTabJc.RIGHT, TEXT_WIDTH);
                        run(p, s.role(), false, 12);
                        p.createRun().addTab();
                        run(p, "____________________", false, 12);
                        p.createRun().addTab();
                        run(p, s.name().isEmpty() ? "____________________" : s.name(), false, 12);
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

    static byte[] pdf(List<Minutes.Block> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // left 3 cm, right 1.5 cm, top and bottom 2 cm, as in DOCX
        Document doc = new Document(PageSize.A4, 85, 42, 57, 57);
        try {
            BaseFont regular = PdfFonts.regular();
            BaseFont bold = PdfFonts.bold();
            Font body = new Font(regular, 11);
            Font strong = new Font(bold, 11);
            Font title = new Font(bold, 13);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers(regular));
            doc.open();
            for (Minutes.Block block : blocks) {
                if (block instanceof Minutes.Title t) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(t.text(), title);
                    p.setAlignment(Element.ALIGN_CENTER);
                    p.setSpacingAfter(4);
                    doc.add(p);
                } else if (block instanceof Minutes.Subtitle t) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(t.text(), strong);
                    p.setAlignment(Element.ALIGN_CENTER);
                    p.setSpacingAfter(12);
                    doc.add(p);
                } else if (block instanceof Minutes.PlaceAndDate pd) {
                    PdfPTable line = new PdfPTable(new float[] {1f, 1f});
                    line.setWidthPercentage(100);
                    line.addCell(plain(pd.place(), body, Element.ALIGN_LEFT));
                    line.addCell(plain(pd.date(), body, Element.ALIGN_RIGHT));
                    line.setSpacingAfter(12);
                    doc.add(line);
                } else if (block instanceof Minutes.Heading h) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(h.text(), strong);
                    p.setSpacingBefore(10);
                    p.setSpacingAfter(4);
                    p.setKeepTogether(true);
                    doc.add(p);
                } else if (block instanceof Minutes.Paragraph p) {
                    com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph("", body);
                    para.setAlignment(Element.ALIGN_JUSTIFIED);
                    para.setSpacingAfter(4);
                    if (p.label() != null) {
                        para.add(new Chunk(p.label() + (p.text().isEmpty() ? "" : " "), strong));
                    }
                    para.add(new Chunk(p.text(), body));
                    doc.add(para);
                } else if (block instanceof Minutes.Entry e) {
                    com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph(e.text(), body);
                    para.setAlignment(Element.ALIGN_LEFT);
                    para.setSpacingAfter(3);
                    doc.add(para);
                } else if (block instanceof Minutes.Table t) {
                    PdfPTable table = new PdfPTable(t.widths());
                    table.setWidthPercentage(100);
                    table.setSpacingBefore(4);
                    table.setHeaderRows(1);
                    table.setSpacingAfter(8);
                    t.header().forEach(h -> table.addCell(cell(h, strong)));
                    t.rows().forEach(r -> r.forEach(c -> table.addCell(cell(c, body))));
                    doc.add(table);
                } else if (block instanceof Minutes.Signatures all) {
                    PdfPTable lines = new PdfPTable(new float[] {3f, 3f, 3f});
                    lines.setWidthPercentage(100);
                    lines.setSpacingBefore(24);
                    lines.setKeepTogether(true);
                    for (Minutes.Signature s : all.lines()) {
                        lines.addCell(plain(s.role(), body, Element.ALIGN_LEFT, 24));
                        lines.addCell(plain("____________________", body, Element.ALIGN_CENTER, 24));
                        lines.addCell(plain(
                                s.name().isEmpty() ? "____________________" : s.name(), body, Element.ALIGN_RIGHT, 24));
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
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        return cell;
    }

    private static PdfPCell plain(String text, Font font, int alignment) {
        return plain(text, font, alignment, 0);
    }

    private static PdfPCell plain(String text, Font font, int alignment, float spaceAbove) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(0);
        cell.setPaddingTop(spaceAbove);
        return cell;
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

    /** A PAGE field in the footer: Word and LibreOffice fill it in as they lay the pages out. */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun begin = p.createRun();
        begin.getCTR()
                .addNewFldChar()
                .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = p.createRun();
        separate.getCTR()
                .addNewFldChar()
                .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
        XWPFRun shown = p.createRun();
        shown.setText("1");
        shown.setFontFamily(DOCX_FONT);
        shown.setFontSize(10);
        XWPFRun end = p.createRun();
        end.getCTR()
                .addNewFldChar()
                .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
    }

    private static void table(XWPFDocument doc, Minutes.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth(TEXT_WIDTH);
        table.setWidthType(TableWidthType.DXA);
        (table.getCTTbl().getTblPr().isSetTblLayout()
                        ? table.getCTTbl().getTblPr().getTblLayout()
                        : table.getCTTbl().getTblPr().addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        float total = 0;
        for (float w : t.widths()) {
            total += w;
        }
        int[] twips = new int[t.widths().length];
        for (int c = 0; c < twips.length; c++) {
            twips[c] = Math.round(TEXT_WIDTH * t.widths()[c] / total);
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
        fill(table.getRow(0), t.header(), twips, true);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), twips, false);
        }
    }

    private static void tab(XWPFParagraph p, STTabJc.Enum alignment, int position) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabs tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
        CTTabStop stop = tabs.addNewTab();
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

    private static void fill(XWPFTableRow row, List<String> cells, int[] twips, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.getCell(c);
            cell.setWidth(String.valueOf(twips[c]));
            cell.setWidthType(TableWidthType.DXA);
            run(cell.getParagraphs().get(0), cells.get(c), bold, 11);
        }
    }
}
