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
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import ru.praktika.competition.domain.CompetitionProtocol.Block;
import ru.praktika.shared.Docx;
import ru.praktika.shared.PdfFonts;

/**
 * Renders the commission's protocol in the office style of the platform's protocols (as the meeting minutes are
 * written; that writer is private to the meeting module): A4, left 3 cm, right 1.5 cm, top and bottom 2 cm; DOCX in
 * Times New Roman with a PAGE field at the foot; PDF in the embedded Liberation Serif ({@link PdfFonts}, the same
 * widths) with the page number at the foot.
 */
final class ProtocolFiles {

    /** A4 width minus the margins, in twentieths of a point. */
    private static final String SIGN_LINE = "____________________";

    private ProtocolFiles() {}

    // ---- DOCX --------------------------------------------------------------------------------------------------

    static byte[] docx(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx.a4(doc);
            for (Block block : blocks) {
                if (block instanceof CompetitionProtocol.Title t) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.CENTER);
                    p.setSpacingAfter(240);
                    Docx.run(p, t.text(), true, 14);
                } else if (block instanceof CompetitionProtocol.PlaceAndDate pd) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingAfter(240);
                    Docx.tab(p, STTabJc.RIGHT, Docx.TEXT_WIDTH);
                    Docx.run(p, pd.place(), false, 12);
                    p.createRun().addTab();
                    Docx.run(p, pd.date(), false, 12);
                } else if (block instanceof CompetitionProtocol.Heading h) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingBefore(240);
                    p.setKeepNext(true);
                    Docx.run(p, h.text(), true, 12);
                } else if (block instanceof CompetitionProtocol.Subheading h) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.LEFT);
                    p.setSpacingBefore(120);
                    p.setKeepNext(true);
                    XWPFRun r = p.createRun();
                    r.setText(h.text());
                    r.setItalic(true);
                    r.setBold(true);
                    r.setFontSize(12);
                    r.setFontFamily(Docx.FONT);
                } else if (block instanceof CompetitionProtocol.Paragraph para) {
                    XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.BOTH);
                    if (para.label() != null) {
                        Docx.run(p, para.label() + " ", true, 12);
                    }
                    Docx.run(p, para.text(), false, 12);
                } else if (block instanceof CompetitionProtocol.Entry e) {
                    Docx.run(Docx.paragraph(doc, ParagraphAlignment.LEFT), e.text(), false, 12);
                } else if (block instanceof CompetitionProtocol.Table t) {
                    protocolTable(doc, t);
                } else if (block instanceof CompetitionProtocol.Signatures s) {
                    for (int i = 0; i < s.roles().size(); i++) {
                        XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.LEFT);
                        p.setSpacingBefore(480);
                        p.setKeepNext(i < s.roles().size() - 1);
                        Docx.tab(p, STTabJc.LEFT, 5000);
                        Docx.tab(p, STTabJc.RIGHT, Docx.TEXT_WIDTH);
                        Docx.run(p, s.roles().get(i), false, 12);
                        p.createRun().addTab();
                        Docx.run(p, SIGN_LINE, false, 12);
                        p.createRun().addTab();
                        Docx.run(p, SIGN_LINE, false, 12);
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

    private static void protocolTable(XWPFDocument doc, CompetitionProtocol.Table t) {
        Docx.table(doc, t.header(), t.widths(), t.rows(), 10, true);
        Docx.paragraph(doc, ParagraphAlignment.LEFT).setSpacingAfter(0);
    }
}
