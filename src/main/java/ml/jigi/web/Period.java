package ml.jigi.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The period of a dashboard (`from`, `to` in the address): the one asked for, or the last twelve
 * months; a wrong date is said next to its field and the default is used meanwhile.
 */
public final class Period {

    private Period() {
    }

    /** The address's two dates as form fields. */
    public static Map<String, List<String>> fields(String from, String to) {
        return Map.of("from", List.of(from == null ? "" : from), "to", List.of(to == null ? "" : to));
    }

    /** The first and last day, both included; the form then shows them. */
    public static LocalDate[] range(Form period) {
        LocalDate today = Dates.today();
        LocalDate from = period.date("from", false);
        LocalDate to = period.date("to", false);
        if (from != null && to != null && from.isAfter(to)) {
            period.reject("to", period.messages().form_error_date());
            from = null;
            to = null;
        }
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (period.value("from").isBlank() || period.invalid("from")) {
            period.set("from", start.toString());
        }
        if (period.value("to").isBlank() || period.invalid("to")) {
            period.set("to", end.toString());
        }
        return new LocalDate[] {start, end};
    }
}
