package ml.jigi.startup;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An owner's invitation to a co-founder, by email; whoever logs in with that email may join. */
@Entity
public class StartupInvitation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long startupId;

    @Column(nullable = false, length = 320)
    public String email;

    @Column(nullable = false)
    public Long invitedBy;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant acceptedAt;

    public Long acceptedBy;

    /** Open invitations for this email address (compared without case). */
    public static List<StartupInvitation> openFor(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return list("lower(email) = lower(?1) and acceptedAt is null order by createdAt", email.trim());
    }

    public static List<StartupInvitation> openFor(long startupId) {
        return list("startupId = ?1 and acceptedAt is null order by createdAt", startupId);
    }
}
