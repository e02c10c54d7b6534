package ru.praktika.shared;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * The Cyrillic fonts PDFs embed: Liberation Serif shipped in {@code fonts/} (SIL Open Font License, the licence beside
 * it), metric-compatible with Times New Roman, which the DOCX files name: a PDF and a DOCX of the same document set the
 * same text in the same widths, and the PDF prints the same on any machine. Loaded once; OpenPDF subsets them per
 * document.
 */
public final class PdfFonts {

    /** The family's name, as PDF readers report it (for tests and documentation). */
    public static final String FAMILY = "Liberation Serif";

    private static final BaseFont REGULAR = load("fonts/LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = load("fonts/LiberationSerif-Bold.ttf");

    private PdfFonts() {}

    public static BaseFont regular() {
        return REGULAR;
    }

    public static BaseFont bold() {
        return BOLD;
    }

    private static BaseFont load(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return BaseFont.createFont(
                    path.substring(path.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException("Нет шрифта " + path, e);
        }
    }
}
