package ml.jigi.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Delivers the outbox: every few seconds, each instance locks a batch of due mails with
 * SELECT … FOR UPDATE SKIP LOCKED (two instances never take the same mail), sends them, and marks
 * them sent — or, when SMTP fails, schedules another attempt later and later (1, 2, 4 … minutes,
 * at most 6 hours); after 12 attempts the mail is marked failed for an administrator to see.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    static final int BATCH = 20;
    static final int MAX_ATTEMPTS = 12;
    /** The longest a batch may take: every mail of it at the mailer's timeout (15 s), and then some. */
    static final int BATCH_SECONDS = BATCH * 20;

    @Inject
    MailTransport transport;

    @Inject
    ObjectMapper json;

    @Inject
    MailTexts texts;

    /** The wait after a first failed attempt, doubled after each further one (a minute; tests shorten it). */
    @ConfigProperty(name = "jigi.mail.first-retry", defaultValue = "1M")
    Duration firstRetry;

    /** At most six hours between two attempts. */
    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    Duration retryAfter(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 9));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    @Scheduled(every = "${jigi.mail.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${jigi.mail.delay:5s}")
    void tick() {
        sendDue();
    }

    /** Sends what is due now; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        int batch;
        do {
            // Long enough for a whole batch of mails that each wait for SMTP until the mailer's timeout:
            // a transaction ended by its timeout would forget that its sent mails were sent.
            int[] counts = QuarkusTransaction.requiringNew().timeout(BATCH_SECONDS).call(this::sendBatch);
            batch = counts[0];
            sent += counts[1];
        } while (batch == BATCH);
        return sent;
    }

    int[] sendBatch() {
        // In the order of the due index (status, next attempt, id): InnoDB then locks only the rows it
        // returns, so another instance skips them and takes the next ones. Ordered by id alone, every due
        // mail was read, sorted and locked, and a second sender found nothing until the first finished.
        List<OutboxMail> due = OutboxMail.<OutboxMail>find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, id",
                OutboxMail.Status.pending, Instant.now()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2).page(0, BATCH).list();
        int sent = 0;
        for (OutboxMail mail : due) {
            try {
                Map<String, String> payload = json.readValue(mail.payload, new TypeReference<Map<String, String>>() {
                });
                MailTemplates.Text text = texts.render(mail.template, mail.locale, payload);
                transport.send(mail.recipient, text);
                mail.status = OutboxMail.Status.sent;
                mail.sentAt = Instant.now();
                mail.lastError = null;
                sent++;
            } catch (Exception e) {
                mail.attempts++;
                mail.lastError = String.valueOf(e.getMessage()).substring(0, Math.min(1000, String.valueOf(e.getMessage()).length()));
                if (mail.attempts >= MAX_ATTEMPTS) {
                    mail.status = OutboxMail.Status.failed;
                } else {
                    mail.nextAttemptAt = Instant.now().plus(retryAfter(mail.attempts));
                }
                LOG.warnf("Mail %d to %s not sent (attempt %d): %s", mail.id, mail.recipient, mail.attempts, mail.lastError);
            }
        }
        return new int[] {due.size(), sent};
    }
}
