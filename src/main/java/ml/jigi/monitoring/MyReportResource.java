package ml.jigi.monitoring;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.web.Dates;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Form;
import ml.jigi.web.KeptForms;
import ml.jigi.web.UiLocale;

/**
 * A founder's progress reports: `/my/reports` lists those open, late or done for every startup they
 * own; `/my/reports/{id}` is one report's form (save a draft, `/submit`), or, once submitted, what
 * was sent and a way to ask the managers to reopen it (`/reopen`). As with applications, a post
 * that arrives after the session ended is kept and shown again after the login. Someone else's
 * report is a 404.
 */
@Path("/my/reports")
@RolesAllowed("founder")
@Produces(MediaType.TEXT_HTML)
public class MyReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ReportRow> open, List<ReportRow> done, List<ReportRow> upcoming);

        static native TemplateInstance show(ReportRow row, List<ReportQuestion> questions, Form form, LocalDate today);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    ReportService reports;

    @Inject
    KeptForms kept;

    @GET
    public TemplateInstance list() {
        LocalDate today = Dates.today();
        List<ReportRow> rows = ReportRow.of(ProgressReport.list(
                "startupId in (select o.startupId from StartupOwner o where o.accountId = ?1)", user.id()), today);
        List<ReportRow> open = rows.stream().filter(r -> r.status() == ReportStatus.due || r.status() == ReportStatus.draft
                || r.status() == ReportStatus.late).toList();
        List<ReportRow> done = new java.util.ArrayList<>(rows.stream().filter(r -> r.status() == ReportStatus.submitted).toList());
        java.util.Collections.reverse(done); // the latest first
        // The next upcoming report of each startup and program, so founders know what comes.
        java.util.Map<Long, ReportRow> next = new java.util.LinkedHashMap<>();
        rows.stream().filter(r -> r.status() == ReportStatus.upcoming).forEach(r -> next.putIfAbsent(r.report().applicationId, r));
        return Templates.list(open, done, List.copyOf(next.values()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id, @RestQuery String done) {
        ProgressReport r = owned(id);
        MonitoringMessages msg = ui.messages(MonitoringMessages.class);
        List<String> questions = ReportingPlan.of(r.programId).questionList();
        var back = kept.take(path(id));
        if (back.isPresent()) { // posted after the session had ended: shown again, to be checked and sent
            Form form = ui.form(back.get().fields());
            form.notice(msg.report_kept());
            return page(r, questions, form);
        }
        Form form = ReportForm.fill(ui.form(), r, questions);
        if ("saved".equals(done)) {
            form.notice(msg.report_saved());
        } else if ("submitted".equals(done)) {
            form.notice(msg.report_notice_submitted());
        } else if ("asked".equals(done)) {
            form.notice(msg.report_notice_reopen_asked());
        }
        return page(r, questions, form);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll // a post after the session ended is kept, not lost
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        return post(id, fields, false);
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll // a post after the session ended is kept, not lost
    public Response submit(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        return post(id, fields, true);
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askReopen(@PathParam("id") long id, @RestForm String note) {
        ProgressReport r = owned(id);
        Form form = ui.form();
        form.set("note", note == null ? "" : note);
        String text = form.text("note", 1000, true);
        if (form.hasErrors()) {
            return Response.status(422).entity(page(r, ReportingPlan.of(r.programId).questionList(), form)).build();
        }
        reports.askReopen(id, user.id(), text);
        return Response.seeOther(URI.create(path(id) + "?done=asked")).build();
    }

    private Response post(long id, MultivaluedMap<String, String> fields, boolean submitting) {
        if (!user.isLoggedIn()) {
            if (ProgressReport.findById(id) == null) {
                return Response.seeOther(URI.create(path(id))).build();
            }
            return kept.keep(path(id), fields, false);
        }
        if (!user.isFounder()) {
            throw new ForbiddenException();
        }
        ProgressReport r = owned(id);
        List<String> questions = ReportingPlan.of(r.programId).questionList();
        Form form = ui.form(fields);
        ReportForm.Values values = ReportForm.read(form, questions, ui.messages(MonitoringMessages.class), submitting);
        if (form.hasErrors()) {
            return Response.status(422).entity(page(r, questions, form)).build();
        }
        try {
            if (submitting) {
                reports.submit(id, user.id(), form.version(), values);
            } else {
                reports.save(id, user.id(), form.version(), values);
            }
        } catch (EditConflict conflict) {
            form.notice(form.messages().form_error_conflict());
            return Response.status(Response.Status.CONFLICT).entity(page(ProgressReport.findById(id), questions, form)).build();
        } catch (ReportService.Submitted submitted) {
            form.notice(ui.messages(MonitoringMessages.class).report_error_submitted());
            return Response.status(Response.Status.CONFLICT).entity(page(ProgressReport.findById(id), questions, form)).build();
        }
        return Response.seeOther(URI.create(path(id) + "?done=" + (submitting ? "submitted" : "saved"))).build();
    }

    private TemplateInstance page(ProgressReport r, List<String> questions, Form form) {
        LocalDate today = Dates.today();
        return Templates.show(ReportRow.of(List.of(r), today).get(0), ReportQuestion.of(questions), form, today);
    }

    static String path(long id) {
        return "/my/reports/" + id;
    }

    private ProgressReport owned(long id) {
        return ProgressReport.findOwned(id, user.id()).orElseThrow(NotFoundException::new);
    }
}
