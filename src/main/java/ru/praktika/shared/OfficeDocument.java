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
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A plain office document — title, headings, paragraphs, tables — written once and rendered both to DOCX (Apache POI,
 * Times New Roman) and to PDF (OpenPDF with the embedded {@link PdfFonts}): A4, the margins of Russian office papers
 * (left 3 cm, right 1.5 cm, top and bottom 2 cm), page numbers at the foot. The meeting's minutes render their own
 * richer model the same way; a new protocol (the vote's) builds one of these instead of copying a renderer.
 */
public final class OfficeDocument {

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
            Docx.a4(doc);
            for (Block block : blocks) {
                if (block instanceof Title t) {
                    Docx.run(Docx.paragraph(doc, ParagraphAlignment.CENTER), t.text(), true, t.size());
                } else if (block instanceof Heading h) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingBefore(200);
                    p.setKeepNext(true);
                    Docx.run(p, h.text(), true, 12);
                } else if (block instanceof Text t) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.BOTH);
                    if (t.label() != null) {
                        Docx.run(p, t.label() + " ", true, 12);
                    }
                    Docx.run(p, t.text(), false, 12);
                } else if (block instanceof Table t) {
                    Docx.table(doc, t.header(), t.widths(), t.rows(), 11, false);
                }
            }
            Docx.pageNumbers(doc);
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
}
