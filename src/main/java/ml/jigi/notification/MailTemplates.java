package ml.jigi.notification;

import java.util.Map;
import java.util.Set;

/**
 * A feature's mails: each feature that writes mail contributes one bean naming its templates (the
 * names stored with each outbox mail) and writing their subject and body, in the recipient's
 * language, from the mail's parameters. The outbox knows no feature.
 */
public interface MailTemplates {

    /**
     * What a mail says: a subject and a plain-text body; optionally a simple HTML version of the
     * body, and the one-click unsubscribe address of a mail someone chose to receive (sent as the
     * List-Unsubscribe and List-Unsubscribe-Post headers, RFC 8058).
     */
    record Text(String subject, String body, String html, String unsubscribe) {
        public Text(String subject, String body) {
            this(subject, body, null, null);
        }
    }

    /** The templates this feature writes. */
    Set<String> names();

    /** One of {@link #names()}, in this language, with these parameters. */
    Text render(String template, String locale, Map<String, String> parameters);
}
