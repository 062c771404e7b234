package ml.jigi.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;
import ml.jigi.code.Band;
import ml.jigi.code.CodeSets;

/**
 * What an accepted startup reports to its program for one period: the core indicators (columns, so
 * that the impact page adds them up in SQL) and the answers to the program's own questions. A
 * report is saved as a draft any number of times, submitted once, and changed after that only when
 * a manager reopens it.
 */
@Entity
public class ProgressReport extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the founders touched it: never, saved, submitted. */
    public enum State {
        open, draft, submitted
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long applicationId;

    @Column(nullable = false)
    public Long programId;

    @Column(nullable = false)
    public Long startupId;

    @Column(nullable = false)
    public LocalDate acceptedOn;

    @Column(nullable = false)
    public LocalDate periodStart;

    @Column(nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public State state = State.open;

    @Convert(converter = CodeSets.Bands.class)
    @Column(length = 16)
    public Band revenueBand;

    public Integer jobsTotal;

    public Integer jobsWomen;

    public Integer jobsYouth;

    public Long fundingRaisedXof;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    public FundingKind fundingKind;

    public Integer customers;

    @Column(length = 1000)
    public String milestone;

    /** The answers to the program's own questions, by the question's text as it was asked. */
    @Column(columnDefinition = "TEXT")
    public String answers;

    public Instant submittedAt;

    public Long submittedBy;

    public Instant reopenAskedAt;

    @Column(length = 1000)
    public String reopenNote;

    public Instant remindedSoonAt;

    public Instant remindedLateAt;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The status shown on this day. */
    public ReportStatus status(LocalDate today) {
        if (state == State.submitted) {
            return ReportStatus.submitted;
        }
        if (dueOn.isBefore(today)) {
            return ReportStatus.late;
        }
        if (state == State.draft) {
            return ReportStatus.draft;
        }
        return today.isBefore(opensOn()) ? ReportStatus.upcoming : ReportStatus.due;
    }

    /** The first day founders may fill it in. */
    public LocalDate opensOn() {
        return dueOn.minusDays(ReportStatus.OPENS_DAYS_BEFORE);
    }

    /** Founders may change it (a submitted one only once a manager reopened it). */
    public boolean isEditable() {
        return state != State.submitted;
    }

    public Map<String, String> answerMap() {
        if (answers == null || answers.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(answers, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            return new LinkedHashMap<>();
        }
    }

    public void answerMap(Map<String, String> map) {
        try {
            answers = map.isEmpty() ? null : JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static final String OWNED = "id = ?1 and startupId in (select o.startupId from StartupOwner o where o.accountId = ?2)";
    static final String MANAGED = "id = ?1 and programId in (select p.id from Program p where p.organization.id in "
            + "(select m.organizationId from OrganizationManager m where m.accountId = ?2))";

    /** The report if this account is a founder of its startup; empty otherwise, whether it exists or not. */
    public static Optional<ProgressReport> findOwned(long id, long accountId) {
        return find(OWNED, id, accountId).firstResultOptional();
    }

    /** The report if this account manages its program; empty otherwise. */
    public static Optional<ProgressReport> findManaged(long id, long accountId) {
        return find(MANAGED, id, accountId).firstResultOptional();
    }

    /** {@link #findOwned}, the row locked until the transaction ends (two saves at once: one, then a conflict). */
    static Optional<ProgressReport> lockOwned(long id, long accountId) {
        return find(OWNED, id, accountId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    static Optional<ProgressReport> lockManaged(long id, long accountId) {
        return find(MANAGED, id, accountId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
