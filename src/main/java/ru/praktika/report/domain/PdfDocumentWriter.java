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
 * Writes a {@link Document} as PDF with OpenPDF: A4, GOST margins, Liberation Serif embedded (shipped in {@code fonts/},
 * metric-compatible with the Times New Roman of the DOCX) in the DOCX's sizes (text 14 pt, tables 10 pt), so both
 * formats lay out alike; bookmarks for every heading, a table of contents with page numbers (filled in as the headings
 * are laid out), page numbers from the second page. A table's caption stays with its first rows; on the pages it
 * continues on, «Продолжение таблицы N» and the column headers are repeated. Column widths come from the content
 * ({@link ColumnWidths}). Large tables are flushed to the file every few dozen rows, so memory does not grow with the
 * report. The page of every heading is kept ({@link #headingPages()}): the DOCX contents show them.
 */
final class PdfDocumentWriter {

    private static final float BODY = 14f;
    /** Word's «multiple 1.15» of Times New Roman, whose line is 1.15 em. */
    private static final float LINE = 1.32f;

    private static final float TABLE = ColumnWidths.TEXT_SIZE;
    private static final float CAPTION = 12f;
    /** Pictures print 16 cm wide and at most 22 cm high, as in the DOCX. */
    private static final float FIGURE_WIDTH = 16 * 72 / 2.54f;

    private static final float FIGURE_HEIGHT = 22 * 72 / 2.54f;
    private static final Color SUBHEADING_FILL = new Color(0xf3, 0xf5, 0xf8);
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
    private final List<Integer> headingPages = new ArrayList<>();
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

    /** The page each heading was laid out on, in the order of the headings (after {@link #write}). */
    List<Integer> headingPages() {
        return List.copyOf(headingPages);
    }

    void write(Document doc, OutputStream out, IntConsumer progress) {
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4, 85, 42, 57, 57);
        writer = PdfWriter.getInstance(pdf, out);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        // justified lines widen the spaces between words only: letter-spaced words read as broken ones
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
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
            para.setLeading(BODY * LINE);
            para.setSpacingAfter(6);
            if (p.label() != null) {
                para.add(new Chunk(p.label() + " ", strong));
            }
            para.add(new Chunk(p.text(), body));
            pdf.add(para);
        } else if (block instanceof Document.Bullets b) {
            for (String item : b.items()) {
                com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph("–\u00a0" + item, body);
                para.setIndentationLeft(35);
                para.setFirstLineIndent(-14);
                para.setLeading(BODY * LINE);
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
        pdf.add(centered(t.organisation(), new Font(bold, 14), 0));
        pdf.add(centered(t.title().toUpperCase(java.util.Locale.ROOT), new Font(bold, 16), 180));
        pdf.add(centered(t.subtitle(), new Font(regular, 14), 24));
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
        pdf.add(centered("Содержание", new Font(bold, 16), 0));
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
                text.setPaddingLeft(h.level() == 1 ? 0 : 14);
                text.setPaddingBottom(h.level() == 1 ? 3 : 2);
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
        float size = h.level() == 1 ? 16 : 14;
        Chunk chunk = new Chunk(h.full(), new Font(bold, size));
        chunk.setGenericTag((h.level()) + ":" + headingIndex++ + ":" + h.full());
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph("", chunk.getFont());
        p.add(chunk);
        p.setLeading(size * LINE);
        p.setFirstLineIndent(35);
        p.setSpacingBefore(h.level() == 1 ? 0 : 12);
        p.setSpacingAfter(h.level() == 1 ? 12 : 6);
        p.setKeepTogether(true);
        pdf.add(p);
    }

    /**
     * The caption and the column headers open the table as its first body rows; the two header rows, «Продолжение
     * таблицы N» and the column headers again, are skipped on the first page and repeated on every page after it. The
     * caption, the headers and the first row go to the next page together if they do not fit.
     */
    private void table(com.lowagie.text.Document pdf, Document.Table t) {
        int columns = t.header().size();
        PdfPTable table = new PdfPTable(ColumnWidths.of(t, pdf.right() - pdf.left()));
        table.setTotalWidth(pdf.right() - pdf.left());
        table.setLockedWidth(true);
        table.setSpacingBefore(10);
        table.setHeaderRows(2);
        table.setSkipFirstHeader(true);
        table.setComplete(false);
        table.setSplitLate(
                true); // a row moves to the next page whole (as in the DOCX, cantSplit) unless taller than one
        table.addCell(captionCell("Продолжение таблицы " + t.number(), columns, Element.ALIGN_RIGHT));
        headerCells(table, t);
        table.addCell(captionCell("Таблица " + t.number() + " – " + t.caption(), columns, Element.ALIGN_LEFT));
        headerCells(table, t);
        int rows = 0;
        boolean captionKept = false;
        for (List<String> row : t.rows()) {
            boolean subheading = Document.Table.isSubheading(row, columns);
            if (subheading) {
                PdfPCell cell = cell(row.get(0), smallBold);
                cell.setColspan(columns);
                cell.setBackgroundColor(SUBHEADING_FILL);
                table.addCell(cell);
            } else {
                for (int c = 0; c < columns; c++) {
                    table.addCell(cell(c < row.size() ? row.get(c) : "", small));
                }
            }
            rows++;
            if (!captionKept && !subheading) {
                keepCaptionWithFirstRow(pdf, table);
                captionKept = true;
            }
            if (rows % FLUSH_ROWS == 0) {
                pdf.add(table);
            }
        }
        table.setComplete(true);
        pdf.add(table);
    }

    /**
     * Starts a new page when the caption, the column headers, a sub-heading and the first row under it would not fit on
     * this one (called once the first row is in the table).
     */
    private void keepCaptionWithFirstRow(com.lowagie.text.Document pdf, PdfPTable table) {
        float needed = table.spacingBefore();
        for (int r = 2; r < table.size(); r++) {
            needed += table.getRowHeight(r);
        }
        if (writer.getVerticalPosition(true) - needed < pdf.bottom()) {
            pdf.newPage();
        }
    }

    private PdfPCell captionCell(String text, int columns, int alignment) {
        PdfPCell caption = new PdfPCell(new Phrase(text, new Font(regular, CAPTION)));
        caption.setColspan(columns);
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setHorizontalAlignment(alignment);
        caption.setPaddingLeft(0);
        caption.setPaddingRight(0);
        caption.setPaddingBottom(4);
        caption.setLeading(0, 1.15f);
        return caption;
    }

    private void headerCells(PdfPTable table, Document.Table t) {
        for (String h : t.header()) {
            PdfPCell cell = cell(h, smallBold);
            cell.setBackgroundColor(HEADER_FILL);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(3);
        cell.setLeading(0, 1.15f);
        return cell;
    }

    private void figure(com.lowagie.text.Document pdf, Document.Figure f) {
        try {
            Image image = Image.getInstance(f.png());
            float width = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
            image.scaleToFit(Math.min(width, FIGURE_WIDTH), FIGURE_HEIGHT);
            image.setAlignment(Image.MIDDLE);
            image.setSpacingBefore(6);
            pdf.add(image);
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось вставить рисунок", e);
        }
        com.lowagie.text.Paragraph caption =
                centered("Рисунок " + f.number() + " – " + f.caption(), new Font(regular, CAPTION), 3);
        caption.setSpacingAfter(12);
        pdf.add(caption);
    }

    /** Page numbers, bookmarks and the numbers of the contents. */
    private final class Events extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter w, com.lowagie.text.Document pdf) {
            if (w.getPageNumber() == 1) {
                return;
            }
            ru.praktika.shared.PdfFonts.pageNumber(w, pdf, regular);
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
            headingPages.add(w.getPageNumber());
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
