package ml.jigi.moderation;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.Account;
import ml.jigi.account.CurrentUser;
import ml.jigi.audit.Audit;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Form;
import ml.jigi.web.UiLocale;

/**
 * `/admin/reports`: what people reported, oldest open first, and the recently closed with what was
 * done; one page per report to close it with its resolution (audited).
 */
@Path("/admin/reports")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminReportResource {

    static final int SHOWN = 100;

    /** A report with the names it needs (read now). */
    @io.quarkus.qute.TemplateData
    public record Line(Report report, String object, String reporter, String closer) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(List<Line> open, long openCount, List<Line> closed, String notice);

        static native TemplateInstance report(Line line, Form form);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    Audit audit;

    @GET
    public TemplateInstance list(@RestQuery String done) {
        List<Report> open = Report.<Report>find("status = ?1 order by createdAt, id", Report.Status.open).page(0, SHOWN).list();
        List<Report> closed = Report.<Report>find("status = ?1 order by closedAt desc, id desc", Report.Status.closed)
                .page(0, 20).list();
        return Templates.reports(lines(open), Report.count("status", Report.Status.open), lines(closed),
                done == null ? null : ui.messages(AdminMessages.class).report_closed());
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        Report r = Report.<Report>findByIdOptional(id).orElseThrow(NotFoundException::new);
        return Templates.report(lines(List.of(r)).get(0), ui.form().set("version", r.version));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Form form = ui.form(fields);
        String resolution = form.text("resolution", 1000, true);
        Report shown = Report.<Report>findByIdOptional(id).orElseThrow(NotFoundException::new);
        if (shown.status == Report.Status.closed) { // closed meanwhile: the page shows by whom and how
            form.notice(ui.messages(AdminMessages.class).report_already_closed());
            return Response.status(Response.Status.CONFLICT).entity(Templates.report(lines(List.of(shown)).get(0), form))
                    .build();
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(Templates.report(lines(List.of(shown)).get(0), form)).build();
        }
        try {
            close(id, form.version(), resolution, user.id());
        } catch (EditConflict e) {
            Report now = Report.findById(id);
            form.notice(form.messages().form_error_conflict());
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.report(lines(List.of(now)).get(0), form.set("version", now.version))).build();
        }
        return Response.seeOther(URI.create("/admin/reports?done=1")).build();
    }

    void close(long id, long formVersion, String resolution, long adminId) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> closeNow(id, formVersion, resolution, adminId));
    }

    private void closeNow(long id, long formVersion, String resolution, long adminId) {
        Report r = Report.<Report>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, r.version);
        if (r.status == Report.Status.closed) {
            throw new EditConflict();
        }
        r.status = Report.Status.closed;
        r.closedBy = adminId;
        r.closedAt = Instant.now();
        r.resolution = resolution;
        audit.record(adminId, "report.close", "report", r.id, r.objectType + " #" + r.objectId + ": " + resolution);
        EditConflict.flush(Report.getEntityManager());
    }

    static List<Line> lines(List<Report> reports) {
        Map<Long, String> people = new HashMap<>();
        List<Long> ids = reports.stream().flatMap(r -> java.util.stream.Stream.of(r.reporterId, r.closedBy))
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            Account.<Account>list("id in ?1", ids).forEach(a -> people.put(a.id, a.displayName));
        }
        return reports.stream().map(r -> new Line(r, name(r), people.getOrDefault(r.reporterId, "#" + r.reporterId),
                r.closedBy == null ? "" : people.getOrDefault(r.closedBy, "#" + r.closedBy))).toList();
    }

    static String name(Report r) {
        return switch (r.objectType) {
            case startup -> Startup.<Startup>findByIdOptional(r.objectId).map(s -> s.name).orElse("#" + r.objectId);
            case organization -> Organization.<Organization>findByIdOptional(r.objectId).map(o -> o.name)
                    .orElse("#" + r.objectId);
            case program -> Program.<Program>findByIdOptional(r.objectId).map(p -> p.title).orElse("#" + r.objectId);
        };
    }
}
