package ml.jigi.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.code.ModerationStatus;
import ml.jigi.program.Organization;
import ml.jigi.startup.Startup;
import ml.jigi.web.Fixtures;

/** The queue, read on its own: what waits, oldest first, whether it was approved before, and its look-alikes. */
@QuarkusTest
class ModerationQueueTest {

    @Inject
    ModerationQueue queue;

    static final ModerationQueue.Labels CODES = new ModerationQueue.Labels(ModerationStatus::name, Enum::name);

    static Startup pending(String name, String phone) {
        Startup s = Fixtures.startup(name, null);
        QuarkusTransaction.requiringNew().run(() -> {
            Startup x = Startup.findById(s.id);
            x.moderationStatus = ModerationStatus.pending;
            x.phone = phone;
        });
        return s;
    }

    @Test
    void pendingStartupsCarryTheirLookAlikesAndWhetherTheyWereApprovedBefore() {
        String name = Fixtures.unique("Jumelle");
        String phone = "+223 70 " + (10 + (int) (Math.random() * 80)) + " 12 34";
        Startup first = pending(name, null);
        Startup second = pending(Fixtures.unique("Autre nom"), phone);
        Startup sameName = Fixtures.startup(Fixtures.unique("Homonyme"), null);
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(sameName.id).name = name.toUpperCase());
        sameName.name = name.toUpperCase(); // the collation compares without case
        Startup samePhone = Fixtures.startup(Fixtures.unique("Même téléphone"), null);
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(samePhone.id).phone = phone);
        QuarkusTransaction.requiringNew().run(() -> Startup.getEntityManager().createNativeQuery(
                "UPDATE startup SET approved_snapshot = '{}' WHERE id = ?1").setParameter(1, second.id).executeUpdate());

        ModerationQueue.Page page = queue.load("", CODES);
        ModerationQueue.Item a = find(page.startups(), first.id);
        ModerationQueue.Item b = find(page.startups(), second.id);
        assertEquals(List.of(sameName.name + " (" + sameName.slug + ")"), a.duplicates());
        assertEquals(List.of(samePhone.name + " (" + samePhone.slug + ")"), b.duplicates());
        assertEquals("pending", a.status());
        assertTrue(!a.edited() && b.edited(), "only the second had been approved before");
        assertTrue(page.startups().indexOf(a) < page.startups().indexOf(b), "oldest first");
        assertTrue(page.waiting().startups() >= 2);
    }

    @Test
    void aSearchFindsEveryKindByName() {
        String word = Fixtures.unique("Cherchable");
        Startup s = Fixtures.startup(word + " startup", null);
        Organization o = Fixtures.organization(word + " org", null);
        ModerationQueue.Page page = queue.load(word, CODES);
        assertEquals(List.of(s.id, o.id), page.found().stream().map(ModerationQueue.Item::id).toList());
        assertEquals("approved", page.found().get(0).status());
    }

    @Test
    void organizationsToLookAtAgainAreListed() {
        Organization o = Fixtures.organization(Fixtures.unique("Org à revoir"), null);
        QuarkusTransaction.requiringNew().run(() -> Organization.<Organization>findById(o.id).recheckSince = java.time.Instant.now());
        assertTrue(queue.load("", CODES).recheck().stream().anyMatch(i -> i.id() == o.id));
    }

    static ModerationQueue.Item find(List<ModerationQueue.Item> items, long id) {
        return items.stream().filter(i -> i.id() == id).findFirst().orElseThrow(() -> new AssertionError("not in the queue: " + id));
    }
}
