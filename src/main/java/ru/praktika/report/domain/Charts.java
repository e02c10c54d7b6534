package ru.praktika.report.domain;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.core.io.ClassPathResource;
import ru.praktika.shared.RussianNumbers;

/**
 * Pictures for documents, drawn with Java2D into PNG at print resolution (about 200 dpi for a 16 cm column): horizontal
 * bar charts and the choropleth map of regions. The font is Liberation Serif shipped in {@code fonts/} (the text font of
 * the documents), so the pictures look the same on every machine.
 */
final class Charts {

    /** Picture width in pixels; the documents print it 16 cm wide. */
    static final int WIDTH = 1300;

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color BAR = new Color(0x1f, 0x4e, 0x79);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    /** Sequential blues, light to dark, for the map's classes. */
    private static final Color[] BLUES = {
        new Color(0xc6, 0xdb, 0xef),
        new Color(0x9e, 0xca, 0xe1),
        new Color(0x42, 0x92, 0xc6),
        new Color(0x08, 0x51, 0x9c),
        new Color(0x08, 0x30, 0x6b)
    };

    private static final Color NONE = new Color(0xe4, 0xe4, 0xe4);

    private static final Font BASE = load();

    private Charts() {}

    /** A picture and its size. */
    record Picture(byte[] png, int width, int height) {}

    /** One bar: its label, its value and how the value is written next to it. */
    record Bar(String label, double value, String valueText) {}

    /** Horizontal bars, longest first as given, labels on the left, values at the bars' ends. */
    static Picture bars(List<Bar> bars) {
        int rowHeight = 38;
        int top = 20;
        int height = top + Math.max(1, bars.size()) * rowHeight + 20;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        Font label = BASE.deriveFont(22f);
        g.setFont(label);
        FontMetrics fm = g.getFontMetrics();
        int labelWidth = 520;
        int valueWidth = 150;
        int plotX = labelWidth + 20;
        int plotWidth = WIDTH - plotX - valueWidth;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        g.setColor(GRID);
        for (int i = 0; i <= 4; i++) {
            int x = plotX + plotWidth * i / 4;
            g.drawLine(x, top - 10, x, height - 15);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * rowHeight;
            g.setColor(INK);
            String text = fit(bar.label(), fm, labelWidth);
            g.drawString(text, labelWidth - fm.stringWidth(text), y + rowHeight / 2 + fm.getAscent() / 2 - 3);
            int w = (int) Math.round(plotWidth * bar.value() / max);
            g.setColor(BAR);
            g.fillRect(plotX, y + 6, Math.max(w, 1), rowHeight - 12);
            g.setColor(INK);
            g.drawString(bar.valueText(), plotX + w + 10, y + rowHeight / 2 + fm.getAscent() / 2 - 3);
        }
        g.dispose();
        return new Picture(png(image), WIDTH, height);
    }

    /**
     * The map of regions coloured in five classes by a value.
     *
     * @param outlines region code → outline, in map units
     * @param mapSize the map's width and height in those units
     * @param values region code → value (regions without one are grey)
     * @param legendTitle what the value is
     */
    static Picture map(Map<String, Path2D> outlines, double[] mapSize, Map<String, Long> values, String legendTitle) {
        int mapWidth = WIDTH;
        double scale = mapWidth / mapSize[0];
        int mapHeight = (int) Math.ceil(mapSize[1] * scale);
        int legendHeight = 90;
        BufferedImage image = new BufferedImage(WIDTH, mapHeight + legendHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long[] bounds = classBounds(max);
        AffineTransform at = AffineTransform.getScaleInstance(scale, scale);
        g.setStroke(new BasicStroke(1.2f));
        outlines.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            java.awt.Shape shape = at.createTransformedShape(e.getValue());
            Long v = values.get(e.getKey());
            g.setColor(v == null || v == 0 ? NONE : BLUES[classOf(v, bounds)]);
            g.fill(shape);
            g.setColor(Color.WHITE);
            g.draw(shape);
        });
        Font font = BASE.deriveFont(26f);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int y = mapHeight + 30;
        int x = 20;
        g.setColor(INK);
        g.drawString(legendTitle + ":", x, y + fm.getAscent() - 4);
        x += fm.stringWidth(legendTitle + ":") + 20;
        g.setColor(NONE);
        g.fillRect(x, y, 36, 24);
        g.setColor(GRID);
        g.drawRect(x, y, 36, 24);
        g.setColor(INK);
        g.drawString("нет", x + 44, y + fm.getAscent() - 4);
        x += 44 + fm.stringWidth("нет") + 24;
        for (int c = 0; c < BLUES.length; c++) {
            long from = c == 0 ? 1 : bounds[c - 1] + 1;
            long to = bounds[c];
            if (from > to) {
                continue;
            }
            g.setColor(BLUES[c]);
            g.fillRect(x, y, 36, 24);
            g.setColor(INK);
            String text = from == to ? RussianNumbers.format(from) : from + "–" + to;
            g.drawString(text, x + 44, y + fm.getAscent() - 4);
            x += 44 + fm.stringWidth(text) + 24;
        }
        g.dispose();
        return new Picture(png(image), WIDTH, mapHeight + legendHeight);
    }

    /** Upper bounds of five classes of equal width from 1 to max. */
    static long[] classBounds(long max) {
        long[] bounds = new long[BLUES.length];
        for (int c = 0; c < bounds.length; c++) {
            bounds[c] = Math.max(1, Math.round((double) max * (c + 1) / bounds.length));
        }
        return bounds;
    }

    private static int classOf(long v, long[] bounds) {
        for (int c = 0; c < bounds.length; c++) {
            if (v <= bounds[c]) {
                return c;
            }
        }
        return bounds.length - 1;
    }

    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && fm.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось нарисовать рисунок", e);
        }
    }

    private static Font load() {
        try (InputStream in = new ClassPathResource("fonts/LiberationSerif-Regular.ttf").getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Нет шрифта fonts/LiberationSerif-Regular.ttf", e);
        }
    }
}
