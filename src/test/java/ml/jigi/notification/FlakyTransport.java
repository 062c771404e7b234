package ml.jigi.notification;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Test-only: the mail transport, which a test can make fail as an SMTP server that is down, or make
 * two senders meet in the middle of their batches (each holding its locked mails) before either sends.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FlakyTransport extends MailTransport {

    private volatile boolean down;
    private volatile CyclicBarrier meeting;
    private final ThreadLocal<Boolean> met = ThreadLocal.withInitial(() -> false);

    public void down(boolean down) {
        this.down = down;
    }

    /** Each sending thread waits at its first mail until as many threads as the barrier has are sending; null: none. */
    public void meet(CyclicBarrier barrier) {
        this.meeting = barrier;
    }

    @Override
    public void send(String to, ml.jigi.notification.MailTemplates.Text text) {
        CyclicBarrier barrier = meeting;
        if (barrier != null && !met.get()) {
            met.set(true);
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other sender never came", e);
            }
        }
        if (down) {
            throw new IllegalStateException("Connection refused: smtp.example.ml:587");
        }
        super.send(to, text);
    }
}
