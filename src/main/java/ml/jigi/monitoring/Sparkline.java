package ml.jigi.monitoring;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateData;

/**
 * A tiny line chart of a few values, drawn on the server as an SVG polyline (no JavaScript); the
 * page prints the same values beside it as text.
 */
@TemplateData
public record Sparkline(String points, String lastX, String lastY, int width, int height, String text) {

    static final int WIDTH = 80;
    static final int HEIGHT = 20;

    /** The line of these values (oldest first); null when there are fewer than two. */
    static Sparkline of(List<? extends Number> values) {
        if (values.size() < 2) {
            return null;
        }
        double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        double min = values.stream().mapToDouble(Number::doubleValue).min().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder points = new StringBuilder();
        double x = 0;
        double y = 0;
        for (int i = 0; i < values.size(); i++) {
            x = 2 + (WIDTH - 4) * (double) i / (values.size() - 1);
            y = HEIGHT - 2 - (HEIGHT - 4) * (values.get(i).doubleValue() - min) / span;
            points.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        StringBuilder text = new StringBuilder();
        values.forEach(v -> text.append(text.length() == 0 ? "" : " → ").append(v));
        return new Sparkline(points.toString(), String.format(Locale.ROOT, "%.1f", x), String.format(Locale.ROOT, "%.1f", y),
                WIDTH, HEIGHT, text.toString());
    }
}
