package ru.praktika.report.domain;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes a {@link Document} as PDF with OpenPDF: A4, GOST margins, DejaVu Serif embedded (shipped in {@code fonts/}, so
 * Cyrillic prints anywhere), bookmarks for every heading, a table of contents with page numbers (filled in as the
 * headings are laid out), page numbers from the second page, table headers repeated on each page. Large tables are
 * flushed to the file every few dozen rows, so memory does not grow with the report.
 */
final class PdfDocumentWriter {

    private static final float BODY = 11f;
    private static final float TABLE = 8.5f;
    private static final int FLUSH_ROWS = 50;
    private static final Color HEADER_FILL = new Color(0xe7, 0xee, 0xf6);

    private final BaseFont regular;
    private final BaseFont bold;
    private final Font body;
    private final Font strong;
    private final Font small;
    private final Font smallBold;

    private final List<PdfTemplate> pageNumbers = new ArrayList<>();
    private final List<PdfOutline> chapters = new ArrayList<>();
    private final java.util.Set<Integer> placed = new java.util.HashSet<>();
    private PdfWriter writer;
    private int headingIndex;

    PdfDocumentWriter() {
        regular = ru.praktika.shared.PdfFonts.regular();
        bold = ru.praktika.shared.PdfFonts.bold();
        body = new Font(regular, BODY);
        strong = new Font(bold, BODY);
        small = new Font(regular, TABLE);
        smallBold = new Font(bold, TABLE);
    }

    void write(Document doc, OutputStream out, IntConsumer progress) {
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4, 85, 42, 57, 57);
        writer = PdfWriter.getInstance(pdf, out);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setStrictImageSequence(true); // a figure that moves to the next page takes its caption along
        writer.setPageEvent(new Events());
        pdf.addTitle(doc.title());
        pdf.addCreator("Практика");
        pdf.open();
        int written = 0;
        for (Document.Block block : doc.blocks()) {
            block(pdf, block, doc);
            progress.accept(++written);
        }
        pdf.close();
    }

    private void block(com.lowagie.text.Document pdf, Document.Block block, Document doc) {
        if (block instanceof Document.TitlePage t) {
            titlePage(pdf, t);
        } else if (block instanceof Document.Contents) {
            contents(pdf, doc);
        } else if (block instanceof Document.Heading h) {
            heading(pdf, h);
        } else if (block instanceof Document.Paragraph p) {
            com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph("", body);
            para.setAlignment(Element.ALIGN_JUSTIFIED);
            para.setFirstLineIndent(35);
            para.setLeading(BODY * 1.35f);
            para.setSpacingAfter(5);
            if (p.label() != null) {
                para.add(new Chunk(p.label() + " ", strong));
            }
            para.add(new Chunk(p.text(), body));
            pdf.add(para);
        } else if (block instanceof Document.Bullets b) {
            for (String item : b.items()) {
                com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph("–\u00a0" + item, body);
                para.setIndentationLeft(35);
                para.setFirstLineIndent(-11);
                para.setLeading(BODY * 1.3f);
                para.setSpacingAfter(3);
                pdf.add(para);
            }
        } else if (block instanceof Document.Table t) {
            table(pdf, t);
        } else if (block instanceof Document.Figure f) {
            figure(pdf, f);
        } else if (block instanceof Document.PageBreak) {
            pdf.newPage();
        }
    }

    private void titlePage(com.lowagie.text.Document pdf, Document.TitlePage t) {
        pdf.add(centered(t.organisation(), new Font(bold, 13), 0));
        pdf.add(centered(t.title().toUpperCase(java.util.Locale.ROOT), new Font(bold, 15), 190));
        pdf.add(centered(t.subtitle(), new Font(regular, 13), 18));
        PdfContentByte cb = writer.getDirectContent();
        float middle = (pdf.left() + pdf.right()) / 2;
        cb.beginText();
        cb.setFontAndSize(regular, BODY);
        cb.showTextAligned(Element.ALIGN_CENTER, t.place(), middle, pdf.bottom() + 30, 0);
        cb.showTextAligned(Element.ALIGN_CENTER, t.date(), middle, pdf.bottom() + 14, 0);
        cb.endText();
        pdf.newPage();
    }

    private static com.lowagie.text.Paragraph centered(String text, Font font, float before) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.35f);
        p.setSpacingBefore(before);
        return p;
    }

    /** Each entry's page number is a template, filled when its heading is laid out. */
    private void contents(com.lowagie.text.Document pdf, Document doc) {
        pdf.add(centered("Содержание", new Font(bold, 14), 0));
        PdfPTable toc = new PdfPTable(new float[] {14f, 1f});
        toc.setWidthPercentage(100);
        toc.setSpacingBefore(14);
        for (Document.Block b : doc.blocks()) {
            if (b instanceof Document.Heading h) {
                Phrase entry = new Phrase(h.full() + " ", h.level() == 1 ? strong : body);
                com.lowagie.text.pdf.draw.DottedLineSeparator dots =
                        new com.lowagie.text.pdf.draw.DottedLineSeparator();
                dots.setGap(3);
                dots.setOffset(2);
                Chunk leader = new Chunk(dots);
                leader.setFont(body); // else OpenPDF writes the leader with Helvetica, not embedded
                entry.add(leader);
                PdfPCell text = new PdfPCell(entry);
                text.setBorder(Rectangle.NO_BORDER);
                text.setPaddingLeft(h.level() == 1 ? 0 : 18);
                text.setPaddingBottom(4);
                toc.addCell(text);
                PdfTemplate number = writer.getDirectContent().createTemplate(30, BODY + 3);
                pageNumbers.add(number);
                PdfPCell page = new PdfPCell(Image.getInstance(number), false);
                page.setBorder(Rectangle.NO_BORDER);
                page.setHorizontalAlignment(Element.ALIGN_RIGHT);
                page.setVerticalAlignment(Element.ALIGN_BOTTOM);
                toc.addCell(page);
            }
        }
        pdf.add(toc);
    }

    private void heading(com.lowagie.text.Document pdf, Document.Heading h) {
        if (h.level() == 1) {
            pdf.newPage();
        }
        Chunk chunk = new Chunk(h.full(), new Font(bold, h.level() == 1 ? 14 : 12));
        chunk.setGenericTag((h.level()) + ":" + headingIndex++ + ":" + h.full());
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph("", chunk.getFont());
        p.add(chunk);
        p.setLeading((h.level() == 1 ? 14 : 12) * 1.3f);
        p.setSpacingBefore(h.level() == 1 ? 0 : 10);
        p.setSpacingAfter(h.level() == 1 ? 10 : 6);
        p.setKeepTogether(true);
        pdf.add(p);
    }

    /** The caption is the table's first header row, so it never stays alone at the foot of a page. */
    private void table(com.lowagie.text.Document pdf, Document.Table t) {
        float[] widths = new float[t.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.widths().get(i);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(2);
        table.setComplete(false);
        table.setSplitLate(false);
        PdfPCell caption =
                new PdfPCell(new Phrase("Таблица " + t.number() + " – " + t.caption(), new Font(regular, 10)));
        caption.setColspan(widths.length);
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setPaddingLeft(0);
        caption.setPaddingBottom(4);
        caption.setLeading(0, 1.25f);
        table.addCell(caption);
        for (String h : t.header()) {
            PdfPCell cell = cell(h, smallBold);
            cell.setBackgroundColor(HEADER_FILL);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        int rows = 0;
        for (List<String> row : t.rows()) {
            for (int c = 0; c < widths.length; c++) {
                table.addCell(cell(c < row.size() ? row.get(c) : "", small));
            }
            if (++rows % FLUSH_ROWS == 0) {
                pdf.add(table);
            }
        }
        table.setComplete(true);
        pdf.add(table);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setLeading(0, 1.15f);
        return cell;
    }

    private void figure(com.lowagie.text.Document pdf, Document.Figure f) {
        try {
            Image image = Image.getInstance(f.png());
            float width = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
            image.scaleToFit(width, 560);
            image.setAlignment(Image.MIDDLE);
            image.setSpacingBefore(6);
            pdf.add(image);
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось вставить рисунок", e);
        }
        com.lowagie.text.Paragraph caption =
                centered("Рисунок " + f.number() + " – " + f.caption(), new Font(regular, 10), 3);
        caption.setSpacingAfter(10);
        pdf.add(caption);
    }

    /** Page numbers, bookmarks and the numbers of the contents. */
    private final class Events extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter w, com.lowagie.text.Document pdf) {
            if (w.getPageNumber() == 1) {
                return;
            }
            PdfContentByte cb = w.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(regular, 10);
            cb.showTextAligned(
                    Element.ALIGN_CENTER,
                    String.valueOf(w.getPageNumber()),
                    (pdf.left() + pdf.right()) / 2,
                    pdf.bottom() - 28,
                    0);
            cb.endText();
        }

        @Override
        public void onGenericTag(PdfWriter w, com.lowagie.text.Document pdf, Rectangle rect, String tag) {
            String[] parts = tag.split(":", 3);
            int level = Integer.parseInt(parts[0]);
            int index = Integer.parseInt(parts[1]);
            if (!placed.add(index)) {
                return; // a heading that wraps is tagged once per line
            }
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, pdf.left(), rect.getTop() + 14, 0);
            PdfOutline parent =
                    level == 1 || chapters.isEmpty() ? w.getRootOutline() : chapters.get(chapters.size() - 1);
            PdfOutline outline = new PdfOutline(parent, destination, parts[2], false);
            if (level == 1) {
                chapters.add(outline);
            }
            if (index < pageNumbers.size()) {
                PdfTemplate number = pageNumbers.get(index);
                number.beginText();
                number.setFontAndSize(regular, BODY);
                String page = String.valueOf(w.getPageNumber());
                number.setTextMatrix(30 - regular.getWidthPoint(page, BODY), 2);
                number.showText(page);
                number.endText();
            }
        }
    }
}
