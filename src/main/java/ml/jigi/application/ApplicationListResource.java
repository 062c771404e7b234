package ml.jigi.application;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    @GET
    public TemplateInstance list(@PathParam("id") long id, @RestQuery String status, @RestQuery String region,
            @RestQuery String stage, @RestQuery String womenLed, @RestQuery String sort, @RestQuery String page,
            @RestQuery String moved) {
        Program program = managed(id);
        ApplicationStatus statusCode = Pager.code(ApplicationStatus.class, status);
        Region regionCode = Pager.code(Region.class, region);
        Stage stageCode = Pager.code(Stage.class, stage);
        boolean women = "1".equals(womenLed) || "on".equals(womenLed);
        // Every order ends on the id in the same direction so that MariaDB reads the program's index
        // in order and stops after a page (V6); a descending order already puts NULLs last in MariaDB.
        String sortCode = "score".equals(sort) || "review".equals(sort) ? sort : null;
        String order = switch (sortCode == null ? "" : sortCode) {
            case "score" -> "a.matchScoreAtSubmit desc, a.id desc";
            case "review" -> "a.reviewAverage desc, a.id desc";
            default -> "a.submittedAt desc, a.id desc";
        };
        StringBuilder where = new StringBuilder("where a.program.id = :program and a.status <> :draft");
        Map<String, Object> params = new HashMap<>();
        params.put("program", program.id);
        params.put("draft", ApplicationStatus.draft);
        if (statusCode != null) {
            where.append(" and a.status = :status");
            params.put("status", statusCode);
        }
        if (regionCode != null) {
            where.append(" and s.region = :region");
            params.put("region", regionCode);
        }
        if (stageCode != null) {
            where.append(" and s.stage = :stage");
            params.put("stage", stageCode);
        }
        if (women) {
            where.append(" and s.womenLed = true");
        }
        EntityManager em = Application.getEntityManager();
        // The counts and the page of rows are kept rendered under the program's application stamp
        // (V6: moved by every change to its applications or their startups, whoever writes).
        String prefix = "applications|" + program.id + "|" + stamp(em, program.id) + "|" + ui.code() + "|";
        java.util.concurrent.atomic.AtomicReference<Map<ApplicationStatus, Long>> counted = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.function.Supplier<Map<ApplicationStatus, Long>> counts = () -> counted.updateAndGet(
                known -> known != null ? known : counts(em, program.id));
        RawString countsHtml = fragments.get(prefix + "counts",
                () -> Templates.applicationsCounts(program.id, counts.get()).render());
        // A manager who declared a conflict of interest sees no average for that application.
        java.util.Set<Long> conflicts = new java.util.TreeSet<>(Review.conflictsOf(user.id(), program.id));
        String key = prefix + statusCode + "|" + regionCode + "|" + stageCode + "|" + women + "|" + order + "|"
                + Pager.index(page) + "|" + conflicts;
        RawString listing = fragments.get(key, () -> {
            long total;
            if (regionCode == null && stageCode == null && !women) { // the counts per status already say it
                total = statusCode != null ? counts.get().getOrDefault(statusCode, 0L)
                        : counts.get().values().stream().mapToLong(Long::longValue).sum();
            } else {
                TypedQuery<Long> count = em.createQuery("select count(a) from Application a join a.startup s " + where,
                        Long.class);
                params.forEach(count::setParameter);
                total = count.getSingleResult();
            }
            Pager pager = Pager.of(page, PAGE_SIZE, total, "/manage/programs/" + id + "/applications", "status",
                    statusCode, "region", regionCode, "stage", stageCode, "womenLed", women ? "1" : null, "sort", sortCode);
            TypedQuery<ApplicationRow> rows = em.createQuery(ApplicationRow.SELECT + where + " order by " + order,
                    ApplicationRow.class);
            params.forEach(rows::setParameter);
            return Templates.applicationsListing(rows.setFirstResult(pager.index() * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                    .getResultList(), pager, conflicts).render();
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

    /** The program's application stamp (0 before its first application). */
    static long stamp(EntityManager em, long programId) {
        List<?> found = em.createNativeQuery("SELECT version FROM application_stamp WHERE program_id = ?1")
                .setParameter(1, programId).getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }

    static Map<ApplicationStatus, Long> counts(EntityManager em, long programId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : em.createQuery("select a.status, count(a) from Application a where a.program.id = :program "
                + "and a.status <> :draft group by a.status", Object[].class)
                .setParameter("program", programId).setParameter("draft", ApplicationStatus.draft).getResultList()) {
            counts.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        return counts;
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
