package ml.jigi.matching;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A manager's invitation to a ranked startup to apply to their program (one per program and startup). */
@Entity
public class ProgramInvitation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long programId;

    @Column(nullable = false)
    public Long startupId;

    @Column(nullable = false)
    public Long invitedBy;

    /** The fit when the invitation was sent. */
    public int score;

    @Column(nullable = false)
    public Instant createdAt;
}
