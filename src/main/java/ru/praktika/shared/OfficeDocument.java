package ru.praktika.shared;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A plain office document — title, headings, paragraphs, tables — written once and rendered both to DOCX (Apache POI,
 * Times New Roman) and to PDF (OpenPDF with the embedded {@link PdfFonts}): A4, the margins of Russian office papers
 * (left 3 cm, right 1.5 cm, top and bottom 2 cm), page numbers at the foot. The meeting's minutes render their own
 * richer model the same way; a new protocol (the vote's) builds one of these instead of copying a renderer.
 */
public final class OfficeDocument {

    private static final String DOCX_FONT = "Times New Roman";
    private static final int TEXT_WIDTH = 11906 - 1701 - 850;

    /** A part of the document. */
    public sealed interface Block permits Title, Heading, Text, Table {}

    /** A centred bold line (the first is the document's title). */
    public record Title(String text, int size) implements Block {}

    /** A bold line before a section. */
    public record Heading(String text) implements Block {}

    /** A justified paragraph, optionally led by a bold label («РЕШИЛИ:»). */
    public record Text(String label, String text) implements Block {}

    /** A table with its header and relative column widths. */
    public record Table(List<String> header, float[] widths, List<List<String>> rows) implements Block {}

    private final List<Block> blocks = new ArrayList<>();

    public OfficeDocument title(String text) {
        blocks.add(new Title(text, blocks.isEmpty() ? 14 : 12));
        return this;
    }

    public OfficeDocument heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    public OfficeDocument text(String text) {
        blocks.add(new Text(null, text));
        return this;
    }

    public OfficeDocument text(String label, String text) {
        blocks.add(new Text(label, text));
        return this;
    }

    public OfficeDocument table(List<String> header, float[] widths, List<List<String>> rows) {
        blocks.add(new Table(header, widths, rows));
        return this;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            for (Block block : blocks) {
                if (block instanceof Title t) {
                    run(paragraph(doc, ParagraphAlignment.CENTER), t.text(), true, t.size());
                } else if (block instanceof Heading h) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingBefore(200);
                    p.setKeepNext(true);
                    run(p, h.text(), true, 12);
                } else if (block instanceof Text t) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
                    if (t.label() != null) {
                        run(p, t.label() + " ", true, 12);
                    }
                    run(p, t.text(), false, 12);
                } else if (block instanceof Table t) {
                    table(doc, t);
                }
            }
            footer(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // 3 cm, 1.5 cm, 2 cm, 2 cm in points
        Document doc = new Document(PageSize.A4, 85, 42.5f, 56.7f, 56.7f);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        BaseFont regular = PdfFonts.regular();
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document pdf) {
                PdfFonts.pageNumber(w, pdf, regular);
            }
        });
        doc.open();
        Font body = new Font(regular, 12);
        Font small = new Font(regular, 10);
        Font strong = new Font(PdfFonts.bold(), 12);
        Font strongSmall = new Font(PdfFonts.bold(), 10);
        for (Block block : blocks) {
            if (block instanceof Title t) {
                com.lowagie.text.Paragraph p =
                        new com.lowagie.text.Paragraph(t.text(), new Font(PdfFonts.bold(), t.size()));
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingAfter(6);
                doc.add(p);
            } else if (block instanceof Heading h) {
                com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(h.text(), strong);
                p.setSpacingBefore(10);
                p.setSpacingAfter(4);
                p.setKeepTogether(true);
                doc.add(p);
            } else if (block instanceof Text t) {
                com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setSpacingAfter(4);
                if (t.label() != null) {
                    p.add(new Chunk(t.label() + " ", strong));
                }
                p.add(new Chunk(t.text(), body));
                doc.add(p);
            } else if (block instanceof Table t) {
                PdfPTable table = new PdfPTable(t.widths());
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                table.setSpacingAfter(8);
                table.setHeaderRows(1);
                t.header().forEach(h -> table.addCell(cell(h, strongSmall)));
                t.rows().forEach(r -> r.forEach(c -> table.addCell(cell(c, small))));
                doc.add(table);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setPaddingBottom(5);
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

    private static void table(XWPFDocument doc, Table t) {
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
        fill(table, 0, t.header(), twips, true);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table, r + 1, t.rows().get(r), twips, false);
        }
    }

    private static void fill(XWPFTable table, int row, List<String> cells, int[] twips, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            var cell = table.getRow(row).getCell(c);
            cell.setWidth(String.valueOf(twips[c]));
            cell.setWidthType(TableWidthType.DXA);
            run(cell.getParagraphs().get(0), cells.get(c), bold, 11);
        }
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
}
