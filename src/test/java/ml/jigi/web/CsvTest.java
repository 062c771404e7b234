package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A CSV cell never starts a formula, read as a standard CSV reader does (RFC 4180, commas) or as Excel
 * set to French does (it splits on ';' and line breaks and honours a quote only at the start of a cell).
 */
class CsvTest {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil\")", "+1", "-1+2", "@SUM(A1)", "\t=1+1",
            "\r=1+1", "Merci;=2+3;fin", "x;=HYPERLINK(B2&C2);y", "ligne\n=2+3;y", "a;+b", "a;-b", "a;@b", "a;\t=1",
            "a\r\n=1", "Kènè, SARL;=1");

    @Test
    void quotingFollowsRfc4180() {
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("plain", Csv.field("plain"));
        assertEquals("", Csv.field(null));
        assertEquals("'=HYPERLINK(1)", Csv.field("=HYPERLINK(1)"));
    }

    @Test
    void frenchReadersGetSemicolonsAndDecimalCommasEnglishOnesCommas() throws Exception {
        assertEquals(';', Csv.separator("fr"));
        assertEquals(',', Csv.separator("en"));
        java.io.StringWriter w = new java.io.StringWriter();
        Csv.line(w, ';', List.of("Kènè; SARL", Csv.decimal("3.50", ';'), "a,b"));
        assertEquals("\"Kènè; SARL\";\"3,50\";\"a,b\"\r\n", w.toString()); // quoted: Excel still reads 3,50 as a number
        assertEquals("3.50", Csv.decimal("3.50", ','));
    }

    @Test
    void noCellStartsAFormulaForAStandardReader() throws Exception {
        for (String value : HOSTILE) {
            for (String cell : rfc4180(line(List.of("12", value, "fin")))) {
                assertFalse(startsFormula(cell), value + " gave the cell " + cell);
            }
        }
    }

    @Test
    void noCellStartsAFormulaInExcelSetToFrench() throws Exception {
        for (String value : HOSTILE) {
            for (String cell : excelFrench(line(List.of("12", value, "fin")))) {
                assertFalse(startsFormula(cell), value + " gave the cell " + cell);
            }
        }
    }

    @Test
    void aLineEndsWithCrLf() throws Exception {
        assertEquals("a,\"b;c\",'=d\r\n", line(List.of("a", "b;c", "=d")));
    }

    static String line(List<String> fields) throws Exception {
        StringWriter w = new StringWriter();
        Csv.line(w, fields);
        return w.toString();
    }

    static boolean startsFormula(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0;
    }

    /** Cells as an RFC 4180 reader sees them (commas; quotes around a whole field). */
    static List<String> rfc4180(String line) {
        return cells(line.endsWith("\r\n") ? line.substring(0, line.length() - 2) : line, ",");
    }

    /** Cells as Excel in French reads a comma-separated line: ';' and line breaks separate, quotes count only at a cell's start. */
    static List<String> excelFrench(String line) {
        return cells(line, ";\n\r\t");
    }

    /** Splits on any of the separators, a quote opening a quoted cell only where a cell starts. */
    static List<String> cells(String line, String separators) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (separators.indexOf(c) >= 0) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
