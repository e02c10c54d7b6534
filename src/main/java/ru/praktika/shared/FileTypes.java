package ru.praktika.shared;

import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Recognises an attachment by its content, never by its name: PDF, JPEG, PNG, and the Office Open XML packages
 * DOCX and XLSX (a ZIP holding {@code word/document.xml} or {@code xl/workbook.xml}). Anything else is refused.
 * {@link #spreadsheet} also knows the OpenDocument spreadsheet (ODS), which is not accepted as an attachment.
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    private FileTypes() {}

    /** The type of the content, if it is one of the accepted kinds. */
    public static Optional<String> recognise(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
            return officePackage(content);
        }
        return Optional.empty();
    }

    /**
     * The type of a spreadsheet we can read: {@link #XLSX}, or {@link #ODS} (a ZIP whose first entry {@code mimetype}
     * holds the ODS content type, with a {@code content.xml}); empty for anything else. Inflates at most a few bytes of the {@code mimetype} entry.
     */
    public static Optional<String> spreadsheet(byte[] content) {
        if (!startsWith(content, 'P', 'K', 0x03, 0x04)) {
            return Optional.empty();
        }
        java.nio.file.Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempFile("praktika-sheet-", ".zip");
            java.nio.file.Files.write(tmp, content);
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                if (zip.getEntry("xl/workbook.xml") != null && zip.getEntry("[Content_Types].xml") != null) {
                    return Optional.of(XLSX);
                }
                java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = zip.entries();
                if (entries.hasMoreElements()) {
                    java.util.zip.ZipEntry first = entries.nextElement();
                    if ("mimetype".equals(first.getName()) && zip.getEntry("content.xml") != null) {
                        try (java.io.InputStream in = zip.getInputStream(first)) {
                            byte[] head = in.readNBytes(ODS.length() + 2);
                            if (ODS.equals(new String(head, java.nio.charset.StandardCharsets.US_ASCII).strip())) {
                                return Optional.of(ODS);
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (tmp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads only the ZIP's central directory (entry names), never inflates an entry, so a zip bomb costs nothing.
     */
    private static Optional<String> officePackage(byte[] content) {
        java.nio.file.Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempFile("praktika-upload-", ".zip");
            java.nio.file.Files.write(tmp, content);
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(DOCX);
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(XLSX);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (tmp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS
                }
            }
        }
        return Optional.empty();
    }

    /** A file name safe to store and send back: no path, no control characters, the extension of the real type. */
    public static String safeName(String fileName, String type, String fallback) {
        String base =
                fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "");
        base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "").strip();
        if (base.isEmpty()) {
            base = fallback;
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + extension(type);
    }

    /** The SHA-256 of content, in hex. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String extension(String type) {
        return switch (type) {
            case PDF -> ".pdf";
            case JPEG -> ".jpg";
            case PNG -> ".png";
            case DOCX -> ".docx";
            case XLSX -> ".xlsx";
            case ODS -> ".ods";
            default -> "";
        };
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
