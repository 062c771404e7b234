package ml.jigi.startup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import ml.jigi.code.Band;
import ml.jigi.code.CodeSets;
import ml.jigi.code.Language;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Names;
import ml.jigi.code.Need;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;

/** A startup's one profile, owned by one or more founder accounts (see {@link StartupOwner}). */
@Entity
public class Startup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(nullable = false)
    public String tagline;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String description;

    @Convert(converter = CodeSets.Sectors.class)
    @Column(nullable = false)
    public Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Region region;

    public String city;

    public Integer foundedYear;

    public int teamSize;

    public boolean womenLed;

    public boolean youthLed;

    public boolean incorporated;

    /** Managers and partners may ask its founders for an introduction (docs/networking.md). */
    public boolean introductionsOpen = true;

    @Convert(converter = CodeSets.Bands.class)
    @Column(nullable = false, length = 16)
    public Band revenueBand = Band.none;

    @Convert(converter = CodeSets.Bands.class)
    @Column(nullable = false, length = 16)
    public Band fundingBand = Band.none;

    @Convert(converter = CodeSets.Needs.class)
    @Column(nullable = false)
    public Set<Need> needs = EnumSet.noneOf(Need.class);

    @Convert(converter = CodeSets.Languages.class)
    @Column(nullable = false)
    public Set<Language> languages = EnumSet.noneOf(Language.class);

    public String website;

    public String phone;

    public Long logoFileId;

    public Long pitchDeckFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Visibility visibility = Visibility.visible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ModerationStatus moderationStatus = ModerationStatus.pending;

    public String moderationNote;

    public boolean demo;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    public Instant approvedAt;

    /** When its last founder left (closed their account); erased after a delay unless someone joins. */
    public Instant orphanedAt;

    @Version
    public long version;

    /** Set by the database on every change, in commit order: matching indexes read changes since a number. */
    @Column(insertable = false, updatable = false)
    public long changeSeq;

    /** Listed on /startups and offered to accelerators: approved by a moderator and visible by choice. */
    public boolean isPublic() {
        return moderationStatus == ModerationStatus.approved && visibility == Visibility.visible;
    }

    public static Optional<Startup> findPublic(String slug) {
        return find("slug = ?1 and moderationStatus = ?2 and visibility = ?3", slug, ModerationStatus.approved,
                Visibility.visible).firstResultOptional();
    }

    /**
     * The account's startups, by name. Sorted here, not by MariaDB: ordering a semi-join's rows that
     * hold TEXT columns makes MariaDB write a temporary table to disk, on every logged-in page.
     */
    public static List<Startup> ownedBy(long accountId) {
        List<Startup> owned = new ArrayList<>(
                Startup.<Startup>list("id in (select o.startupId from StartupOwner o where o.accountId = ?1)", accountId));
        owned.sort(Names.byName(s -> s.name));
        return owned;
    }

    /** The startup if this account owns it; empty otherwise, whether it exists or not. */
    public static Optional<Startup> findOwned(long startupId, long accountId) {
        return find("id = ?1 and id in (select o.startupId from StartupOwner o where o.accountId = ?2)", startupId,
                accountId).firstResultOptional();
    }

    public boolean isOwnedBy(long accountId) {
        return StartupOwner.count("startupId = ?1 and accountId = ?2", id, accountId) > 0;
    }
}
