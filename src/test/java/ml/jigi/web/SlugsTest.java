package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void readableAsciiAddresses() {
        assertEquals("societe-kene-bio", Slugs.of("Société Kènè Bio"));
        assertEquals("dons-donko-market", Slugs.of("  Dɔns & Dɔnko   Market! "));
        assertEquals("orange-fab-mali-saison-7", Slugs.of("Orange Fab Mali — saison 7"));
        assertEquals("x", Slugs.of("!!!"));
        assertEquals(80, Slugs.of("a".repeat(200)).length());
    }

    @Test
    void numbersTakenSlugs() {
        Set<String> taken = Set.of("kene-bio", "kene-bio-2");
        assertEquals("kene-bio-3", Slugs.unique("Kènè Bio", taken::contains));
        assertEquals("sugu-pay", Slugs.unique("Sugu Pay", taken::contains));
    }
}
