package ml.jigi.web;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A horizontal bar chart drawn as SVG on the server (no JavaScript), with the same numbers in a
 * table beside it (`{#chart chart=… /}`): the picture for the eye, the table for screen readers
 * and copy-paste.
 */
@TemplateData
public record Chart(String id, String title, String column, List<Bar> bars, int height) {

    /** One bar, laid out: where it sits and how long it is. */
    @TemplateData
    public record Bar(String label, long value, String shown, int y, int textY, int width, int valueX) {
    }

    static final int BAR = 18;
    static final int BAR_MAX = 170;
    static final int BAR_X = 150;

    /** Bars from labels and values (shown as written); the longest value fills the chart. */
    public static Chart of(String id, String title, String column, List<String> labels, List<Long> values, List<String> shown) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int width = (int) Math.round((double) Math.max(0, values.get(i)) * BAR_MAX / max);
            bars.add(new Bar(labels.get(i), values.get(i), shown.get(i), i * BAR, i * BAR + 12, width, BAR_X + width + 4));
        }
        return new Chart(id, title, column, bars, Math.max(BAR, bars.size() * BAR));
    }
}
