package ml.jigi.matching;

import java.util.List;

/**
 * One line of "why": a code, the points it brought, whether it rules the pair out, and its
 * parameters (codes, numbers, ISO dates). Texts come from the message bundle in the reader's
 * language (see {@link ReasonTexts}).
 */
public record Reason(String code, int points, boolean blocking, List<String> args) {

    public static Reason of(String code, int points, String... args) {
        return new Reason(code, points, false, List.of(args));
    }

    public static Reason blocking(String code, String... args) {
        return new Reason(code, 0, true, List.of(args));
    }
}
