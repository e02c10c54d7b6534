package ru.praktika.competition.domain;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import ru.praktika.shared.RussianNumbers;

/**
 * A horizontal bar chart as inline SVG, drawn on the server (no script on the page): one bar per row with its label on
 * the left and its value on the right, a highlighted bar in its own colour. Colours come from the page's CSS classes
 * {@code chart-bar} and {@code chart-bar highlight}.
 */
public final class BarChart {

    /**
     * @param label the row's name (shortened on the chart, in full in the tooltip)
     * @param value the bar's value
     * @param previous a second, thinner bar under it (the year before), or {@code null}
     * @param highlight drawn in the highlight colour
     */
    public record Bar(String label, long value, Long previous, boolean highlight) {}

    private static final int WIDTH = 760;
    private static final int LABEL = 300;
    private static final int VALUE = 70;
    private static final int ROW = 26;
    private static final int LABEL_CHARS = 42;

    private BarChart() {}

    /** The chart, with an accessible description. */
    public static String svg(String description, List<Bar> bars) {
        long max = 1;
        for (Bar b : bars) {
            max = Math.max(max, Math.max(b.value(), b.previous() == null ? 0 : b.previous()));
        }
        int height = Math.max(ROW, bars.size() * ROW);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"bar-chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\""
                        + " xmlns=\"http://www.w3.org/2000/svg\">",
                WIDTH,
                height,
                HtmlUtils.htmlEscape(description)));
        double room = WIDTH - LABEL - VALUE;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * ROW;
            String text = b.label().length() > LABEL_CHARS ? b.label().substring(0, LABEL_CHARS - 1) + "…" : b.label();
            double w = b.value() == 0 ? 0 : Math.max(2, room * b.value() / max);
            svg.append("<g><title>")
                    .append(HtmlUtils.htmlEscape(b.label() + ": " + RussianNumbers.format(b.value())
                            + (b.previous() == null
                                    ? ""
                                    : " (годом ранее " + RussianNumbers.format(b.previous()) + ")")))
                    .append("</title>");
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"chart-label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL - 8,
                    y + 17,
                    HtmlUtils.htmlEscape(text)));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"chart-bar%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>",
                    b.highlight() ? " highlight" : "",
                    LABEL,
                    y + 4,
                    w,
                    b.previous() == null ? 18 : 12));
            if (b.previous() != null) {
                double pw = b.previous() == 0 ? 0 : Math.max(2, room * b.previous() / max);
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"chart-bar previous\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"6\"/>",
                        LABEL,
                        y + 17,
                        pw));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"chart-value\" x=\"%.1f\" y=\"%d\">%s</text>",
                    LABEL + w + 6,
                    y + 17,
                    HtmlUtils.htmlEscape(RussianNumbers.format(b.value()))));
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }
}
