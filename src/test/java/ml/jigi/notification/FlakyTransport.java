package ml.jigi.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** Test-only: the mail transport, which a test can make fail as an SMTP server that is down. */
@Alternative
@Priority(1)
@ApplicationScoped
public class FlakyTransport extends MailTransport {

    private volatile boolean down;

    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public void send(String to, String subject, String body) {
        if (down) {
            throw new IllegalStateException("Connection refused: smtp.example.ml:587");
        }
        super.send(to, subject, body);
    }
}
