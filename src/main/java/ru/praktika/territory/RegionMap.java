package ru.praktika.territory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map of Russia's regions as inline SVG, drawn on the server from {@code reference/russia_regions.geojson} (Natural
 * Earth, all 89 subjects keyed by their two-digit {@code region_code}, the code of {@code regions.csv}). Projection: an
 * equidistant conic around the North Pole (Russia reads as on a school map), paths simplified to about one point per
 * pixel. Colours come from CSS classes the caller assigns per region.
 */
@Service
public class RegionMap {

    private static final double WIDTH = 1000;
    private static final double LON0 = 100;
    private static final double CONE = 0.62;

    private final Map<String, String> pathByCode;
    private final Map<String, java.awt.geom.Path2D> outlineByCode;
    private final double minX;
    private final double minY;
    private final double scale;
    private final double height;

    RegionMap(JsonMapper json) throws IOException {
        JsonNode root;
        try (InputStream in = new ClassPathResource("reference/russia_regions.geojson").getInputStream()) {
            root = json.readTree(in);
        }
        Map<String, List<List<double[]>>> rings = new HashMap<>();
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (JsonNode f : root.get("features")) {
            String code = f.get("properties").get("region_code").asString();
            JsonNode g = f.get("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if ("MultiPolygon".equals(g.get("type").asString())) {
                g.get("coordinates").forEach(polygons::add);
            } else {
                polygons.add(g.get("coordinates"));
            }
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> pts = new ArrayList<>();
                    for (JsonNode c : ring) {
                        double[] p = project(c.get(0).asDouble(), c.get(1).asDouble());
                        pts.add(p);
                        x0 = Math.min(x0, p[0]);
                        y0 = Math.min(y0, p[1]);
                        x1 = Math.max(x1, p[0]);
                        y1 = Math.max(y1, p[1]);
                    }
                    rings.computeIfAbsent(code, k -> new ArrayList<>()).add(pts);
                }
            }
        }
        this.minX = x0;
        this.minY = y0;
        this.scale = WIDTH / (x1 - x0);
        this.height = (y1 - y0) * scale;
        Map<String, String> paths = new HashMap<>();
        rings.forEach((code, list) -> paths.put(code, path(list)));
        this.pathByCode = paths;
        Map<String, java.awt.geom.Path2D> outlines = new HashMap<>();
        rings.forEach((code, list) -> {
            java.awt.geom.Path2D.Double outline = new java.awt.geom.Path2D.Double();
            for (List<double[]> ring : list) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i)[0] - minX) * scale, y = (ring.get(i)[1] - minY) * scale;
                    if (i == 0) {
                        outline.moveTo(x, y);
                    } else {
                        outline.lineTo(x, y);
                    }
                }
                outline.closePath();
            }
            outlines.put(code, outline);
        });
        this.outlineByCode = outlines;
    }

    /** The map's width and height in its own units (the width is 1000). */
    public double[] size() {
        return new double[] {WIDTH, height};
    }

    /**
     * The regions' outlines in the map's units, for drawing the map into pictures (reports).
     *
     * @return region code (two digits, as {@link RegionView#code()}) → outline
     */
    public Map<String, java.awt.geom.Path2D> outlines() {
        Map<String, java.awt.geom.Path2D> copy = new HashMap<>();
        outlineByCode.forEach((code, path) -> copy.put(code, (java.awt.geom.Path2D) path.clone()));
        return copy;
    }

    /**
     * The map.
     *
     * @param regions the regions to draw
     * @param classes region code → CSS class (colour); regions without one get {@code region}
     * @param titles region code → tooltip text
     * @param label an accessible description of the whole map
     */
    public String svg(List<RegionView> regions, Map<String, String> classes, Map<String, String> titles, String label) {
        return draw(regions, classes, titles, null, label);
    }

    /**
     * The map as a set of links, one per region: each region is reached with the keyboard (Tab), named to screen
     * readers by its title and opens {@code links} of its code.
     *
     * @param links region code → where a click on it leads
     */
    public String linkedSvg(
            List<RegionView> regions,
            Map<String, String> classes,
            Map<String, String> titles,
            Map<String, String> links,
            String label) {
        return draw(regions, classes, titles, links, label);
    }

    /** The map; each region's path wrapped in a link when {@code links} is given. */
    private String draw(
            List<RegionView> regions,
            Map<String, String> classes,
            Map<String, String> titles,
            Map<String, String> links,
            String label) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"region-map%s\" viewBox=\"0 0 %.0f %.0f\" role=\"%s\" aria-label=\"%s\""
                        + " xmlns=\"http://www.w3.org/2000/svg\">",
                links == null ? "" : " linked",
                WIDTH,
                height,
                links == null ? "img" : "group",
                HtmlUtils.htmlEscape(label)));
        for (RegionView r : regions) {
            String d = pathByCode.get(r.code());
            if (d == null) {
                continue;
            }
            String title = HtmlUtils.htmlEscape(titles.getOrDefault(r.code(), r.fullName()));
            if (links != null) {
                svg.append("<a href=\"")
                        .append(HtmlUtils.htmlEscape(links.getOrDefault(r.code(), "#")))
                        .append("\" aria-label=\"")
                        .append(title)
                        .append("\">");
            }
            svg.append("<path class=\"")
                    .append(classes.getOrDefault(r.code(), "region"))
                    .append("\" d=\"")
                    .append(d)
                    .append("\"><title>")
                    .append(title)
                    .append("</title></path>");
            if (links != null) {
                svg.append("</a>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Regions the map does not draw (none since the map has all 89 subjects; kept for a region added later). */
    public List<RegionView> missingFrom(List<RegionView> regions) {
        return regions.stream().filter(r -> !pathByCode.containsKey(r.code())).toList();
    }

    private String path(List<List<double[]>> rings) {
        StringBuilder d = new StringBuilder();
        for (List<double[]> ring : rings) {
            double lastX = Double.NaN, lastY = Double.NaN;
            int written = 0;
            StringBuilder part = new StringBuilder();
            for (double[] p : ring) {
                double x = (p[0] - minX) * scale, y = (p[1] - minY) * scale;
                if (!Double.isNaN(lastX) && Math.abs(x - lastX) < 0.8 && Math.abs(y - lastY) < 0.8) {
                    continue;
                }
                part.append(written == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                lastX = x;
                lastY = y;
                written++;
            }
            if (written >= 3) {
                d.append(part).append('Z');
            }
        }
        return d.toString();
    }

    /** Equidistant conic centred on the pole: distance from the pole by latitude, angle by longitude. */
    private static double[] project(double lon, double lat) {
        double l = lon < 0 ? lon + 360 : lon;
        double r = 90 - lat;
        double theta = Math.toRadians((l - LON0) * CONE);
        return new double[] {r * Math.sin(theta), -(-r * Math.cos(theta))};
    }
}
