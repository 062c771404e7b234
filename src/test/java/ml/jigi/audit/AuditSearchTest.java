package ml.jigi.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.account.Account;
import ml.jigi.web.Fixtures;

/** The audit search on its own: each filter narrows, newest first, actors by name, export batches by id. */
@QuarkusTest
class AuditSearchTest {

    @Inject
    AuditSearch search;

    @Inject
    Audit audit;

    @Test
    void filtersNarrowAndTheNewestComesFirst() {
        Account actor = Fixtures.account(Fixtures.unique("as-actor"));
        long object = System.nanoTime() % 1_000_000_000L;
        long first = QuarkusTransaction.requiringNew().call(() -> audit.record(actor.id, "startup.approve", "startup", object, "a").id);
        long second = QuarkusTransaction.requiringNew().call(() -> audit.record(actor.id, "startup.suspend", "startup", object, "b").id);
        QuarkusTransaction.requiringNew().run(() -> audit.record(actor.id, "program.approve", "program", object, "c"));

        AuditSearch.Filters byObject = AuditSearch.Filters.of(actor.username, null, "startup", String.valueOf(object), null, null);
        assertEquals(2, search.count(byObject));
        assertEquals(List.of(second, first), search.page(byObject, 0, 10).stream().map(l -> l.entry().id).toList());
        assertEquals(actor.displayName + " (" + actor.username + ")", search.page(byObject, 0, 10).get(0).actor());

        AuditSearch.Filters byAction = AuditSearch.Filters.of(actor.username, "startup.suspend", null, null, null, null);
        assertEquals(1, search.count(byAction));
        assertEquals(List.of(first), search.before(byObject, second, 10).stream().map(l -> l.entry().id).toList());
    }

    @Test
    void anActorMatchingNobodyFindsNothingAndUnknownFiltersAreIgnored() {
        AuditSearch.Filters nobody = AuditSearch.Filters.of(Fixtures.unique("personne"), null, null, null, null, null);
        assertEquals(0, search.count(nobody));
        assertEquals(List.of(), search.page(nobody, 0, 10));
        AuditSearch.Filters unknown = AuditSearch.Filters.of("", "drop.table", "nothing", "x", "hier", "2026-13-45");
        assertEquals("", unknown.action());
        assertEquals("", unknown.object());
        assertEquals(null, unknown.objectId());
        assertEquals(null, unknown.from());
    }
}
