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
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Horizontal bars scaled to the largest one, labels on the left, values at the bars' ends. */
    static Picture bars(List<Bar> bars) {
        return bars(bars, 0);
    }

    /**
     * Horizontal bars in the order given, labels on the left (wrapped at spaces, never cut), each value written at its
     * bar's end.
     *
     * @param scaleMax the value at the right end of the axis, which then starts at 0 and is labelled below the bars
     *     (100 for scores, so that 93 and 91 look as close as they are); 0 scales to the largest bar without labels
     */
    static Picture bars(List<Bar> bars, double scaleMax) {
        int lineHeight = 26;
        int top = 20;
        int labelWidth = 520;
        int valueWidth = 150;
        int plotX = labelWidth + 20;
        int plotWidth = WIDTH - plotX - valueWidth;
        Font label = BASE.deriveFont(22f);
        FontMetrics fm = metrics(label);
        List<List<String>> labels =
                bars.stream().map(b -> wrap(b.label(), fm, labelWidth)).toList();
        int[] rowHeights = labels.stream()
                .mapToInt(l -> Math.max(38, l.size() * lineHeight + 12))
                .toArray();
        int axis = scaleMax > 0 ? 40 : 0;
        int height = top + Math.max(38, Arrays.stream(rowHeights).sum()) + 20 + axis;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setFont(label);
        double max = scaleMax > 0
                ? scaleMax
                : bars.stream().mapToDouble(Bar::value).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        int plotBottom = height - 15 - axis;
        for (int i = 0; i <= 4; i++) {
            int x = plotX + plotWidth * i / 4;
            g.setColor(GRID);
            g.drawLine(x, top - 10, x, plotBottom);
            if (scaleMax > 0) {
                String tick = RussianNumbers.format(Math.round(scaleMax * i / 4));
                g.setColor(INK);
                g.drawString(tick, x - fm.stringWidth(tick) / 2, plotBottom + 8 + fm.getAscent());
            }
        }
        int y = top;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int rowHeight = rowHeights[i];
            List<String> lines = labels.get(i);
            g.setColor(INK);
            int textTop = y + (rowHeight - lines.size() * lineHeight) / 2;
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                g.drawString(line, labelWidth - fm.stringWidth(line), textTop + l * lineHeight + fm.getAscent() - 2);
            }
            int w = (int) Math.round(plotWidth * Math.min(bar.value(), max) / max);
            int barTop = y + (rowHeight - 26) / 2;
            g.setColor(BAR);
            g.fillRect(plotX, barTop, Math.max(w, 1), 26);
            g.setColor(INK);
            g.drawString(bar.valueText(), plotX + w + 10, barTop + 13 + fm.getAscent() / 2 - 3);
            y += rowHeight;
        }
        g.dispose();
        return new Picture(png(image), WIDTH, height);
    }

    /** The text in lines no wider than {@code width}, broken at spaces; a single word wider than that stays whole. */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
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
