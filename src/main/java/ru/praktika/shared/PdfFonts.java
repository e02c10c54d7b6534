package ru.praktika.shared;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * The Cyrillic fonts PDFs embed: DejaVu Serif shipped in {@code fonts/} (Bitstream Vera licence), so a PDF prints the
 * same on any machine. Loaded once; OpenPDF subsets them per document.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("fonts/DejaVuSerif.ttf");
    private static final BaseFont BOLD = load("fonts/DejaVuSerif-Bold.ttf");

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
