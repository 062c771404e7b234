package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ml.jigi.code.Sector;

class PagerTest {

    @Test
    void anyPageParameterGivesAPageThatExists() {
        assertEquals(1, Pager.of(null, 20, 45, "/p").number());
        assertEquals(1, Pager.of("-1", 20, 45, "/p").number());
        assertEquals(1, Pager.of("abc", 20, 45, "/p").number());
        assertEquals(3, Pager.of("99999999999", 20, 45, "/p").number(), "past the end: the last page");
        assertEquals(2, Pager.of("2", 20, 45, "/p").index() + 1);
        assertEquals(1, Pager.of("5", 20, 0, "/p").pages(), "an empty list has one page");
    }

    @Test
    void linksKeepTheFiltersAndEncodeThem() {
        Pager pager = Pager.of("2", 20, 45, "/programs", "q", "société & co", "sector", Sector.agritech, "region", null);
        assertTrue(pager.hasPrevious());
        assertTrue(pager.hasNext());
        assertEquals("/programs?q=soci%C3%A9t%C3%A9+%26+co&sector=agritech&page=3", pager.next());
        assertEquals("/programs?q=soci%C3%A9t%C3%A9+%26+co&sector=agritech&page=1", pager.previous());
        assertFalse(Pager.of("3", 20, 45, "/p").hasNext());
    }

    @Test
    void unknownCodesAreNoFilter() {
        assertEquals(Sector.fintech, Pager.code(Sector.class, " fintech "));
        assertNull(Pager.code(Sector.class, "' OR 1=1"));
        assertNull(Pager.code(Sector.class, ""));
    }
}
