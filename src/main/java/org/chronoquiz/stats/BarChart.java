package org.chronoquiz.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of a bar chart drawn as SVG by the template: numbers and labels only, so the template needs no
 * arithmetic and nothing unescaped. Every bar carries a tooltip; only every {@code labelEvery}-th is labelled
 * on the axis, so 30 bars stay readable.
 */
public record BarChart(int width, int height, int baseline, int tickY, long max, List<Bar> bars, List<Tick> ticks) {
    public record Bar(double x, double y, double width, double height, String title) {
    }

    public record Tick(double x, String text) {
    }

    static final int WIDTH = 600;
    static final int HEIGHT = 180;
    static final int PAD = 24;

    public static BarChart of(List<String> labels, List<? extends Number> values, String unit, int labelEvery) {
        return of(labels, values, unit, labelEvery, 0);
    }

    /** @param floor the least the top of the scale may be: 100 for percentages, so 53% does not fill the chart */
    public static BarChart of(List<String> labels, List<? extends Number> values, String unit, int labelEvery,
                              double floor) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
        }
        double max = Math.max(floor, values.stream().mapToDouble(Number::doubleValue).max().orElse(0));
        double scale = max > 0 ? (HEIGHT - 2.0 * PAD) / max : 0;
        double slot = values.isEmpty() ? 0 : (WIDTH - 2.0 * PAD) / values.size();
        int baseline = HEIGHT - PAD;
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i).doubleValue();
            double x = PAD + i * slot;
            double h = round(v * scale);
            bars.add(new Bar(round(x + slot * 0.1), round(baseline - h), round(slot * 0.8), h,
                    labels.get(i) + ": " + format(v) + " " + unit));
            if (i % labelEvery == 0) {
                ticks.add(new Tick(round(x + slot / 2), labels.get(i)));
            }
        }
        return new BarChart(WIDTH, HEIGHT, baseline, HEIGHT - 8, Math.round(max), bars, ticks);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
