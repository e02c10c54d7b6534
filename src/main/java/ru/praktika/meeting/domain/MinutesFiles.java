package ru.praktika.meeting.domain;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Renders the minutes to DOCX (Apache POI; Times New Roman, which every Russian office has) and to PDF (OpenPDF with
 * DejaVu Serif shipped in {@code fonts/}, embedded, so Cyrillic prints on any machine).
 */
final class MinutesFiles {

    private static final String DOCX_FONT = "Times New Roman";

    private MinutesFiles() {}

    static byte[] docx(List<Minutes.Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Minutes.Block block : blocks) {
                if (block instanceof Minutes.Title t) {
                    run(paragraph(doc, ParagraphAlignment.CENTER), t.text(), true, 14);
                } else if (block instanceof Minutes.Heading h) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingBefore(200);
                    run(p, h.text(), true, 12);
                } else if (block instanceof Minutes.Paragraph p) {
                    XWPFParagraph para = paragraph(doc, ParagraphAlignment.BOTH);
                    if (p.label() != null) {
                        run(para, p.label() + " ", true, 12);
                    }
                    run(para, p.text(), false, 12);
                } else if (block instanceof Minutes.Table t) {
                    XWPFTable table =
                            doc.createTable(t.rows().size() + 1, t.header().size());
                    table.setWidth("100%");
                    fill(table.getRow(0), t.header(), true);
                    for (int r = 0; r < t.rows().size(); r++) {
                        fill(table.getRow(r + 1), t.rows().get(r), false);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось сформировать DOCX", e);
        }
    }

    static byte[] pdf(List<Minutes.Block> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 70, 50, 50, 50);
        try {
            BaseFont regular = ru.praktika.shared.PdfFonts.regular();
            BaseFont bold = ru.praktika.shared.PdfFonts.bold();
            Font body = new Font(regular, 11);
            Font strong = new Font(bold, 11);
            Font title = new Font(bold, 13);
            PdfWriter.getInstance(doc, out);
            doc.open();
            for (Minutes.Block block : blocks) {
                if (block instanceof Minutes.Title t) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(t.text(), title);
                    p.setAlignment(Element.ALIGN_CENTER);
                    p.setSpacingAfter(6);
                    doc.add(p);
                } else if (block instanceof Minutes.Heading h) {
                    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(h.text(), strong);
                    p.setSpacingBefore(10);
                    p.setSpacingAfter(4);
                    doc.add(p);
                } else if (block instanceof Minutes.Paragraph p) {
                    com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph("", body);
                    para.setAlignment(Element.ALIGN_JUSTIFIED);
                    para.setSpacingAfter(4);
                    if (p.label() != null) {
                        para.add(new Chunk(p.label() + " ", strong));
                    }
                    para.add(new Chunk(p.text(), body));
                    doc.add(para);
                } else if (block instanceof Minutes.Table t) {
                    PdfPTable table = new PdfPTable(new float[] {0.5f, 5f, 2.5f, 1.3f, 1.4f});
                    table.setWidthPercentage(100);
                    table.setSpacingBefore(4);
                    t.header().forEach(h -> table.addCell(cell(h, strong)));
                    t.rows().forEach(r -> r.forEach(c -> table.addCell(cell(c, body))));
                    doc.add(table);
                }
            }
            doc.close();
            return out.toByteArray();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Не удалось сформировать PDF", e);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
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

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            run(p, cells.get(c), bold, 11);
        }
    }
}
