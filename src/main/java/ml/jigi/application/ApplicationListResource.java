package ml.jigi.application;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.program.Program;
import ml.jigi.startup.Region;
import ml.jigi.startup.Stage;
import ml.jigi.web.CodeMessages;
import ml.jigi.web.Form;
import ml.jigi.web.Option;
import ml.jigi.web.Pager;
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
        static native TemplateInstance applications(Program program, List<Application> applications,
                Map<ApplicationStatus, Long> counts, Pager pager, String status, String region, String stage,
                boolean womenLed, String sort, Form bulk, List<Option> statuses, List<Option> filterStatuses,
                String notice);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    ApplicationService applications;

    @GET
        public TemplateInstance list(@PathParam("id") long id, @RestQuery String status, @RestQuery String region,
            @RestQuery String stage, @RestQuery String womenLed, @RestQuery String sort, @RestQuery String page,
            @RestQuery String moved) {
        Program program = managed(id);
        ApplicationStatus statusCode = Pager.code(ApplicationStatus.class, status);
        Region regionCode = Pager.code(Region.class, region);
        Stage stageCode = Pager.code(Stage.class, stage);
        boolean women = "1".equals(womenLed) || "on".equals(womenLed);
        String order = switch (sort == null ? "" : sort) {
            case "score" -> "matchScoreAtSubmit desc nulls last, a.id";
            case "review" -> "reviewAverage desc nulls last, a.id";
            default -> "submittedAt desc, a.id";
        };
        StringBuilder where = new StringBuilder("a.program.id = :program and a.status <> :draft");
        Parameters params = Parameters.with("program", program.id).and("draft", ApplicationStatus.draft);
        if (statusCode != null) {
            where.append(" and a.status = :status");
            params.and("status", statusCode);
        }
        if (regionCode != null) {
            where.append(" and a.startup.region = :region");
            params.and("region", regionCode);
        }
        if (stageCode != null) {
            where.append(" and a.startup.stage = :stage");
            params.and("stage", stageCode);
        }
        if (women) {
            where.append(" and a.startup.womenLed = true");
        }
        long total = Application.count("from Application a where " + where, params);
        Pager pager = Pager.of(page, PAGE_SIZE, total, "/manage/programs/" + id + "/applications", "status", statusCode,
                "region", regionCode, "stage", stageCode, "womenLed", women ? "1" : null, "sort", sort);
        List<Application> shown = Application.<Application>find("select a from Application a join fetch a.startup where "
                + where + " order by a." + order, params).page(Page.of(pager.index(), PAGE_SIZE)).list();
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : Application.getEntityManager().createQuery(
                "select a.status, count(a) from Application a where a.program.id = :program and a.status <> :draft "
                        + "group by a.status", Object[].class)
                .setParameter("program", program.id).setParameter("draft", ApplicationStatus.draft).getResultList()) {
            counts.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        ApplicationMessages msg = ui.messages(ApplicationMessages.class);
        return Templates.applications(program, shown, counts, pager, statusCode == null ? "" : statusCode.name(),
                regionCode == null ? "" : regionCode.name(), stageCode == null ? "" : stageCode.name(), women,
                sort == null ? "" : sort, ui.form(), ReviewResource.statusOptions(ui), filterOptions(), moved == null ? null : msg.bulk_done(moved.replaceAll("[^0-9]", "")));
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
        CodeMessages codes = ui.messages(CodeMessages.class);
        return java.util.Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.draft)
                .map(s -> new Option(s.name(), codes.application_status(s))).toList();
    }

    private Program managed(long id) {
        return Program.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
    }
}
