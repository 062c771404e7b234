package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalPathTest {

    @Test
    void acceptsPathsOnThisSite() {
        assertTrue(LocalPath.isSafe("/"));
        assertTrue(LocalPath.isSafe("/programs?sector=agritech&page=2"));
    }

    @Test
    void refusesEverythingElse() {
        for (String target : new String[] {null, "", "programs", "//evil.example", "/\\evil.example",
                "https://evil.example", "javascript:alert(1)", "/a\r\nSet-Cookie: x=1", "/a\\b"}) {
            assertFalse(LocalPath.isSafe(target), String.valueOf(target));
        }
        assertEquals("/", LocalPath.orHome("//evil.example"));
    }
}
