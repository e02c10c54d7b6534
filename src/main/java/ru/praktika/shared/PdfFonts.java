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

    /** The page number centred under the text of the page, as every PDF of the platform prints it. */
    public static void pageNumber(com.lowagie.text.pdf.PdfWriter w, com.lowagie.text.Document pdf, BaseFont font) {
        com.lowagie.text.pdf.PdfContentByte cb = w.getDirectContent();
        cb.beginText();
        cb.setFontAndSize(font, 10);
        cb.showTextAligned(
                com.lowagie.text.Element.ALIGN_CENTER,
                String.valueOf(w.getPageNumber()),
                (pdf.left() + pdf.right()) / 2,
                pdf.bottom() - 28,
                0);
        cb.endText();
    }
}
