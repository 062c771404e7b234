package ml.jigi.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Names;
import ml.jigi.code.OrganizationKind;

/** An accelerator, incubator, corporate program, investor, agency or NGO; run by its managers. */
@Entity
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OrganizationKind kind;

    @Column(nullable = false)
    public String country;

    public String website;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String description;

    public Long logoFileId;

    public boolean verified;

    /** Since when AGETIC should look again: the name or website of the approved organization changed. */
    public Instant recheckSince;

    public boolean demo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ModerationStatus moderationStatus = ModerationStatus.pending;

    public String moderationNote;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isPublic() {
        return moderationStatus == ModerationStatus.approved;
    }

    public static Optional<Organization> findPublic(String slug) {
        return find("slug = ?1 and moderationStatus = ?2", slug, ModerationStatus.approved).firstResultOptional();
    }

    /** The organizations this account manages, by name (sorted here: see Startup.ownedBy). */
    public static List<Organization> managedBy(long accountId) {
        List<Organization> managed = new ArrayList<>(Organization.<Organization>list(
                "id in (select m.organizationId from OrganizationManager m where m.accountId = ?1)", accountId));
        managed.sort(Names.byName(o -> o.name));
        return managed;
    }

    public static Optional<Organization> findManaged(long organizationId, long accountId) {
        return find("id = ?1 and id in (select m.organizationId from OrganizationManager m where m.accountId = ?2)",
                organizationId, accountId).firstResultOptional();
    }
}
