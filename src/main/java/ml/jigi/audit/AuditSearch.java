package ml.jigi.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import ml.jigi.account.Account;
import ml.jigi.web.Dates;
import ml.jigi.web.Like;

/**
 * The audit trail as administrators search it: filters by actor, action, object and period, a page
 * of entries newest first, or batches by id for the CSV, each entry with its actor's name read now
 * (an anonymized account shows as such). Tested on its own (AuditSearchTest).
 */
@ApplicationScoped
public class AuditSearch {

    /** An entry as the page shows it. */
    @io.quarkus.qute.TemplateData
    public record Line(AuditEntry entry, String actor) {
    }

    /** The filters, read leniently: anything unknown is no filter. */
    public record Filters(String actor, String action, String object, Long objectId, LocalDate from, LocalDate to) {

        public static Filters of(String actor, String action, String object, String objectId, String from, String to) {
            return new Filters(actor == null ? "" : actor.strip(), action != null && Audit.ACTIONS.contains(action) ? action : "",
                    object != null && Audit.OBJECTS.contains(object) ? object : "", number(objectId), Dates.parse(from), Dates.parse(to));
        }

        static Long number(String value) {
            try {
                return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The where clause and its parameters; null when the actor matches nobody. */
        String where(Map<String, Object> params) {
            StringBuilder where = new StringBuilder("where 1 = 1");
            if (!actor.isEmpty()) {
                String like = Like.containing(actor);
                List<Long> ids = Account.<Account>find("username like ?1 or displayName like ?1", like).page(0, 500).list()
                        .stream().map(a -> a.id).toList();
                if (ids.isEmpty()) {
                    return null;
                }
                where.append(" and e.actorId in :actors");
                params.put("actors", ids);
            }
            if (!action.isEmpty()) {
                where.append(" and e.action = :action");
                params.put("action", action);
            }
            if (!object.isEmpty()) {
                where.append(" and e.objectType = :object");
                params.put("object", object);
            }
            if (objectId != null) {
                where.append(" and e.objectId = :objectId");
                params.put("objectId", objectId);
            }
            if (from != null) {
                where.append(" and e.at >= :from");
                params.put("from", from.atStartOfDay(Dates.MALI).toInstant());
            }
            if (to != null) {
                where.append(" and e.at < :to");
                params.put("to", to.plusDays(1).atStartOfDay(Dates.MALI).toInstant());
            }
            return where.toString();
        }

        /** The filters as a query string ("" without any), for the CSV link. */
        String query() {
            Object[] pairs = links();
            List<String> parts = new ArrayList<>();
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                if (pairs[i + 1] != null && !pairs[i + 1].toString().isEmpty()) {
                    parts.add(pairs[i] + "=" + java.net.URLEncoder.encode(pairs[i + 1].toString(), StandardCharsets.UTF_8));
                }
            }
            return parts.isEmpty() ? "" : "?" + String.join("&", parts);
        }

        Object[] links() {
            return new Object[] {"actor", actor, "action", action, "object", object, "objectId", objectId, "from", from,
                    "to", to};
        }
    }

    /** How many entries the filters find. */
    @Transactional
    public long count(Filters f) {
        Map<String, Object> params = new HashMap<>();
        String where = f.where(params);
        if (where == null) {
            return 0;
        }
        TypedQuery<Long> count = AuditEntry.getEntityManager().createQuery("select count(e) from AuditEntry e " + where,
                Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** One page of entries the filters find, newest first. */
    @Transactional
    public List<Line> page(Filters f, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = f.where(params);
        if (where == null) {
            return List.of();
        }
        TypedQuery<AuditEntry> rows = AuditEntry.getEntityManager().createQuery(
                "select e from AuditEntry e " + where + " order by e.at desc, e.id desc", AuditEntry.class);
        params.forEach(rows::setParameter);
        return lines(rows.setFirstResult(first).setMaxResults(size).getResultList());
    }

    /** The next entries the filters find below this id, by id downwards (for a streamed export). */
    @Transactional
    public List<Line> before(Filters f, long before, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = f.where(params);
        if (where == null) {
            return List.of();
        }
        TypedQuery<AuditEntry> rows = AuditEntry.getEntityManager().createQuery("select e from AuditEntry e "
                + where + " and e.id < :before order by e.id desc", AuditEntry.class);
        params.forEach(rows::setParameter);
        rows.setParameter("before", before);
        return lines(rows.setMaxResults(size).getResultList());
    }

    /** The entries with their actors' names (read now: an anonymized account shows as such). */
    static List<Line> lines(List<AuditEntry> entries) {
        List<Long> ids = entries.stream().map(e -> e.actorId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Account.<Account>list("id in ?1", ids).forEach(a -> names.put(a.id, a.displayName + " (" + a.username + ")"));
        }
        List<Line> lines = new ArrayList<>();
        for (AuditEntry e : entries) {
            lines.add(new Line(e, e.actorId == null ? "" : names.getOrDefault(e.actorId, "#" + e.actorId)));
        }
        return lines;
    }
}
