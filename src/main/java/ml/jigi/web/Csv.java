package ml.jigi.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180, UTF-8 with a byte-order mark written by the caller), safe
 * to open: a cell never starts a formula, whatever the spreadsheet takes as separator. Excel set to
 * French splits on ';', so a cell holding ';' is quoted too, or "a;=cmd" would become a formula cell.
 */
public final class Csv {

    private Csv() {
    }

    public static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** One cell: formulas defused (a leading = + - @, tab or carriage return gets a quote mark), quoted when needed. */
    public static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v; // a spreadsheet must not run what someone typed
        }
        if (v.contains(",") || v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || v.contains("\t")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
