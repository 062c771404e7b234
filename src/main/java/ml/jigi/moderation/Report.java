package ml.jigi.moderation;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A report of a public item by a logged-in person, open until an administrator closes it saying what was done. */
@Entity
public class Report extends PanacheEntityBase {

    /** Why something is reported. */
    public enum Reason {
        false_information, spam, inappropriate, duplicate, scam, other
    }

    /** Open until an administrator closes it. */
    public enum Status {
        open, closed
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ModerationService.Kind objectType;

    @Column(nullable = false)
    public long objectId;

    @Column(nullable = false)
    public long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Reason reason;

    @Column(length = 1000)
    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Status status = Status.open;

    @Column(nullable = false)
    public Instant createdAt;

    public Long closedBy;

    public Instant closedAt;

    @Column(length = 1000)
    public String resolution;

    @Version
    public long version;

    public boolean isOpen() {
        return status == Status.open;
    }
}
