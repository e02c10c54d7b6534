package ru.praktika.shared.spreadsheet;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The ODS half of {@link SpreadsheetReader}: {@code content.xml} read with StAX straight from the package. Repeated
 * empty rows and cells (LibreOffice writes a million of them) are only counted, never built.
 */
final class OdsSheets {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    /** LibreOffice has no boolean cells: a boolean imported from XLSX becomes a number computed by TRUE() or FALSE(). */
    private static final java.util.regex.Pattern BOOLEAN_FORMULA = java.util.regex.Pattern.compile(
            "(?:[a-z]+:)?=\\s*(TRUE|FALSE)\\(\\)\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The most spaces one {@code text:s} may give. */
    private static final int MAX_SPACES = 1_000;

    private final XMLStreamReader xml;
    private final Set<String> sheets;
    private final RowVisitor visitor;

    private OdsSheets(XMLStreamReader xml, Set<String> sheets, RowVisitor visitor) {
        this.xml = xml;
        this.sheets = sheets;
        this.visitor = visitor;
    }

    /** A StAX factory without DTDs and external entities (a factory per read: they need not be thread-safe). */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** Reads the named sheets of the package in the file. */
    static void read(Path file, Set<String> sheets, RowVisitor visitor) throws Exception {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            ZipArchiveEntry mimetype = zip.getEntry("mimetype");
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (mimetype == null || content == null) {
                throw new SpreadsheetException(SpreadsheetReader.CORRUPT);
            }
            try (InputStream in = zip.getInputStream(mimetype)) {
                String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                if (!ru.praktika.shared.FileTypes.ODS.equals(type)) {
                    throw new SpreadsheetException(SpreadsheetReader.CORRUPT);
                }
            }
            try (InputStream in = new SpreadsheetReader.LimitedStream(
                    zip.getInputStream(content), SpreadsheetReader.MAX_ENTRY_BYTES)) {
                XMLStreamReader xml = factory().createXMLStreamReader(in);
                try {
                    new OdsSheets(xml, sheets, visitor).document();
                } finally {
                    xml.close();
                }
            }
        }
    }

    private void document() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && is(TABLE, "table")) {
                String name = xml.getAttributeValue(TABLE, "name");
                if (name != null && sheets.contains(name)) {
                    table(name);
                } else {
                    skip();
                }
            }
        }
    }

    /** Reads a {@code table:table}, the reader on its start; returns on its end. */
    private void table(String name) throws XMLStreamException {
        long rowNumber = 0;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(TABLE, "table-row")) {
                    rowNumber = row(name, rowNumber);
                } else if (is(TABLE, "table-header-rows") || is(TABLE, "table-row-group") || is(TABLE, "table-rows")) {
                    depth++;
                } else {
                    skip();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Reads a {@code table:table-row}, visits it (as often as it is repeated) and returns the last row number. */
    private long row(String sheet, long lastRow) throws XMLStreamException {
        long repeat = count(xml.getAttributeValue(TABLE, "number-rows-repeated"));
        List<String> cells = new ArrayList<>();
        long column = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(TABLE, "table-cell") || is(TABLE, "covered-table-cell")) {
                    long columns = count(xml.getAttributeValue(TABLE, "number-columns-repeated"));
                    String text = cell();
                    if (text != null) {
                        for (long c = column; c < column + columns && c < SpreadsheetReader.MAX_COLUMNS; c++) {
                            SpreadsheetReader.put(cells, (int) c, text);
                        }
                    }
                    column += columns;
                } else {
                    skip();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        List<String> row = SpreadsheetReader.visible(cells);
        if (row == null) {
            return lastRow + repeat;
        }
        long rowNumber = lastRow;
        for (long i = 0; i < repeat; i++) {
            rowNumber++;
            if (rowNumber > SpreadsheetReader.MAX_ROWS) {
                return lastRow + repeat;
            }
            visitor.row(sheet, (int) rowNumber, row);
        }
        return rowNumber;
    }

    /** Reads a cell, the reader on its start; returns its normalised text on its end. */
    private String cell() throws XMLStreamException {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        String value = xml.getAttributeValue(OFFICE, "value");
        String dateValue = xml.getAttributeValue(OFFICE, "date-value");
        String booleanValue = xml.getAttributeValue(OFFICE, "boolean-value");
        String stringValue = xml.getAttributeValue(OFFICE, "string-value");
        boolean error = "error".equals(xml.getAttributeValue(CALCEXT, "value-type"));
        String formula = xml.getAttributeValue(TABLE, "formula");
        StringBuilder text = new StringBuilder();
        boolean paragraphs = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(TEXT, "p") || is(TEXT, "h")) {
                    if (paragraphs) {
                        text.append('\n');
                    }
                    paragraphs = true;
                    paragraph(text);
                } else {
                    skip();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if (error) {
            return null;
        }
        if (type == null) {
            return SpreadsheetReader.text(text);
        }
        if ("float".equals(type) && formula != null && value != null) {
            java.util.regex.Matcher bool = BOOLEAN_FORMULA.matcher(formula.strip());
            if (bool.matches()) {
                return bool.group(1).equalsIgnoreCase("TRUE") ? "да" : "нет";
            }
        }
        return switch (type) {
            case "float", "percentage", "currency" ->
                value != null ? SpreadsheetReader.number(value) : SpreadsheetReader.text(text);
            case "date" -> dateValue != null ? SpreadsheetReader.isoDate(dateValue) : SpreadsheetReader.text(text);
            case "boolean" ->
                booleanValue != null ? SpreadsheetReader.bool(booleanValue) : SpreadsheetReader.text(text);
            case "string" -> SpreadsheetReader.text(stringValue != null ? stringValue : text);
            default -> SpreadsheetReader.text(text);
        };
    }

    /** Appends the text of a paragraph, the reader on its start; returns on its end. */
    private void paragraph(StringBuilder text) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (is(TEXT, "s")) {
                        long spaces = Math.min(count(xml.getAttributeValue(TEXT, "c")), MAX_SPACES);
                        text.append(" ".repeat((int) spaces));
                        skip();
                    } else if (is(TEXT, "tab")) {
                        text.append('\t');
                        skip();
                    } else if (is(TEXT, "line-break")) {
                        text.append('\n');
                        skip();
                    } else if (is(OFFICE, "annotation") || is(TEXT, "note") || DRAW.equals(xml.getNamespaceURI())) {
                        skip();
                    } else {
                        depth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    /** Moves past the end of the element the reader is on. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private boolean is(String namespace, String localName) {
        return localName.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    /** A repeat count attribute: at least 1. */
    private static long count(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
