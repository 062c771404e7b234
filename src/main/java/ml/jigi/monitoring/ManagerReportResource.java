package ml.jigi.monitoring;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.web.Dates;
import ml.jigi.web.EditConflict;
import ml.jigi.web.UiLocale;

/** One progress report as its program's managers read it, and `/reopen` to let its founders correct it. */
@Path("/manage/reports")
@RolesAllowed("manager")
@Produces(MediaType.TEXT_HTML)
public class ManagerReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportRow row, String notice, LocalDate today);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    ReportService reports;

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id, @RestQuery String done) {
        ProgressReport r = ProgressReport.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
        String notice = "reopened".equals(done) ? ui.messages(MonitoringMessages.class).report_notice_reopened() : null;
        return page(r, notice);
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("id") long id, @RestForm long version) {
        ProgressReport r = ProgressReport.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
        try {
            reports.reopen(r.id, user.id(), version);
        } catch (EditConflict conflict) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(page(r, ui.messages(ml.jigi.web.FormMessages.class).form_error_conflict())).build();
        }
        return Response.seeOther(URI.create("/manage/reports/" + id + "?done=reopened")).build();
    }

    private TemplateInstance page(ProgressReport r, String notice) {
        LocalDate today = Dates.today();
        return Templates.report(ReportRow.of(List.of(r), today).get(0), notice, today);
    }
}
