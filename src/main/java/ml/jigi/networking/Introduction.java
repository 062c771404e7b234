package ml.jigi.networking;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

/**
 * A manager's or partner's request to meet a startup, with what they offer and why; the startup's
 * founders accept or decline it. No contact detail of either side is shown before it is accepted.
 */
@Entity
public class Introduction extends PanacheEntityBase {

    /** Days a request waits for an answer before it expires. */
    public static final int EXPIRES_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long startupId;

    @Column(nullable = false)
    public Long requesterId;

    @Column(nullable = false)
    public Long organizationId;

    @Column(nullable = false, length = 1000)
    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public IntroductionStatus status = IntroductionStatus.requested;

    /** 1 while open, null after: one open request per requester and startup (a unique key). */
    public Integer openFlag = 1;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant answeredAt;

    public Long answeredBy;

    @Version
    public long version;

    public Instant expiresAt() {
        return createdAt.plusSeconds(EXPIRES_DAYS * 24L * 3600);
    }

    /** Moves to an answer; refuses any other move (the status owns its transitions). */
    void answer(IntroductionStatus next, Long by, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException(status + " → " + next);
        }
        status = next;
        openFlag = null;
        answeredBy = by;
        answeredAt = at;
    }

    static final String OWNED = "id = ?1 and startupId in (select o.startupId from StartupOwner o where o.accountId = ?2)";

    /** A request to one of this founder's startups; empty otherwise. */
    public static Optional<Introduction> findReceived(long id, long accountId) {
        return find(OWNED, id, accountId).firstResultOptional();
    }

    static Optional<Introduction> lockReceived(long id, long accountId) {
        return find(OWNED, id, accountId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
