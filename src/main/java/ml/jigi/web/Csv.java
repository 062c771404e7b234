package ml.jigi.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180, UTF-8 with a byte-order mark written by the caller, the
 * separator of the reader's language: {@link #separator}), safe
 * to open: no cell ever starts a formula, whatever the spreadsheet takes as separator. Excel set to
 * French splits a comma-separated line on ';' and on line breaks, and honours a quote only at the
 * start of its own cell: in "1,\"a;=2+3\"", "=2+3" is a cell of its own. So a formula sign is
 * defused wherever such a cell could start: at the start of the value, after ';', and after a
 * line break.
 */
public final class Csv {

    private Csv() {
    }

    public static void line(Writer w, List<String> fields) throws IOException {
        line(w, ',', fields);
    }

    /**
     * The separator a spreadsheet of the reader's language splits on when the file is opened by a
     * double click: Excel set to French (and most of Europe, where the comma is the decimal mark)
     * expects ';', set to English ','.
     */
    public static char separator(String language) {
        return "en".equals(language) ? ',' : ';';
    }

    public static void line(Writer w, char separator, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(separator);
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** Where a spreadsheet may start a cell inside a value, followed by a sign that starts a formula. */
    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("(?<=^|[;\\t\\r\\n])([=+\\-@\\t\\r])");

    /** One cell: formulas defused (a quote mark before = + - @, tab or carriage return wherever a cell may start), quoted when needed. */
    public static String field(String value) {
        String v = value == null ? "" : value;
        v = FORMULA.matcher(v).replaceAll("'$1"); // a spreadsheet must not run what someone typed
        if (v.contains(",") || v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || v.contains("\t")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** A decimal number written as the reader's spreadsheet reads it: "3,50" where ';' separates cells (French), "3.50" otherwise. */
    public static String decimal(String plain, char separator) {
        return separator == ';' ? plain.replace('.', ',') : plain;
    }
}
