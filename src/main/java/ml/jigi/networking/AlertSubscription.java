package ml.jigi.networking;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A founder's alerts for one startup: the weekly mail of programs opened since the last one that
 * fit (eligible, score at least the threshold), and reminders before a draft's deadline. Both off
 * until chosen.
 */
@Entity
public class AlertSubscription extends PanacheEntityBase {

    /** The thresholds a founder picks among (points out of 100). */
    public static final java.util.List<Integer> THRESHOLDS = java.util.List.of(40, 50, 60, 70, 80);
    public static final int DEFAULT_THRESHOLD = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long accountId;

    @Column(nullable = false)
    public Long startupId;

    public boolean weekly;

    public int threshold = DEFAULT_THRESHOLD;

    public boolean deadlines;

    public Instant weeklySentAt;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** This founder's subscription for this startup, new (all off, not saved) when there is none. */
    static AlertSubscription of(long accountId, long startupId) {
        AlertSubscription s = find("accountId = ?1 and startupId = ?2", accountId, startupId).firstResult();
        if (s == null) {
            s = new AlertSubscription();
            s.accountId = accountId;
            s.startupId = startupId;
            s.createdAt = Instant.now();
            s.updatedAt = s.createdAt;
        }
        return s;
    }
}
