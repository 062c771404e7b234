package ml.jigi.notification;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import ml.jigi.web.Mailbox;

/** Test helper: Jigi's outbox sent through the real SMTP server of the tests, until an expected mail is there. */
public final class Deliveries {

    private Deliveries() {
    }

    /**
     * Sends what the outbox holds, as its scheduled sender does, until a mail to this address that
     * matches has arrived, and returns it. A mail the SMTP server refused on the way (the tests'
     * GreenMail now and then stalls a conversation; the outbox would try again a minute later) is
     * made due again at once, up to three rounds.
     */
    public static Mailbox.Mail deliver(String address, Predicate<Mailbox.Mail> matching) {
        MailSender sender = Arc.container().instance(MailSender.class).get();
        for (int round = 0; round < 3; round++) {
            sender.sendDue();
            List<Mailbox.Mail> found = Mailbox.of(address).stream().filter(matching).toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            QuarkusTransaction.requiringNew().run(() -> OutboxMail.update(
                    "nextAttemptAt = ?1 where recipient = ?2 and status = ?3", Instant.now().minusSeconds(1), address,
                    OutboxMail.Status.pending));
        }
        return Mailbox.await(address, matching);
    }
}
