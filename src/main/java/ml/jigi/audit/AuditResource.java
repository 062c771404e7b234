package ml.jigi.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ml.jigi.account.CurrentUser;
import ml.jigi.audit.AuditSearch.Filters;
import ml.jigi.audit.AuditSearch.Line;
import ml.jigi.web.Csv;
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

    @Inject
    AuditSearch search;

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String actor, @RestQuery String action, @RestQuery String object,
            @RestQuery String objectId, @RestQuery String from, @RestQuery String to, @RestQuery String page) {
        Filters f = Filters.of(actor, action, object, objectId, from, to);
        Pager pager = Pager.of(page, PAGE_SIZE, search.count(f), "/admin/audit", f.links());
        List<Line> lines = pager.total() == 0 ? List.of() : search.page(f, pager.index() * PAGE_SIZE, PAGE_SIZE);
        String csv = "/admin/audit.csv" + f.query();
        return Templates.audit(lines, pager, f.actor(), f.action(), f.object(),
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
        char sep = Csv.separator(ui.code());
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write('\uFEFF');
            Csv.line(w, sep, List.of("id", "at", "actor_id", "actor", "action", "object_type", "object_id", "details"));
            long after = Long.MAX_VALUE;
            while (true) {
                long before = after;
                List<Line> batch = search.before(f, before, BATCH);
                for (Line l : batch) {
                    AuditEntry e = l.entry();
                    Csv.line(w, sep, List.of(String.valueOf(e.id), e.at.toString(),
                            e.actorId == null ? "" : String.valueOf(e.actorId), l.actor(),
                            e.action, e.objectType, e.objectId == null ? "" : String.valueOf(e.objectId),
                            e.details == null ? "" : e.details));
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
}
