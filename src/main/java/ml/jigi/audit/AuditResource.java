package ml.jigi.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ml.jigi.account.Account;
import ml.jigi.account.CurrentUser;
import ml.jigi.web.Csv;
import ml.jigi.web.Dates;
import ml.jigi.web.Option;
import ml.jigi.web.Pager;
import ml.jigi.web.UiLocale;

/**
 * `/admin/audit`: the audit trail, newest first, filtered by actor, action, object and period, fifty
 * a page, and its CSV export (which is itself audited). Read only: there is no route that changes
 * or deletes an entry, and the database refuses it anyway (V8).
 */
@Path("/admin")
@RolesAllowed("admin")
public class AuditResource {

    static final int PAGE_SIZE = 50;
    static final int BATCH = 1000;

    /** An entry as the page shows it. */
    @io.quarkus.qute.TemplateData
    public record Line(AuditEntry entry, String actor) {
    }

    /** The filters, read leniently: anything unknown is no filter. */
    record Filters(String actor, String action, String object, Long objectId, LocalDate from, LocalDate to) {

        static Filters of(String actor, String action, String object, String objectId, String from, String to) {
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
                String like = ml.jigi.web.Like.containing(actor);
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<Line> lines, Pager pager, String actor, String action, String object,
                String objectId, String from, String to, List<Option> actions, List<Option> objects, String csv);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    Audit audit;

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String actor, @RestQuery String action, @RestQuery String object,
            @RestQuery String objectId, @RestQuery String from, @RestQuery String to, @RestQuery String page) {
        Filters f = Filters.of(actor, action, object, objectId, from, to);
        Map<String, Object> params = new HashMap<>();
        String where = f.where(params);
        long total = 0;
        List<AuditEntry> entries = List.of();
        if (where != null) {
            TypedQuery<Long> count = AuditEntry.getEntityManager().createQuery("select count(e) from AuditEntry e " + where,
                    Long.class);
            params.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        Pager pager = Pager.of(page, PAGE_SIZE, total, "/admin/audit", f.links());
        if (where != null && total > 0) {
            TypedQuery<AuditEntry> rows = AuditEntry.getEntityManager().createQuery(
                    "select e from AuditEntry e " + where + " order by e.at desc, e.id desc", AuditEntry.class);
            params.forEach(rows::setParameter);
            entries = rows.setFirstResult(pager.index() * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        }
        String csv = "/admin/audit.csv" + f.query();
        return Templates.audit(lines(entries), pager, f.actor(), f.action(), f.object(),
                f.objectId() == null ? "" : f.objectId().toString(), f.from() == null ? "" : f.from().toString(),
                f.to() == null ? "" : f.to().toString(), Audit.ACTIONS.stream().map(a -> new Option(a, a)).toList(),
                Audit.OBJECTS.stream().map(o -> new Option(o, o)).toList(), csv);
    }

    @GET
    @Path("audit.csv")
    public Response export(@RestQuery String actor, @RestQuery String action, @RestQuery String object,
            @RestQuery String objectId, @RestQuery String from, @RestQuery String to) {
        Filters f = Filters.of(actor, action, object, objectId, from, to);
        Long adminId = user.id();
        QuarkusTransaction.requiringNew().run(() -> audit.record(adminId, "audit.export", "audit", null,
                String.join(" ", List.of(f.actor(), f.action(), f.object(), String.valueOf(f.objectId()),
                        String.valueOf(f.from()), String.valueOf(f.to())))));
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write('\uFEFF');
            w.write("id,at,actor_id,actor,action,object_type,object_id,details\r\n");
            long after = Long.MAX_VALUE;
            while (true) {
                long before = after;
                List<Line> batch = QuarkusTransaction.requiringNew().call(() -> {
                    Map<String, Object> params = new HashMap<>();
                    String where = f.where(params);
                    if (where == null) {
                        return List.<Line>of();
                    }
                    TypedQuery<AuditEntry> rows = AuditEntry.getEntityManager().createQuery("select e from AuditEntry e "
                            + where + " and e.id < :before order by e.id desc", AuditEntry.class);
                    params.forEach(rows::setParameter);
                    rows.setParameter("before", before);
                    return lines(rows.setMaxResults(BATCH).getResultList());
                });
                for (Line l : batch) {
                    AuditEntry e = l.entry();
                    w.write(String.join(",", List.of(String.valueOf(e.id), e.at.toString(),
                            e.actorId == null ? "" : String.valueOf(e.actorId), Csv.field(l.actor()),
                            e.action, e.objectType, e.objectId == null ? "" : String.valueOf(e.objectId),
                            Csv.field(e.details == null ? "" : e.details))));
                    w.write("\r\n");
                }
                if (batch.size() < BATCH) {
                    break;
                }
                after = batch.get(batch.size() - 1).entry().id;
                w.flush();
            }
            w.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"jigi-audit.csv\"").build();
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
