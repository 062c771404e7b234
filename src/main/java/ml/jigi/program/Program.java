package ml.jigi.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import ml.jigi.code.CodeSets;
import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;

/**
 * An accelerator program: who may apply (sectors, stages and regions, where empty means all; women
 * only; minimum team size; incorporation), what it offers, when, and the questions and rubric of
 * its application.
 */
@Entity
public class Program extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(nullable = false, length = 300)
    public String summary;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String description;

    @Convert(converter = CodeSets.Sectors.class)
    @Column(nullable = false)
    public Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @Convert(converter = CodeSets.Stages.class)
    @Column(nullable = false)
    public Set<Stage> stages = EnumSet.noneOf(Stage.class);

    @Convert(converter = CodeSets.Regions.class)
    @Column(nullable = false)
    public Set<Region> regions = EnumSet.noneOf(Region.class);

    public boolean womenOnly;

    public Integer minTeamSize;

    public boolean requiresIncorporation;

    @Convert(converter = CodeSets.Needs.class)
    @Column(nullable = false)
    public Set<Need> offers = EnumSet.noneOf(Need.class);

    public Long fundingAmount;

    @Column(precision = 5, scale = 2)
    public BigDecimal equityPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProgramFormat format = ProgramFormat.hybrid;

    public String city;

    @Convert(converter = CodeSets.Languages.class)
    @Column(nullable = false)
    public Set<Language> languages = EnumSet.noneOf(Language.class);

    @Column(nullable = false)
    public LocalDate opensAt;

    @Column(nullable = false)
    public LocalDate deadline;

    public LocalDate startsAt;

    public Integer seats;

    /** The manager's weights for this program's fit; null: the default (see matching.MatchingConfig). */
    public Integer weightSector;
    public Integer weightStage;
    public Integer weightNeeds;
    public Integer weightText;
    public Integer weightPlace;
    public Integer weightLanguage;

    public boolean hasOwnWeights() {
        return weightSector != null || weightStage != null || weightNeeds != null || weightText != null
                || weightPlace != null || weightLanguage != null;
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProgramStatus status = ProgramStatus.draft;

    public String moderationNote;

    public boolean demo;

    public Instant submittedAt;

    public Instant publishedAt;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ProgramQuestion> questions = new ArrayList<>();

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RubricCriterion> rubric = new ArrayList<>();

    /** Accepting applications on this day: published, opened, deadline not passed. */
    public boolean isOpenOn(LocalDate day) {
        return Deadline.isOpen(status, opensAt, deadline, day);
    }

    /** "closed", "upcoming", "today", "tomorrow" or "days" (see {@link #daysLeft}): how the deadline reads. */
    public String deadlineState(LocalDate day) {
        return Deadline.state(status, opensAt, deadline, day);
    }

    public long daysLeft(LocalDate day) {
        return Deadline.daysLeft(deadline, day);
    }

    /** A program the public may see and founders apply to: published or closed, of an approved organization. */
    public static Optional<Program> findPublic(String slug) {
        return find("slug = ?1 and status in ?2 and organization.moderationStatus = ?3", slug,
                List.of(ProgramStatus.published, ProgramStatus.closed), ml.jigi.code.ModerationStatus.approved)
                .firstResultOptional();
    }

    /** The program if this account manages its organization; empty otherwise, whether it exists or not. */
    public static Optional<Program> findManaged(long programId, long accountId) {
        return find("id = ?1 and organization.id in "
                + "(select m.organizationId from OrganizationManager m where m.accountId = ?2)", programId, accountId)
                .firstResultOptional();
    }

    public static List<Program> managedBy(long accountId) {
        // Sorted here: see Organization.managedBy.
        List<Program> managed = new ArrayList<>(Program.<Program>list(
                "organization.id in (select m.organizationId from OrganizationManager m where m.accountId = ?1)", accountId));
        managed.sort(Comparator.comparing((Program p) -> p.updatedAt).reversed());
        return managed;
    }

    /**
     * What AGETIC approved when it published the program and what founders decide on: its text, who
     * may apply, what it offers, where and in which languages. An edit of any of these sends a
     * published program back to review (ProgramService.update).
     */
    public List<Object> material() {
        return java.util.Arrays.asList(title, summary, description, java.util.Set.copyOf(sectors), java.util.Set.copyOf(stages),
                java.util.Set.copyOf(regions), womenOnly, minTeamSize, requiresIncorporation, java.util.Set.copyOf(offers),
                fundingAmount, equityPercent == null ? null : equityPercent.stripTrailingZeros(), format, city,
                java.util.Set.copyOf(languages));
    }
}
