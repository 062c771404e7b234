package ml.jigi.monitoring;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import jakarta.ws.rs.core.StreamingOutput;
import ml.jigi.account.CurrentUser;
import ml.jigi.audit.Audit;
import ml.jigi.program.Program;
import ml.jigi.web.Csv;
import ml.jigi.web.Dates;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Form;
import ml.jigi.web.UiLocale;

/**
 * A manager's view of a program's cohort: `/manage/programs/{id}/cohort` (each startup's reporting
 * status, last figures and their trend), its CSV (one line per report), and the program's reporting
 * plan (`/reporting`). Another organization's program is a 404.
 */
@Path("/manage/programs/{id}")
@RolesAllowed("manager")
@Produces(MediaType.TEXT_HTML)
public class CohortResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cohort(Program program, io.quarkus.qute.RawString members, ReportingPlan plan);

        static native TemplateInstance members(Program program, List<Cohort.Member> members, Map<String, Long> counts);

        static native TemplateInstance reporting(Program program, Form form, boolean custom);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    Cohort cohort;

    @Inject
    ReportService reports;

    @Inject
    Audit audit;

    @Inject
    ReportStamp stamps;

    @Inject
    ml.jigi.web.RenderedFragments fragments;

    @GET
    @Path("cohort")
    public TemplateInstance cohort(@PathParam("id") long id) {
        Program program = managed(id);
        LocalDate today = Dates.today();
        // The table is kept rendered until a report, a startup or a program changes (or the day or language does).
        String key = "cohort/" + program.id + "/" + stamps.current() + "/" + today + "/" + ui.code();
        io.quarkus.qute.RawString members = fragments.get(key, () -> {
            List<Cohort.Member> all = cohort.of(program.id, today);
            return Templates.members(program, all, Cohort.counts(all)).render();
        });
        return Templates.cohort(program, members, ReportingPlan.of(program.id));
    }

    @GET
    @Path("cohort.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        Program program = managed(id);
        LocalDate today = Dates.today();
        List<Cohort.Member> members = cohort.of(program.id, today);
        List<String> questions = ReportingPlan.of(program.id).questionList();
        long managerId = user.id();
        QuarkusTransaction.requiringNew().run(() -> audit.record(managerId, "cohort.export", "program", program.id, null));
        char sep = Csv.separator(ui.code());
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of("startup", "slug", "region", "women_led", "accepted_on",
                    "period_start", "due_on", "status", "submitted_at", "revenue_band", "jobs_total", "jobs_women",
                    "jobs_youth", "funding_raised_xof", "funding_kind", "customers", "milestone"));
            header.addAll(questions);
            Csv.line(w, sep, header);
            for (Cohort.Member m : members) {
                for (ProgressReport r : m.reports()) {
                    ReportStatus status = r.status(today);
                    if (status == ReportStatus.upcoming) {
                        continue;
                    }
                    List<String> row = new ArrayList<>(List.of(m.name(), m.slug(), m.region().name(),
                            m.womenLed() ? "1" : "0", String.valueOf(r.acceptedOn), String.valueOf(r.periodStart),
                            String.valueOf(r.dueOn), status.name(), r.submittedAt == null ? "" : r.submittedAt.toString(),
                            r.revenueBand == null ? "" : r.revenueBand.code(), text(r.jobsTotal), text(r.jobsWomen),
                            text(r.jobsYouth), text(r.fundingRaisedXof), r.fundingKind == null ? "" : r.fundingKind.name(),
                            text(r.customers), r.milestone == null ? "" : r.milestone));
                    Map<String, String> answers = r.answerMap();
                    questions.forEach(q -> row.add(answers.getOrDefault(q, "")));
                    Csv.line(w, sep, row);
                }
            }
            w.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cohort-" + program.slug + ".csv\"").build();
    }

    @GET
    @Path("reporting")
    public TemplateInstance reporting(@PathParam("id") long id, @RestQuery String saved) {
        Program program = managed(id);
        ReportingPlan plan = ReportingPlan.of(program.id);
        Form form = ui.form();
        boolean fixed = plan.fixedDates != null && !plan.fixedDates.isBlank();
        form.set("mode", fixed ? "dates" : "every");
        form.set("everyMonths", plan.everyMonths == null ? "" : plan.everyMonths);
        form.set("forMonths", plan.forMonths == null ? "" : plan.forMonths);
        form.set("fixedDates", fixed ? plan.fixedDates.replace(",", ", ") : "");
        form.set("questions", plan.questions == null ? "" : plan.questions);
        form.set("version", plan.id == null ? 0 : plan.version);
        if (saved != null) {
            form.notice(ui.messages(MonitoringMessages.class).reporting_saved());
        }
        return Templates.reporting(program, form, plan.id != null);
    }

    @POST
    @Path("reporting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Program program = managed(id);
        Form form = ui.form(fields);
        MonitoringMessages msg = ui.messages(MonitoringMessages.class);
        boolean dates = "dates".equals(form.value("mode"));
        Integer every = null;
        Integer forMonths = null;
        String fixed = null;
        if (dates) {
            fixed = fixedDates(form, msg);
        } else {
            every = form.integer("everyMonths", 1, 24, true);
            forMonths = form.integer("forMonths", 1, 120, true);
            if (every != null && forMonths != null && forMonths < every && !form.invalid("forMonths")) {
                form.reject("forMonths", msg.reporting_error_for_shorter(every));
            }
        }
        String questions = form.text("questions", 4000, false);
        if (questions != null) {
            List<String> lines = questions.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
            if (lines.size() > ReportingPlan.MAX_QUESTIONS) {
                form.reject("questions", msg.reporting_error_questions(ReportingPlan.MAX_QUESTIONS));
            } else if (lines.stream().anyMatch(l -> l.length() > 300)) {
                form.reject("questions", msg.reporting_error_question_length(300));
            }
            questions = String.join("\n", lines);
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(Templates.reporting(program, form, true)).build();
        }
        try {
            reports.plan(program.id, user.id(), form.version(), every, forMonths, fixed, questions == null || questions.isEmpty() ? null : questions);
        } catch (EditConflict conflict) {
            form.notice(form.messages().form_error_conflict());
            return Response.status(Response.Status.CONFLICT).entity(Templates.reporting(program, form, true)).build();
        }
        return Response.seeOther(URI.create("/manage/programs/" + id + "/reporting?saved=1")).build();
    }

    /** Fixed due dates, comma- or space-separated, in the future and at most 40. */
    static String fixedDates(Form form, MonitoringMessages msg) {
        String text = form.value("fixedDates").strip();
        if (text.isEmpty()) {
            form.reject("fixedDates", form.messages().form_error_required());
            return null;
        }
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        for (String part : text.split("[,;\\s]+")) {
            LocalDate d = Dates.parse(part);
            if (d == null) {
                form.reject("fixedDates", msg.reporting_error_date(part));
                return null;
            }
            dates.add(d);
        }
        if (dates.size() > 40) {
            form.reject("fixedDates", msg.reporting_error_too_many(40));
            return null;
        }
        return String.join(",", dates.stream().map(LocalDate::toString).toList());
    }

    static String text(Number n) {
        return n == null ? "" : n.toString();
    }

    private Program managed(long id) {
        return Program.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
    }
}
