package ml.jigi.notification;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A mail waiting to go out, or gone: written in the transaction of the change it reports. */
@Entity
public class OutboxMail extends PanacheEntityBase {

    public enum Status {
        pending, sent, failed
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The account the mail was written for (null for mail written before accounts were recorded). */
    public Long accountId;

    @Column(nullable = false, length = 320)
    public String recipient;

    @Column(nullable = false, length = 8)
    public String locale;

    @Column(nullable = false, length = 60)
    public String template;

    /** The template's parameters, as a JSON object of strings. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status = Status.pending;

    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    @Column(length = 1000)
    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant sentAt;
}
