package ru.praktika.shared.spreadsheet;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The XLSX half of {@link SpreadsheetReader}: POI's event API and a SAX handler per sheet. */
final class XlsxSheets {

    private XlsxSheets() {}

    /** Reads the named sheets of the package in the file. */
    static void read(Path file, Set<String> sheets, RowVisitor visitor) throws Exception {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904;
            try (InputStream workbook = reader.getWorkbookData()) {
                date1904 = date1904(workbook);
            }
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = null;
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    if (!sheets.contains(name)) {
                        continue;
                    }
                    if (strings == null) {
                        strings = new ReadOnlySharedStringsTable(pkg, false);
                    }
                    XMLReader xml = sheetParser();
                    xml.setContentHandler(new SheetHandler(name, strings, styles, date1904, visitor));
                    xml.parse(new InputSource(in));
                }
            }
        } finally {
            pkg.revert();
        }
    }

    private static final com.ctc.wstx.sax.WstxSAXParserFactory SAX = saxFactory();

    /**
     * Woodstox's SAX parser for the sheets (their XML is most of the reading; it parses it about twice as fast as the
     * JDK's), with no DTDs and no external entities, as POI's own parsers.
     */
    private static com.ctc.wstx.sax.WstxSAXParserFactory saxFactory() {
        com.ctc.wstx.stax.WstxInputFactory stax = new com.ctc.wstx.stax.WstxInputFactory();
        stax.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        com.ctc.wstx.sax.WstxSAXParserFactory factory = new com.ctc.wstx.sax.WstxSAXParserFactory(stax);
        factory.setNamespaceAware(true);
        return factory;
    }

    private static XMLReader sheetParser() throws Exception {
        return SAX.newSAXParser().getXMLReader();
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel). */
    private static boolean date1904(InputStream workbook) throws Exception {
        boolean[] result = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String v = attributes.getValue("date1904");
                    result[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                }
            }
        });
        xml.parse(new InputSource(workbook));
        return result[0];
    }

    /** The column index of a cell reference: {@code A1} → 0, {@code AB12} → 27; -1 when there are no letters. */
    static int column(String ref) {
        int col = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
            letters++;
            if (col > SpreadsheetReader.MAX_COLUMNS) {
                return SpreadsheetReader.MAX_COLUMNS;
            }
        }
        return letters == 0 ? -1 : col - 1;
    }

    /** Turns one worksheet's {@code sheetData} into visited rows. */
    private static final class SheetHandler extends DefaultHandler {
        private final String sheet;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final RowVisitor visitor;

        private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private int rowNumber;
        private int nextColumn;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(
                String sheet,
                ReadOnlySharedStringsTable strings,
                StylesTable styles,
                boolean date1904,
                RowVisitor visitor) {
            this.sheet = sheet;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.visitor = visitor;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r.strip()) : rowNumber + 1;
                    cells.clear();
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    int col = r != null ? column(r.strip()) : -1;
                    column = col >= 0 ? col : nextColumn;
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s != null ? Integer.parseInt(s.strip()) : 0;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> {
                    value.setLength(0);
                    inValue = true;
                }
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = inInline && !inPhonetic;
                default -> {
                    // formulas, extensions: not needed
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    String text = cellText();
                    if (text != null && column < SpreadsheetReader.MAX_COLUMNS) {
                        SpreadsheetReader.put(cells, column, text);
                    }
                }
                case "row" -> {
                    List<String> row = SpreadsheetReader.visible(cells);
                    if (row != null) {
                        visitor.row(sheet, rowNumber, row);
                    }
                    cells.clear();
                }
                default -> {
                    // nothing to finish
                }
            }
        }

        private String cellText() {
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> {
                    String idx = SpreadsheetReader.text(value);
                    yield idx == null
                            ? null
                            : SpreadsheetReader.text(
                                    strings.getItemAt(Integer.parseInt(idx)).getString());
                }
                case "inlineStr" -> decoded(inline.length() > 0 ? inline : value);
                case "str" -> decoded(value);
                case "b" -> SpreadsheetReader.bool(value.toString());
                case "e" -> null;
                case "d" -> SpreadsheetReader.isoDate(value.toString());
                default -> numeric(value.toString());
            };
        }

        /** The text with Excel's {@code _x000D_} escapes decoded, as the shared strings table decodes them. */
        private static String decoded(CharSequence raw) {
            String s = SpreadsheetReader.text(raw);
            if (s == null || !s.contains("_x")) {
                return s;
            }
            Matcher m = ESCAPE.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(
                        out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
            }
            m.appendTail(out);
            return SpreadsheetReader.text(out);
        }

        /** Whether the cell format with this index shows a date; remembered per index. */
        private boolean isDate(int index) {
            Boolean known = dateStyles.get(index);
            if (known == null) {
                known = false;
                if (styles != null && index >= 0 && index < styles.getNumCellStyles()) {
                    XSSFCellStyle cellStyle = styles.getStyleAt(index);
                    String format = cellStyle == null ? null : cellStyle.getDataFormatString();
                    known = format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format);
                }
                dateStyles.put(index, known);
            }
            return known;
        }

        private String numeric(String raw) {
            String s = SpreadsheetReader.text(raw);
            if (s == null) {
                return null;
            }
            if (isDate(style)) {
                try {
                    double d = Double.parseDouble(s);
                    if (DateUtil.isValidExcelDate(d)) {
                        return SpreadsheetReader.date(
                                DateUtil.getLocalDateTime(d, date1904).toLocalDate());
                    }
                } catch (NumberFormatException e) {
                    return s;
                }
            }
            return SpreadsheetReader.number(s);
        }
    }
}
