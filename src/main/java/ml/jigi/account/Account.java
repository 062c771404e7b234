package ml.jigi.account;

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
import jakarta.persistence.Version;

/** The local record of a Keycloak user: created on first login, its name, email and last visit refreshed later. */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "keycloak_subject", nullable = false, unique = true, length = 64)
    public String keycloakSubject;

    @Column(nullable = false)
    public String username;

    public String email;

    /** Keycloak has proven that the person receives mail at {@link #email}. */
    public boolean emailVerified;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false, length = 8)
    public String locale = "fr";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AccountStatus status = AccountStatus.active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Version
    public long version;

    public static Optional<Account> findBySubject(String subject) {
        return find("keycloakSubject", subject).firstResultOptional();
    }

    /** Open for use: not disabled by an administrator, not closed by its owner. */
    public boolean isActive() {
        return status == AccountStatus.active;
    }
}
