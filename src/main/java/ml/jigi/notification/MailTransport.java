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
        send(to, new MailTemplates.Text(subject, body));
    }

    /** Plain text, with its HTML version and the unsubscribe headers when the mail has them. */
    public void send(String to, MailTemplates.Text text) {
        Mail mail = Mail.withText(to, text.subject(), text.body());
        if (text.html() != null) {
            mail.setHtml(text.html());
        }
        if (text.unsubscribe() != null) {
            mail.addHeader("List-Unsubscribe", "<" + text.unsubscribe() + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mailer.send(mail);
    }
}
