package ml.jigi.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.web.Fixtures;
import ml.jigi.web.Mailbox;

/** Mail is never lost: queued with the change, retried while SMTP is down, sent once when it is back. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    MailSender sender;

    @Inject
    FlakyTransport transport;

    @AfterEach
    void up() {
        transport.down(false);
        transport.meet(null);
    }

    long queue(String to) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(null, to, "fr", "program_invitation",
                Map.of("name", "Awa", "organization", "Org", "program", "Programme", "startup", "Kènè", "url", "http://x")).id);
    }

    @Test
    void aMailWaitsWhileSmtpIsDownAndGoesOutOnceItIsBack() {
        String to = Fixtures.unique("outbox") + "@example.ml";
        long id = queue(to);
        transport.down(true);
        sender.sendDue();
        OutboxMail waiting = QuarkusTransaction.requiringNew().call(() -> OutboxMail.findById(id));
        assertEquals(OutboxMail.Status.pending, waiting.status);
        assertEquals(1, waiting.attempts);
        assertTrue(waiting.lastError.contains("Connection refused"));
        assertTrue(waiting.nextAttemptAt.isAfter(Instant.now()), "retried later, not at once");

        transport.down(false);
        sender.sendDue();
        assertEquals(0, Mailbox.of(to).size(), "not before its next attempt");
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update("nextAttemptAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), id));
        sender.sendDue();
        assertEquals(1, Mailbox.of(to).size());
        assertEquals("Invitation à postuler : Programme", Mailbox.of(to).get(0).subject());
        assertEquals(OutboxMail.Status.sent, QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>findById(id)).status);
        sender.sendDue();
        assertEquals(1, Mailbox.of(to).size(), "sent once");
    }

    @Test
    void aRolledBackChangeLeavesNoMail() {
        String to = Fixtures.unique("rollback") + "@example.ml";
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.enqueue(null, to, "fr", "program_invitation", Map.of());
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipient", to)));
    }

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        // Only this test's mails are due (others' would split the batches unevenly): 30, more than one batch of 20.
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update("nextAttemptAt = ?1 where status = ?2",
                Instant.now().plusSeconds(3600), OutboxMail.Status.pending));
        String prefix = Fixtures.unique("twice");
        for (int i = 0; i < 30; i++) {
            queue(prefix + "-" + i + "@example.ml");
        }
        // Both senders hold a batch of locked mails at the same moment before either sends one.
        transport.meet(new java.util.concurrent.CyclicBarrier(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(sender::sendDue, sender::sendDue);
            pool.invokeAll(both).forEach(f -> {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            pool.shutdown();
            transport.meet(null);
        }
        // Never twice. A mail the SMTP server refused for its own reasons (it happens to one in
        // thousands on a loaded machine) waits for its next attempt: that is the outbox working.
        List<OutboxMail> mails = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>list(
                "recipient like ?1 order by id", prefix + "-%"));
        assertEquals(30, mails.size());
        for (OutboxMail mail : mails) {
            int received = Mailbox.of(mail.recipient).size();
            if (mail.status == OutboxMail.Status.sent) {
                assertEquals(1, received, mail.recipient + " sent once");
            } else {
                assertEquals(0, received, mail.recipient + " not sent yet");
                assertEquals(OutboxMail.Status.pending, mail.status, mail.recipient);
                assertTrue(!mail.lastError.contains("never came"), "both senders worked at once: " + mail.lastError);
            }
        }
        // The refused ones go out at their next attempt, once each.
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update("nextAttemptAt = ?1 where recipient like ?2 and status = ?3",
                Instant.now().minusSeconds(1), prefix + "-%", OutboxMail.Status.pending));
        sender.sendDue();
        for (int i = 0; i < 30; i++) {
            assertEquals(1, Mailbox.of(prefix + "-" + i + "@example.ml").size(), "mail " + i);
        }
    }
}
