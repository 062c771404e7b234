package ml.jigi.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands one mail to SMTP (or to the mock mailbox); throws when the server refuses it or cannot be reached. */
@ApplicationScoped
public class MailTransport {

    @Inject
    Mailer mailer;

    public void send(String to, String subject, String body) {
        mailer.send(Mail.withText(to, subject, body));
    }
}
