package ml.jigi.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import ml.jigi.startup.Region;
import ml.jigi.startup.Sector;
import ml.jigi.startup.Stage;

/**
 * The public catalog: published (and closed) programs of approved organizations, open ones first
 * by nearest deadline, then upcoming ones, then closed ones. Text search is case- and
 * accent-insensitive through the database collation (utf8mb4_unicode_ci: "societe" finds
 * "société"); every word must appear in the title, summary, description or organization name.
 */
@ApplicationScoped
public class ProgramCatalog {

    public static final int PAGE_SIZE = 20;
    static final int MAX_WORDS = 6;

    /** Filters as read from the query string; null means "any". */
    public record Filters(String q, Sector sector, Stage stage, Region region, ProgramFormat format, boolean open) {

        List<String> words() {
            if (q == null || q.isBlank()) {
                return List.of();
            }
            return Arrays.stream(q.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
        }
    }

    public long count(Filters filters, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        Query count = Panache.getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM program p JOIN organization o ON o.id = p.organization_id WHERE "
                        + where(filters, today, params));
        params.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** One page of the catalog, its organizations loaded, in catalog order. */
    public List<Program> page(Filters filters, int pageIndex, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filters, today, params);
        Query ids = Panache.getEntityManager().createNativeQuery(
                "SELECT p.id FROM program p JOIN organization o ON o.id = p.organization_id WHERE " + where
                        + " ORDER BY CASE WHEN p.status = 'published' AND p.opens_at <= :today AND p.deadline >= :today THEN 0"
                        + " WHEN p.status = 'published' AND p.opens_at > :today THEN 1 ELSE 2 END,"
                        + " CASE WHEN p.status = 'published' AND p.opens_at <= :today AND p.deadline >= :today THEN p.deadline END,"
                        + " CASE WHEN p.status = 'published' AND p.opens_at > :today THEN p.opens_at END,"
                        + " p.deadline DESC, p.id"
                        + " LIMIT " + PAGE_SIZE + " OFFSET " + (long) pageIndex * PAGE_SIZE);
        params.forEach(ids::setParameter);
        ids.setParameter("today", today);
        List<Long> order = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (order.isEmpty()) {
            return List.of();
        }
        Map<Long, Program> byId = Program.<Program>find("from Program p join fetch p.organization where p.id in ?1", order)
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        return new ArrayList<>(order.stream().map(byId::get).filter(p -> p != null).toList());
    }

    static String where(Filters f, LocalDate today, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("p.status IN ('published', 'closed') AND o.moderation_status = 'approved'");
        List<String> words = f.words();
        for (int i = 0; i < words.size(); i++) {
            String name = "w" + i;
            sql.append(" AND (p.title LIKE :").append(name).append(" OR p.summary LIKE :").append(name)
                    .append(" OR p.description LIKE :").append(name).append(" OR o.name LIKE :").append(name).append(")");
            params.put(name, "%" + escapeLike(words.get(i)) + "%");
        }
        if (f.sector() != null) {
            sql.append(" AND (p.sectors = '' OR FIND_IN_SET(:sector, p.sectors) > 0)");
            params.put("sector", f.sector().name());
        }
        if (f.stage() != null) {
            sql.append(" AND (p.stages = '' OR FIND_IN_SET(:stage, p.stages) > 0)");
            params.put("stage", f.stage().name());
        }
        if (f.region() != null) {
            sql.append(" AND (p.regions = '' OR FIND_IN_SET(:region, p.regions) > 0)");
            params.put("region", f.region().name());
        }
        if (f.format() != null) {
            sql.append(" AND p.format = :format");
            params.put("format", f.format().name());
        }
        if (f.open()) {
            sql.append(" AND p.status = 'published' AND p.opens_at <= :openDay AND p.deadline >= :openDay");
            params.put("openDay", today);
        }
        return sql.toString();
    }

    /** LIKE treats % and _ as wildcards and \ as escape: typed literally, they must match literally. */
    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Published programs of one organization, for its public page, by the same order. */
    public List<Program> ofOrganization(long organizationId, LocalDate today) {
        List<Program> programs = Program.list("organization.id = ?1 and status in ?2", organizationId,
                List.of(ProgramStatus.published, ProgramStatus.closed));
        programs.sort(Comparator.comparing((Program p) -> p.isOpenOn(today) ? 0 : p.opensAt.isAfter(today) ? 1 : 2)
                .thenComparing(p -> p.deadline));
        return programs;
    }
}
