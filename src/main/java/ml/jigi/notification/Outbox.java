package ml.jigi.notification;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

/**
 * Queues mail in the caller's transaction: the mail exists if and only if the change it reports
 * was saved. {@link MailSender} delivers it later, with retries, once per mail even with several
 * app instances.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    /**
     * Queues a mail for an account (by its id: the person's data export and erasure find it by
     * account, never by address), or for an address no account stands behind (accountId null).
     */
    @Transactional(TxType.MANDATORY)
    public OutboxMail enqueue(Long accountId, String recipient, String locale, String template, Map<String, String> payload) {
        OutboxMail mail = new OutboxMail();
        mail.accountId = accountId;
        mail.recipient = recipient;
        mail.locale = locale == null ? "fr" : locale;
        mail.template = template;
        try {
            mail.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        mail.createdAt = Instant.now();
        mail.nextAttemptAt = mail.createdAt;
        mail.persist();
        return mail;
    }
}
