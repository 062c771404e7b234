package ml.jigi.program;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.quarkus.qute.TemplateData;
import ml.jigi.web.Form;

/**
 * The repeated rows of the program form (questions, rubric criteria). Fields are named
 * prefix[i].field, so that a row's values stay together without JavaScript; one empty row at the
 * end lets the manager add another.
 */
@TemplateData
public record Rows(String prefix, int index) {

    public String field(String name) {
        return prefix + "[" + index + "]." + name;
    }

    public String id() {
        return field("id");
    }

    public String label() {
        return field("label");
    }

    public String help() {
        return field("help");
    }

    public String type() {
        return field("type");
    }

    public String required() {
        return field("required");
    }

    public String choices() {
        return field("choices");
    }

    public String position() {
        return field("position");
    }

    public String remove() {
        return field("remove");
    }

    public String name() {
        return field("name");
    }

    public String description() {
        return field("description");
    }

    public String weight() {
        return field("weight");
    }

    public String maxScore() {
        return field("maxScore");
    }

    public int number() {
        return index + 1;
    }

    /** How many rows the form holds under this prefix (rows are numbered from 0 without gaps). */
    static int count(Form form, String prefix, int max) {
        int count = 0;
        while (count < max && form.hasPrefix(prefix + "[" + count + "].")) {
            count++;
        }
        return count;
    }

    /** The rows to show: those typed, plus an empty one to add another. */
    static List<Rows> shown(Form form, String prefix, int max) {
        int count = count(form, prefix, max);
        List<Rows> rows = new ArrayList<>();
        IntStream.range(0, Math.min(count + 1, max)).forEach(i -> rows.add(new Rows(prefix, i)));
        return rows;
    }
}
