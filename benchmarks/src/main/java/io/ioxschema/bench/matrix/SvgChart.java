package io.ioxschema.bench.matrix;

import io.ioxschema.bench.pingpong.Options.Kind;
import io.ioxschema.bench.pingpong.Options.Mode;
import io.ioxschema.bench.pingpong.Options.Waiting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Median one-way latency against payload size, log-log, one line per pair, in four panels
 * (busy/event waiting × touch/full mode). Plain SVG, written by hand: no plotting library.
 */
final class SvgChart {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
        "#7f7f7f", "#17becf"};
    private static final int PANEL_W = 460;
    private static final int PANEL_H = 300;
    private static final int LEFT = 70;
    private static final int TOP = 60;
    private static final int GAP_X = 110;
    private static final int GAP_Y = 90;

    private final List<Pair> pairs;
    private final Map<String, Result> index;
    private final List<Integer> sizes;

    SvgChart(List<Pair> pairs, List<Result> results, List<Integer> sizes) {
        this.pairs = pairs;
        this.index = Matrix.index(results);
        this.sizes = sizes;
    }

    String render() {
        List<Pair> shown = pairs.stream().filter(p -> index.keySet().stream().anyMatch(k -> k.startsWith(p.key() + "/")))
                .toList();
        double[] range = latencyRange();
        int width = LEFT + 2 * PANEL_W + GAP_X;
        int legendRows = (shown.size() + 1) / 2;
        int height = TOP + 2 * PANEL_H + GAP_Y + 60 + legendRows * 22;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"26\" font-size=\"17\" text-anchor=\"middle\">"
                + "One-way latency (p50, µs) vs payload size</text>\n", width / 2));
        int panel = 0;
        for (Waiting waiting : Waiting.values()) {
            for (Mode mode : Mode.values()) {
                int x0 = LEFT + (panel % 2) * (PANEL_W + GAP_X);
                int y0 = TOP + (panel / 2) * (PANEL_H + GAP_Y);
                panel(svg, x0, y0, Run.lower(waiting) + " waiting, " + Run.lower(mode) + " mode", range, shown, waiting, mode);
                panel++;
            }
        }
        int legendY = TOP + 2 * PANEL_H + GAP_Y + 50;
        for (int i = 0; i < shown.size(); i++) {
            int x = LEFT + (i % 2) * (PANEL_W + GAP_X);
            int y = legendY + (i / 2) * 22;
            String colour = COLOURS[pairs.indexOf(shown.get(i)) % COLOURS.length];
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"3\"/>", x, y - 4, x + 28, y - 4, colour));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%s\"/>", x + 14, y - 4, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", x + 36, y, escape(shown.get(i).label())));
        }
        return svg.append("</svg>\n").toString();
    }

    private void panel(StringBuilder svg, int x0, int y0, String title, double[] range, List<Pair> shown,
                       Waiting waiting, Mode mode) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" text-anchor=\"middle\">%s</text>\n",
                x0 + PANEL_W / 2, y0 - 10, title));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#888\"/>\n", x0, y0, PANEL_W, PANEL_H));
        for (double decade = Math.floor(range[0]); decade <= Math.ceil(range[1]); decade++) {
            double y = y(decade, range, y0);
            if (y < y0 - 0.5 || y > y0 + PANEL_H + 0.5) {
                continue;
            }
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    x0, y, x0 + PANEL_W, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", x0 - 6,
                    y + 4, tick(Math.pow(10, decade))));
        }
        for (int size : sizes) {
            double x = x(size, x0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>",
                    x, y0, x, y0 + PANEL_H));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x,
                    y0 + PANEL_H + 16, Sizes.label(size)));
        }
        for (Pair pair : shown) {
            if (!pair.waitings().contains(waiting)) {
                continue;
            }
            String colour = COLOURS[pairs.indexOf(pair) % COLOURS.length];
            List<String> points = new ArrayList<>();
            for (int size : sizes) {
                Result r = index.get(Matrix.key(pair, Kind.LATENCY, waiting, mode, size));
                if (r != null && r.value("p50_ns") > 0) {
                    points.add(String.format(Locale.ROOT, "%.1f,%.1f", x(size, x0),
                            y(Math.log10(r.value("p50_ns") / 1000), range, y0)));
                }
            }
            if (points.size() > 1) {
                svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                        + "stroke-width=\"2\"/>\n", String.join(" ", points), colour));
            }
            for (String point : points) {
                String[] xy = point.split(",");
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3.5\" fill=\"%s\"/>", xy[0], xy[1],
                        colour));
            }
            svg.append('\n');
        }
    }

    /** log10 of the smallest and largest p50 in µs, widened to whole decades. */
    private double[] latencyRange() {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Result r : index.values()) {
            if (r.run().kind() == Kind.LATENCY && r.value("p50_ns") > 0) {
                double log = Math.log10(r.value("p50_ns") / 1000);
                min = Math.min(min, log);
                max = Math.max(max, log);
            }
        }
        if (min > max) {
            return new double[] {-1, 3};
        }
        return new double[] {Math.floor(min), Math.max(Math.ceil(max), Math.floor(min) + 1)};
    }

    private double x(int size, int x0) {
        double lo = Math.log(sizes.getFirst());
        double hi = Math.log(sizes.getLast());
        double f = hi == lo ? 0.5 : (Math.log(size) - lo) / (hi - lo);
        return x0 + 30 + f * (PANEL_W - 60);
    }

    private static double y(double log10, double[] range, int y0) {
        return y0 + PANEL_H - (log10 - range[0]) / (range[1] - range[0]) * PANEL_H;
    }

    private static String tick(double micros) {
        return micros >= 1 ? String.format(Locale.ROOT, "%.0f µs", micros) : String.format(Locale.ROOT, "%s µs",
                Double.toString(micros).replaceAll("0+$", ""));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
