package ml.jigi.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import ml.jigi.program.RubricCriterion;

/** One manager's review of an application: a score per rubric criterion, or a declared conflict of interest. */
@Entity
public class Review extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long applicationId;

    @Column(nullable = false)
    public Long reviewerId;

    /** Scores by criterion id, as JSON. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String scores = "{}";

    @Column(length = 4000)
    public String comment;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    public Recommendation recommendation;

    public boolean conflictDeclared;

    /** The rubric's weighted mean of this review, 0–100. */
    @Column(precision = 5, scale = 2)
    public BigDecimal average;

    public Instant submittedAt;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Map<String, Integer> scoreMap() {
        try {
            return JSON.readValue(scores, new TypeReference<LinkedHashMap<String, Integer>>() {
            });
        } catch (JsonProcessingException e) {
            return new LinkedHashMap<>();
        }
    }

    public void scoreMap(Map<String, Integer> map) {
        try {
            scores = JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The rubric's weighted mean, out of 100: each score over its criterion's maximum, weighted by
     * the criterion's weight. Null while a criterion is not scored.
     */
    public static BigDecimal weightedMean(Map<String, Integer> scores, List<RubricCriterion> rubric) {
        if (rubric.isEmpty()) {
            return null;
        }
        double sum = 0;
        double weights = 0;
        for (RubricCriterion c : rubric) {
            Integer score = scores.get(String.valueOf(c.id));
            if (score == null) {
                return null;
            }
            sum += c.weight * (double) score / c.maxScore;
            weights += c.weight;
        }
        return weights == 0 ? null : BigDecimal.valueOf(100 * sum / weights).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The applications of a program on which this reviewer declared a conflict of interest. */
    public static List<Long> conflictsOf(long reviewerId, long programId) {
        return getEntityManager().createQuery("select r.applicationId from Review r, Application a "
                + "where r.reviewerId = ?1 and r.conflictDeclared = true and a.id = r.applicationId and a.program.id = ?2",
                Long.class).setParameter(1, reviewerId).setParameter(2, programId).getResultList();
    }

    /** Whether this reviewer declared a conflict of interest on the application. */
    public static boolean conflicted(long applicationId, long reviewerId) {
        return count("applicationId = ?1 and reviewerId = ?2 and conflictDeclared = true", applicationId, reviewerId) > 0;
    }
}
