package ml.jigi.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;

/** A startup's application to a program: one per pair, from draft to decision. */
@Entity
public class Application extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "startup_id")
    public Startup startup;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ApplicationStatus status = ApplicationStatus.draft;

    /** Answers by question id, each a list of values (one for most types), as JSON. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String answers = "{}";

    public Instant submittedAt;

    public Instant decidedAt;

    @Column(length = 4000)
    public String decisionMessage;

    public Integer matchScoreAtSubmit;

    @Column(precision = 5, scale = 2)
    public BigDecimal reviewAverage;

    public int reviewCount;

    @Column(nullable = false)
    public Long createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Map<String, List<String>> answerMap() {
        try {
            return JSON.readValue(answers, new TypeReference<LinkedHashMap<String, List<String>>>() {
            });
        } catch (JsonProcessingException e) {
            return new LinkedHashMap<>();
        }
    }

    public void answerMap(Map<String, List<String>> map) {
        try {
            answers = JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The answer to one question: its values, none when unanswered. */
    public List<String> answer(ml.jigi.program.ProgramQuestion q) {
        return answerMap().getOrDefault(String.valueOf(q.id), List.of());
    }

    /** The founder may still change the answers. */
    public boolean isEditable() {
        return status == ApplicationStatus.draft || status == ApplicationStatus.more_info;
    }

    static final String OWNED = "id = ?1 and startup.id in (select o.startupId from StartupOwner o where o.accountId = ?2)";
    static final String MANAGED = "id = ?1 and program.organization.id in "
            + "(select m.organizationId from OrganizationManager m where m.accountId = ?2) and status <> ?3";

    /** The application if this account owns its startup; empty otherwise, whether it exists or not. */
    public static Optional<Application> findOwned(long id, long accountId) {
        return find(OWNED, id, accountId).firstResultOptional();
    }

    /** The application if this account manages its program; empty otherwise, whether it exists or not. */
    public static Optional<Application> findManaged(long id, long accountId) {
        return find(MANAGED, id, accountId, ApplicationStatus.draft).firstResultOptional();
    }

    /**
     * {@link #findOwned}, locking the row until the transaction ends: two changes at once are then
     * taken one after the other, and the second sees the first's version (a clear conflict, never a
     * deadlock or an overwrite).
     */
    static Optional<Application> lockOwned(long id, long accountId) {
        return find(OWNED, id, accountId).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** {@link #findManaged}, locking the row (see {@link #lockOwned}). */
    static Optional<Application> lockManaged(long id, long accountId) {
        return find(MANAGED, id, accountId, ApplicationStatus.draft)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
