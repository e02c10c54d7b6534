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
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import ru.praktika.shared.Docx;
import ru.praktika.shared.PdfFonts;

/**
 * Renders the minutes to DOCX (Apache POI; Times New Roman, which every Russian office has) and to PDF (OpenPDF with
 * the font shipped in {@code fonts/}, embedded, so Cyrillic prints on any machine). A4 with the margins of Russian
 * office documents (left 3 cm, right 1.5 cm, top and bottom 2 cm) and page numbers at the foot.
 */
final class MinutesFiles {

    /** A4 width minus the margins, in twentieths of a point. */
    private MinutesFiles() {}

    static byte[] docx(List<Minutes.Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx.a4(doc);
            for (Minutes.Block block : blocks) {
                if (block instanceof Minutes.Title t) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.CENTER);
                    Docx.run(p, t.text(), true, 14);
                } else if (block instanceof Minutes.Subtitle t) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.CENTER);
                    p.setSpacingAfter(240);
                    Docx.run(p, t.text(), true, 12);
                } else if (block instanceof Minutes.PlaceAndDate pd) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingAfter(240);
                    Docx.tab(p, STTabJc.RIGHT, Docx.TEXT_WIDTH);
                    Docx.run(p, pd.place(), false, 12);
                    p.createRun().addTab();
                    Docx.run(p, pd.date(), false, 12);
                } else if (block instanceof Minutes.Heading h) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingBefore(200);
                    p.setKeepNext(true);
                    Docx.run(p, h.text(), true, 12);
                } else if (block instanceof Minutes.Paragraph p) {
                    XWPFParagraph para = Docx.paragraph(doc, ParagraphAlignment.BOTH);
                    if (p.label() != null) {
                        Docx.run(para, p.label() + (p.text().isEmpty() ? "" : " "), true, 12);
                    }
                    Docx.run(para, p.text(), false, 12);
                } else if (block instanceof Minutes.Entry e) {
                    XWPFParagraph para = Docx.paragraph(doc, ParagraphAlignment.LEFT);
                    Docx.run(para, e.text(), false, 12);
                } else if (block instanceof Minutes.Table t) {
                    Docx.table(doc, t.header(), t.widths(), t.rows(), 11, false);
                } else if (block instanceof Minutes.Signatures all) {
                    for (int i = 0; i < all.lines().size(); i++) {
                        Minutes.Signature s = all.lines().get(i);
                        XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.LEFT);
                        p.setSpacingBefore(480);
                        p.setKeepNext(i < all.lines().size() - 1);
                        Docx.tab(p, STTabJc.LEFT, 3600);
                        Docx.tab(p, STTabJc.RIGHT, Docx.TEXT_WIDTH);
                        Docx.run(p, s.role(), false, 12);
                        p.createRun().addTab();
                        Docx.run(p, "____________________", false, 12);
                        p.createRun().addTab();
                        Docx.run(p, s.name().isEmpty() ? "____________________" : s.name(), false, 12);
                    }
                }
            }
            Docx.pageNumbers(doc);
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
}
