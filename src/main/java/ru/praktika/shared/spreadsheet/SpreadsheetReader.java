package ru.praktika.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import ru.praktika.shared.FileTypes;

/**
 * Reads the rows of XLSX and ODS spreadsheets as text, streaming: the sheets are parsed with SAX (XLSX) and StAX
 * (ODS) straight from the compressed package, never built into a document tree, and sheets nobody asked for are not
 * parsed at all. Both formats give the same text for the same content:
 *
 * <ul>
 *   <li>strings as written, {@link String#strip() stripped}, blank → {@code null}; ODS paragraphs joined with
 *       {@code "\n"};
 *   <li>numbers as plain decimals without exponent and trailing zeros: {@code 1500000}, {@code 1500000.5},
 *       {@code 0.25} (the stored value, never the displayed one);
 *   <li>dates (a number with a date format in XLSX, a date value in ODS) as {@code dd.MM.yyyy}, the time dropped;
 *       text that looks like a date stays text;
 *   <li>booleans as «да» / «нет»; error values as {@code null}; formulas by their cached value.
 * </ul>
 */
public final class SpreadsheetReader {

    /** The formats the reader understands. */
    public enum Kind {
        /** Office Open XML workbook (Excel, and LibreOffice «Excel 2007–365»). */
        XLSX,
        /** OpenDocument spreadsheet (LibreOffice). */
        ODS
    }

    /** The message for a file that is not a readable spreadsheet. */
    public static final String CORRUPT =
            "Файл повреждён или не является таблицей Excel или LibreOffice; данные не изменены";

    /** The message for a package whose compression is implausibly high. */
    public static final String ZIP_BOMB = "Файл похож на zip-бомбу (сжатие неправдоподобно велико) и не загружен";

    /** The largest inflated size of one package entry. */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    /** Columns beyond Excel's last column (XFD) are ignored. */
    static final int MAX_COLUMNS = 16_384;

    /** Rows beyond Excel's last row are not visited. */
    static final int MAX_ROWS = 1_048_576;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private SpreadsheetReader() {}

    /** The format of the content, or {@code null} when it is not a spreadsheet this reader reads. */
    public static Kind kind(byte[] content) {
        if (content == null) {
            return null;
        }
        String type = FileTypes.spreadsheet(content).orElse(null);
        if (FileTypes.XLSX.equals(type)) {
            return Kind.XLSX;
        }
        if (FileTypes.ODS.equals(type)) {
            return Kind.ODS;
        }
        return null;
    }

    /**
     * Reads the named sheets (others are skipped without parsing), calling the visitor for every row that has at
     * least one non-blank cell, in the order the rows are stored. A sheet that is absent is simply not visited. An
     * exception thrown by the visitor reaches the caller unchanged.
     *
     * @throws SpreadsheetException when the content is not a readable XLSX or ODS file, with a Russian message
     */
    public static void read(byte[] content, Set<String> sheets, RowVisitor visitor) throws SpreadsheetException {
        Kind kind = kind(content);
        if (kind == null) {
            throw new SpreadsheetException(CORRUPT);
        }
        RowVisitor guarded = (sheet, row, cells) -> {
            try {
                visitor.row(sheet, row, cells);
            } catch (RuntimeException e) {
                throw new VisitorFailure(e);
            }
        };
        Path tmp = null;
        try {
            tmp = Files.createTempFile("praktika-sheet-", kind == Kind.XLSX ? ".xlsx" : ".ods");
            Files.write(tmp, content);
            refuseBombs(tmp);
            if (kind == Kind.XLSX) {
                XlsxSheets.read(tmp, sheets, guarded);
            } else {
                OdsSheets.read(tmp, sheets, guarded);
            }
        } catch (SpreadsheetException e) {
            throw e;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof VisitorFailure failure) {
                    throw (RuntimeException) failure.getCause();
                }
            }
            throw new SpreadsheetException(zipBomb(e) ? ZIP_BOMB : CORRUPT, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS
                }
            }
        }
    }

    /**
     * Refuses a zip whose central directory declares an entry bigger than the limit or compressed implausibly well,
     * before any entry is read: a bomb is named as such even in a file whose structure is broken.
     */
    private static void refuseBombs(Path file) throws SpreadsheetException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var e = entries.nextElement();
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size > MAX_ENTRY_BYTES || (size > 1_000_000 && packed >= 0 && packed < size / 100)) {
                    throw new SpreadsheetException(ZIP_BOMB);
                }
            }
        } catch (IOException e) {
            throw new SpreadsheetException(CORRUPT, e);
        }
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** Stripped text, {@code null} when blank. */
    static String text(CharSequence raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** A stored number as a plain decimal: {@code 2024.0} → {@code 2024}, {@code 1.5E6} → {@code 1500000}. */
    static String number(String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /** A date as {@code dd.MM.yyyy}. */
    static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** The date part of an ISO date or date-time ({@code 2024-03-01T10:00:00}) as {@code dd.MM.yyyy}. */
    static String isoDate(String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(s);
        if (!m.find()) {
            return s;
        }
        try {
            return date(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return s;
        }
    }

    /** A boolean as «да» / «нет», {@code null} when the stored text is none. */
    static String bool(String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true" -> "да";
            case "0", "false" -> "нет";
            default -> s;
        };
    }

    /** Puts a cell text in its column, growing the row as needed. */
    static void put(List<String> cells, int column, String text) {
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, text);
    }

    /** The row as the visitor sees it: trailing blank cells dropped; {@code null} when the row is blank. */
    static List<String> visible(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1) == null) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        return Collections.unmodifiableList(new ArrayList<>(cells.subList(0, end)));
    }

    /** An exception thrown by the caller's visitor, carried through the parsers untouched. */
    private static final class VisitorFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VisitorFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** Reads an input stream and refuses to go past a size. */
    static final class LimitedStream extends java.io.FilterInputStream {
        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new IOException("Zip bomb detected! The entry inflates to more than " + limit + " bytes");
            }
        }
    }
}
