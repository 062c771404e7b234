package ml.jigi.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What a person agreed to, when, and which wording (Mali's personal-data law 2013-015). */
@Entity
public class Consent extends PanacheEntityBase {

    /** Keeping a startup profile: the purpose statement shown when a profile is created or joined. */
    public static final String STARTUP_PROFILE = "startup_profile";
    /** Bump when the wording of the statement changes (messages: startup_consent_text). */
    public static final String STARTUP_PROFILE_VERSION = "2026-11";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long accountId;

    @Column(nullable = false, length = 40)
    public String purpose;

    @Column(nullable = false, length = 20)
    public String textVersion;

    @Column(nullable = false)
    public Instant acceptedAt;

    public static Consent record(long accountId, String purpose, String textVersion, Instant at) {
        Consent consent = new Consent();
        consent.accountId = accountId;
        consent.purpose = purpose;
        consent.textVersion = textVersion;
        consent.acceptedAt = at;
        consent.persist();
        return consent;
    }
}
