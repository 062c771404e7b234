package ml.jigi.application;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import ml.jigi.code.Region;
import ml.jigi.code.Stage;

/**
 * A program's applications as its managers list them (drafts left out): counts per status, and a
 * page of rows filtered by status, region, stage and women-led, sorted by submission, fit or review.
 * Every order ends on the id in the same direction so that MariaDB reads the program's index in
 * order and stops after a page (V6). Tested on its own (ApplicationListQueryTest).
 */
@ApplicationScoped
public class ApplicationListQuery {

    /** What the manager asked for; null means any. */
    public record Filter(ApplicationStatus status, Region region, Stage stage, boolean womenLed, String sort) {

        /** The order of the rows; a descending order already puts NULLs last in MariaDB. */
        String order() {
            return switch (sort == null ? "" : sort) {
                case "score" -> "a.matchScoreAtSubmit desc, a.id desc";
                case "review" -> "a.reviewAverage desc, a.id desc";
                default -> "a.submittedAt desc, a.id desc";
            };
        }

        /** Only the status (or nothing): the counts per status answer the total. */
        boolean byStatusOnly() {
            return region == null && stage == null && !womenLed;
        }

        String where(Map<String, Object> params, long programId) {
            StringBuilder where = new StringBuilder("where a.program.id = :program and a.status <> :draft");
            params.put("program", programId);
            params.put("draft", ApplicationStatus.draft);
            if (status != null) {
                where.append(" and a.status = :status");
                params.put("status", status);
            }
            if (region != null) {
                where.append(" and s.region = :region");
                params.put("region", region);
            }
            if (stage != null) {
                where.append(" and s.stage = :stage");
                params.put("stage", stage);
            }
            if (womenLed) {
                where.append(" and s.womenLed = true");
            }
            return where.toString();
        }
    }

    @Inject
    EntityManager em;

    /** The program's application stamp (0 before its first application): moved by every change to them (V6). */
    @Transactional
    public long stamp(long programId) {
        List<?> found = em.createNativeQuery("SELECT version FROM application_stamp WHERE program_id = ?1")
                .setParameter(1, programId).getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }

    /** How many applications of the program are in each status (drafts left out). */
    @Transactional
    public Map<ApplicationStatus, Long> counts(long programId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : em.createQuery("select a.status, count(a) from Application a where a.program.id = :program "
                + "and a.status <> :draft group by a.status", Object[].class)
                .setParameter("program", programId).setParameter("draft", ApplicationStatus.draft).getResultList()) {
            counts.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** How many applications the filter finds; the counts per status, when given, answer without a query. */
    @Transactional
    public long total(long programId, Filter filter, Map<ApplicationStatus, Long> counts) {
        if (filter.byStatusOnly() && counts != null) {
            return filter.status() != null ? counts.getOrDefault(filter.status(), 0L)
                    : counts.values().stream().mapToLong(Long::longValue).sum();
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("select count(a) from Application a join a.startup s "
                + filter.where(params, programId), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** One page of rows, in the filter's order. */
    @Transactional
    public List<ApplicationRow> page(long programId, Filter filter, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<ApplicationRow> rows = em.createQuery(ApplicationRow.SELECT + filter.where(params, programId)
                + " order by " + filter.order(), ApplicationRow.class);
        params.forEach(rows::setParameter);
        return rows.setFirstResult(first).setMaxResults(size).getResultList();
    }
}
