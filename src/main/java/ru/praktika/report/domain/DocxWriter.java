package ru.praktika.report.domain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link Document} as DOCX (WordprocessingML) straight into a zip stream, paragraph by paragraph, without
 * building the document tree in memory: a report of 10,000 practices stays within a small heap (ADR 0009). The file
 * is what Word, LibreOffice and Apache POI read: Times New Roman (every Russian office has it), styles «Заголовок 1/2»
 * with outline levels (Word's navigation pane), a table of contents field whose result is already written with the page
 * numbers (taken from the PDF layout of the same document, which uses a metric-compatible font and the same sizes and
 * margins), so Word shows them without asking to update fields; captions «Таблица N –» above tables and «Рисунок N –»
 * below figures, column widths from the content ({@link ColumnWidths}), table headers repeated on each page, page
 * numbers in the footer from the second page, GOST margins (30/15/20/20 mm).
 */
final class DocxWriter {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Text width in twips: A4 (11906) minus 30 mm and 15 mm margins. */
    private static final int TEXT_WIDTH = 9355;

    private static final long EMU_PER_PX_AT_WIDTH = 16L * 360000 / Charts.WIDTH;
    /** 22 cm: the text area of A4 with GOST margins is about 25.7 cm, less the caption. */
    private static final long MAX_HEIGHT_EMU = 22L * 360000;

    private final List<byte[]> images = new ArrayList<>();
    private final List<Integer> headingPages;
    private int headings;
    private Writer out;

    /** @param headingPages the page of each heading, in order (from {@link PdfDocumentWriter#headingPages()}) */
    DocxWriter(List<Integer> headingPages) {
        this.headingPages = List.copyOf(headingPages);
    }

    /**
     * Writes the document.
     *
     * @param doc the document
     * @param stream where the DOCX goes (left open)
     * @param progress told the number of blocks written so far
     */
    void write(Document doc, OutputStream stream, IntConsumer progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        zip.putNextEntry(entry("word/document.xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                + "\" xmlns:r=\"" + R
                + "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>");
        int written = 0;
        for (Document.Block block : doc.blocks()) {
            block(block, doc);
            progress.accept(++written);
        }
        out.write("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"709\""
                + " w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>");
        out.flush();
        zip.closeEntry();
        for (int i = 0; i < images.size(); i++) {
            zip.putNextEntry(entry("word/media/image" + (i + 1) + ".png"));
            zip.write(images.get(i));
            zip.closeEntry();
        }
        part(zip, "[Content_Types].xml", contentTypes());
        part(
                zip,
                "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                        + "metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>");
        part(zip, "word/_rels/document.xml.rels", documentRels());
        part(zip, "word/styles.xml", STYLES);
        part(
                zip,
                "word/settings.xml",
                // no updateFields: the contents already show their page numbers, Word need not ask on opening
                "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"709\"/>"
                        + "<w:characterSpacingControl w:val=\"doNotCompress\"/></w:settings>");
        part(
                zip,
                "word/footer1.xml",
                "<w:ftr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE"
                        + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>");
        part(
                zip,
                "docProps/core.xml",
                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                        + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
                        + escape(doc.title()) + "</dc:title><dc:creator>Практика</dc:creator><dc:language>ru-RU"
                        + "</dc:language></cp:coreProperties>");
        zip.finish();
    }

    private void block(Document.Block block, Document doc) throws IOException {
        if (block instanceof Document.TitlePage t) {
            titlePage(t);
        } else if (block instanceof Document.Contents) {
            contents(doc);
        } else if (block instanceof Document.Heading h) {
            int n = ++headings;
            out.write("<w:p><w:pPr><w:pStyle w:val=\"Heading" + h.level() + "\"/></w:pPr><w:bookmarkStart w:id=\"" + n
                    + "\" w:name=\"_Toc" + n + "\"/>");
            run(h.full(), false);
            out.write("<w:bookmarkEnd w:id=\"" + n + "\"/></w:p>");
        } else if (block instanceof Document.Paragraph p) {
            out.write("<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr>");
            if (p.label() != null) {
                run(p.label() + " ", true);
            }
            run(p.text(), false);
            out.write("</w:p>");
        } else if (block instanceof Document.Bullets b) {
            for (String item : b.items()) {
                paragraph("ListText", null, "–\u00a0" + item);
            }
        } else if (block instanceof Document.Table t) {
            table(t);
        } else if (block instanceof Document.Figure f) {
            figure(f);
        } else if (block instanceof Document.PageBreak) {
            out.write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        }
    }

    private void titlePage(Document.TitlePage t) throws IOException {
        paragraph("TitleOrg", null, t.organisation());
        paragraph("Title", null, t.title());
        paragraph("Subtitle", null, t.subtitle());
        paragraph("TitlePlace", null, t.place());
        paragraph("TitlePlace", null, t.date());
        out.write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    /**
     * A TOC field with its result written out: each heading, a dotted leader and its page, linked to the heading's
     * bookmark. Word shows it as it is (F9 lays it out again after edits).
     */
    private void contents(Document doc) throws IOException {
        paragraph("ContentsHeading", null, "Содержание");
        int n = 0;
        boolean first = true;
        for (Document.Block b : doc.blocks()) {
            if (!(b instanceof Document.Heading h)) {
                continue;
            }
            n++;
            out.write("<w:p><w:pPr><w:pStyle w:val=\"TOC" + h.level() + "\"/></w:pPr>");
            if (first) {
                out.write("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                        + " TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar"
                        + " w:fldCharType=\"separate\"/></w:r>");
                first = false;
            }
            out.write("<w:hyperlink w:anchor=\"_Toc" + n + "\" w:history=\"1\">");
            run(h.full(), false);
            out.write("<w:r><w:tab/></w:r>");
            run(n <= headingPages.size() ? String.valueOf(headingPages.get(n - 1)) : "", false);
            out.write("</w:hyperlink></w:p>");
        }
        if (!first) {
            out.write("<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
        }
    }

    private void table(Document.Table t) throws IOException {
        paragraph("TableCaption", null, "Таблица " + t.number() + " – " + t.caption());
        float[] points = ColumnWidths.of(t, TEXT_WIDTH / 20f);
        int[] widths = new int[points.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.round(points[c] * 20);
        }
        out.write("<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"" + TEXT_WIDTH
                + "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.write("<w:gridCol w:w=\"" + w + "\"/>");
        }
        out.write("</w:tblGrid>");
        row(t.header(), widths, true);
        for (List<String> r : t.rows()) {
            row(r, widths, false);
        }
        out.write("</w:tbl>");
        paragraph("AfterTable", null, "");
    }

    private void row(List<String> cells, int[] widths, boolean header) throws IOException {
        if (Document.Table.isSubheading(cells, widths.length)) {
            out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"" + TEXT_WIDTH
                    + "\" w:type=\"dxa\"/><w:gridSpan w:val=\"" + widths.length + "\"/><w:shd w:val=\"clear\""
                    + " w:color=\"auto\" w:fill=\"F3F5F8\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>"
                    + "<w:keepNext/></w:pPr>");
            run(cells.get(0), true);
            out.write("</w:p></w:tc></w:tr>");
            return;
        }
        out.write(
                header
                        ? "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
                        : "<w:tr><w:trPr><w:cantSplit/>" + "</w:trPr>");
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() ? cells.get(c) : "";
            out.write("<w:tc><w:tcPr><w:tcW w:w=\"" + widths[c] + "\" w:type=\"dxa\"/>"
                    + (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7EEF6\"/>" : "")
                    + "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"" + (header ? "TableHeader" : "TableText")
                    + "\"/></w:pPr>");
            run(text, false);
            out.write("</w:p></w:tc>");
        }
        out.write("</w:tr>");
    }

    private void figure(Document.Figure f) throws IOException {
        images.add(f.png());
        int n = images.size();
        long cx = (long) f.widthPx() * EMU_PER_PX_AT_WIDTH;
        long cy = (long) f.heightPx() * EMU_PER_PX_AT_WIDTH;
        if (cy > MAX_HEIGHT_EMU) { // a tall picture is shrunk to the page, keeping its proportions
            cx = cx * MAX_HEIGHT_EMU / cy;
            cy = MAX_HEIGHT_EMU;
        }
        out.write("<w:p><w:pPr><w:pStyle w:val=\"Picture\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\""
                + " distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/>"
                + "<wp:docPr id=\"" + n + "\" name=\"Рисунок " + f.number() + "\" descr=\"" + escape(f.caption())
                + "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"" + n + "\" name=\"image" + n + ".png\"/><pic:cNvPicPr/>"
                + "</pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImage" + n + "\"/><a:stretch><a:fillRect/>"
                + "</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx
                + "\" cy=\"" + cy + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
        paragraph("FigureCaption", null, "Рисунок " + f.number() + " – " + f.caption());
    }

    private void paragraph(String style, String label, String text) throws IOException {
        out.write("<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>");
        if (label != null) {
            run(label, true);
        }
        if (!text.isEmpty()) {
            run(text, false);
        }
        out.write("</w:p>");
    }

    private void run(String text, boolean bold) throws IOException {
        out.write(bold ? "<w:r><w:rPr><w:b/></w:rPr>" : "<w:r>");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.write("<w:br/>");
            }
            out.write("<w:t xml:space=\"preserve\">");
            out.write(escape(lines[i]));
            out.write("</w:t>");
        }
        out.write("</w:r>");
    }

    private String contentTypes() {
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + override("/word/document.xml", "wordprocessingml.document.main+xml")
                + override("/word/styles.xml", "wordprocessingml.styles+xml")
                + override("/word/settings.xml", "wordprocessingml.settings+xml")
                + override("/word/footer1.xml", "wordprocessingml.footer+xml")
                + "<Override PartName=\"/docProps/core.xml\""
                + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument." + type
                + "\"/>";
    }

    private String documentRels() {
        StringBuilder rels = new StringBuilder(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rIdStyles\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>"
                        + "<Relationship Id=\"rIdSettings\" Type=\"" + R + "/settings\" Target=\"settings.xml\"/>"
                        + "<Relationship Id=\"rIdFooter\" Type=\"" + R + "/footer\" Target=\"footer1.xml\"/>");
        for (int i = 1; i <= images.size(); i++) {
            rels.append("<Relationship Id=\"rIdImage")
                    .append(i)
                    .append("\" Type=\"")
                    .append(R)
                    .append("/image\" Target=\"media/image")
                    .append(i)
                    .append(".png\"/>");
        }
        return rels.append("</Relationships>").toString();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Entries carry a fixed time, so the same document gives the same bytes (and checksum). */
    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        return e;
    }

    private static final long FIXED_TIME = 1_577_836_800_000L; // 2020-01-01

    /** XML text: the five specials escaped, characters XML forbids dropped. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        s.append(c).append(text.charAt(++i));
                    } else if ((c >= 0x20 || c == '\t') && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** Page numbers of the contents at the right margin after a dotted leader, once Word fills them. */
    private static final String TOC_TAB =
            "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + TEXT_WIDTH + "\"/></w:tabs>";

    private static final String STYLES = "<w:styles xmlns:w=\"" + W + "\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
            + " w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"
            + "<w:lang w:val=\"ru-RU\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\""
            + " w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + style("Normal", "Normal", null, "", "", true)
            + style(
                    "BodyText",
                    "Body Text",
                    "Normal",
                    "<w:spacing w:after=\"120\"/><w:ind w:firstLine=\"709\"/><w:jc w:val=\"both\"/>",
                    "",
                    false)
            + style(
                    "ListText",
                    "List",
                    "Normal",
                    "<w:spacing w:after=\"60\"/><w:ind w:left=\"709\" w:hanging=\"284\"/><w:jc w:val=\"both\"/>",
                    "",
                    false)
            + style(
                    "Heading1",
                    "heading 1",
                    "Normal",
                    "<w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:spacing w:before=\"0\" w:after=\"240\"/>"
                            + "<w:ind w:firstLine=\"709\"/><w:outlineLvl w:val=\"0\"/>",
                    "<w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>",
                    false)
            + style(
                    "Heading2",
                    "heading 2",
                    "Normal",
                    "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/>"
                            + "<w:ind w:firstLine=\"709\"/><w:outlineLvl w:val=\"1\"/>",
                    "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
                    false)
            + style(
                    "Title",
                    "Title",
                    "Normal",
                    "<w:spacing w:before=\"3600\" w:after=\"480\"/><w:jc w:val=\"center\"/>",
                    "<w:b/><w:caps/><w:sz w:val=\"32\"/>",
                    false)
            + style(
                    "Subtitle",
                    "Subtitle",
                    "Normal",
                    "<w:spacing w:after=\"4800\"/><w:jc w:val=\"center\"/>",
                    "<w:sz w:val=\"28\"/>",
                    false)
            + style(
                    "TitleOrg",
                    "Title Organisation",
                    "Normal",
                    "<w:jc w:val=\"center\"/>",
                    "<w:b/><w:sz w:val=\"28\"/>",
                    false)
            + style("TitlePlace", "Title Place", "Normal", "<w:jc w:val=\"center\"/>", "", false)
            + style(
                    "ContentsHeading",
                    "TOC Heading",
                    "Normal",
                    "<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>",
                    "<w:b/><w:sz w:val=\"32\"/>",
                    false)
            + style("TOC1", "toc 1", "Normal", TOC_TAB + "<w:spacing w:after=\"60\"/>", "", false)
            + style(
                    "TOC2",
                    "toc 2",
                    "Normal",
                    TOC_TAB + "<w:spacing w:after=\"40\"/><w:ind w:left=\"284\"/>",
                    "",
                    false)
            + style(
                    "TableCaption",
                    "caption",
                    "Normal",
                    "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"60\"/>",
                    "<w:sz w:val=\"24\"/>",
                    false)
            + style(
                    "FigureCaption",
                    "Figure Caption",
                    "Normal",
                    "<w:spacing w:before=\"60\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                    "<w:sz w:val=\"24\"/>",
                    false)
            + style(
                    "Picture",
                    "Picture",
                    "Normal",
                    "<w:keepNext/><w:spacing w:before=\"120\"/><w:jc w:val=\"center\"/>",
                    "",
                    false)
            + style(
                    "TableText",
                    "Table Text",
                    "Normal",
                    "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>",
                    "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>",
                    false)
            + style(
                    "TableHeader",
                    "Table Header",
                    "TableText",
                    "<w:keepNext/><w:jc w:val=\"center\"/>",
                    "<w:b/>",
                    false)
            + style(
                    "AfterTable",
                    "After Table",
                    "Normal",
                    "<w:spacing w:after=\"120\"/>",
                    "<w:sz w:val=\"12\"/>",
                    false)
            + "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/><w:tblPr>"
            + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>"
            + "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"57\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
            + "</w:tblPr></w:style></w:styles>";

    private static String style(String id, String name, String basedOn, String pPr, String rPr, boolean isDefault) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"" + (isDefault ? " w:default=\"1\"" : "")
                + "><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:qFormat/><w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
    }
}
