package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A CSV cell is quoted when needed and never starts a formula, with ',' or ';' (Excel in French) as separator. */
class CsvTest {

    @Test
    void fieldsAreQuotedAndFormulasDefused() {
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", Csv.field("=HYPERLINK(1)"));
        assertEquals("'+1", Csv.field("+1"));
        assertEquals("'-1+2", Csv.field("-1+2"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("plain", Csv.field("plain"));
        assertEquals("", Csv.field(null));
    }

    @Test
    void aSemicolonCannotStartAFormulaInAFrenchSpreadsheet() {
        // Excel set to French splits unquoted cells on ';': "x;=cmd" would become the cells "x" and "=cmd".
        assertEquals("\"Kènè;=HYPERLINK(\"\"http://evil\"\")\"", Csv.field("Kènè;=HYPERLINK(\"http://evil\")"));
        assertEquals("\"a;b\"", Csv.field("a;b"));
    }

    @Test
    void tabsAndCarriageReturnsCannotLeadACell() {
        assertEquals("\"'\t=1+1\"", Csv.field("\t=1+1"));
        assertEquals("\"'\r=1+1\"", Csv.field("\r=1+1"));
    }

    @Test
    void aLineEndsWithCrLf() throws Exception {
        StringWriter w = new StringWriter();
        Csv.line(w, List.of("a", "b;c", "=d"));
        assertEquals("a,\"b;c\",'=d\r\n", w.toString());
    }
}
