package ml.jigi.application;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.code.Region;
import ml.jigi.code.Stage;
import ml.jigi.program.Program;
import ml.jigi.web.Form;
import ml.jigi.web.Option;
import ml.jigi.web.Pager;
import ml.jigi.web.RenderedFragments;
import ml.jigi.web.UiLocale;

/**
 * `/manage/programs/{id}/applications`: a program's applications (drafts left out) with counts per
 * status, filters, sorting and a bulk status change. Another organization's program is a 404.
 */
@Path("/manage/programs/{id}/applications")
@RolesAllowed("manager")
@Produces(MediaType.TEXT_HTML)
public class ApplicationListResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "ReviewResource")
    static class Templates {
        static native TemplateInstance applications(Program program, RawString counts, RawString listing,
                String status, String region, String stage, boolean womenLed, String sort, Form bulk,
                List<Option> statuses, List<Option> filterStatuses, String notice);

        static native TemplateInstance applicationsCounts(long programId, Map<ApplicationStatus, Long> counts);

        static native TemplateInstance applicationsListing(List<ApplicationRow> applications, Pager pager,
                java.util.Set<Long> conflicts);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    ApplicationService applications;

    @Inject
    RenderedFragments fragments;

    @Inject
    ApplicationListQuery query;

    @GET
    public TemplateInstance list(@PathParam("id") long id, @RestQuery String status, @RestQuery String region,
            @RestQuery String stage, @RestQuery String womenLed, @RestQuery String sort, @RestQuery String page,
            @RestQuery String moved) {
        Program program = managed(id);
        ApplicationStatus statusCode = Pager.code(ApplicationStatus.class, status);
        Region regionCode = Pager.code(Region.class, region);
        Stage stageCode = Pager.code(Stage.class, stage);
        boolean women = "1".equals(womenLed) || "on".equals(womenLed);
        String sortCode = "score".equals(sort) || "review".equals(sort) ? sort : null;
        ApplicationListQuery.Filter filter = new ApplicationListQuery.Filter(statusCode, regionCode, stageCode, women, sortCode);
        // The counts and the page of rows are kept rendered under the program's application stamp
        // (V6: moved by every change to its applications or their startups, whoever writes).
        String prefix = "applications|" + program.id + "|" + query.stamp(program.id) + "|" + ui.code() + "|";
        java.util.concurrent.atomic.AtomicReference<Map<ApplicationStatus, Long>> counted = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.function.Supplier<Map<ApplicationStatus, Long>> counts = () -> counted.updateAndGet(
                known -> known != null ? known : query.counts(program.id));
        RawString countsHtml = fragments.get(prefix + "counts",
                () -> Templates.applicationsCounts(program.id, counts.get()).render());
        // A manager who declared a conflict of interest sees no average for that application.
        java.util.Set<Long> conflicts = new java.util.TreeSet<>(Review.conflictsOf(user.id(), program.id));
        String key = prefix + statusCode + "|" + regionCode + "|" + stageCode + "|" + women + "|" + filter.order() + "|"
                + Pager.index(page) + "|" + conflicts;
        RawString listing = fragments.get(key, () -> {
            long total = query.total(program.id, filter, filter.byStatusOnly() ? counts.get() : null);
            Pager pager = Pager.of(page, PAGE_SIZE, total, "/manage/programs/" + id + "/applications", "status",
                    statusCode, "region", regionCode, "stage", stageCode, "womenLed", women ? "1" : null, "sort", sortCode);
            return Templates.applicationsListing(query.page(program.id, filter, pager.index() * PAGE_SIZE, PAGE_SIZE), pager,
                    conflicts).render();
        });
        ApplicationMessages msg = ui.messages(ApplicationMessages.class);
        return Templates.applications(program, countsHtml, listing, statusCode == null ? "" : statusCode.name(),
                regionCode == null ? "" : regionCode.name(), stageCode == null ? "" : stageCode.name(), women,
                sortCode == null ? "" : sortCode, ui.form(), ReviewResource.statusOptions(ui), filterOptions(), moved == null ? null : msg.bulk_done(moved.replaceAll("[^0-9]", "")));
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulk(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Program program = managed(id);
        Form form = ui.form(fields);
        ApplicationStatus next = form.code("newStatus", ApplicationStatus.class, true);
        String message = form.text("message", 4000, false);
        List<Long> ids = new ArrayList<>();
        for (String value : form.values("ids")) {
            try {
                ids.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                form.reject("ids", form.messages().form_error_code());
            }
        }
        if (form.hasErrors() || next == null || ids.isEmpty()) {
            return Response.seeOther(URI.create("/manage/programs/" + id + "/applications?moved=0")).build();
        }
        int moved = applications.bulk(program.id, user.id(), ids, next, message);
        return Response.seeOther(URI.create("/manage/programs/" + id + "/applications?moved=" + moved)).build();
    }

    private List<Option> filterOptions() {
        ApplicationMessages codes = ui.messages(ApplicationMessages.class);
        return java.util.Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.draft)
                .map(s -> new Option(s.name(), codes.application_status(s))).toList();
    }

    private Program managed(long id) {
        return Program.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
    }
}
