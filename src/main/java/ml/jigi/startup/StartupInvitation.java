package ml.jigi.startup;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An owner's invitation to a co-founder, by email; whoever logs in with that email, once Keycloak
 * has proven they receive mail there, may join.
 */
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

    /**
     * Open invitations to this account's address (compared without case), only once the address is
     * proven: someone who registered with another person's address sees none.
     */
    public static List<StartupInvitation> openFor(ml.jigi.account.Account account) {
        if (account.email == null || account.email.isBlank() || !account.emailVerified) {
            return List.of();
        }
        // The column's collation finds the address through its index whatever the case (lower() would
        // read every row); the exact comparison then leaves out what that collation also equates
        // (accents: "awa.tráore" is another mailbox than "awa.traore").
        String address = account.email.trim();
        return StartupInvitation.<StartupInvitation>list("email = ?1 and acceptedAt is null order by createdAt", address)
                .stream().filter(i -> i.email.equalsIgnoreCase(address)).toList();
    }

    public static List<StartupInvitation> openFor(long startupId) {
        return list("startupId = ?1 and acceptedAt is null order by createdAt", startupId);
    }
}
