package ml.jigi.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;

/** A choice in a select or a group of checkboxes: the code sent, the label shown. */
@TemplateData
public record Option(String code, String label) {

    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(value -> new Option(value.name(), label.apply(value))).toList();
    }
}
