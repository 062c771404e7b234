package ml.jigi.application;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import ml.jigi.account.Account;
import ml.jigi.account.CurrentUser;
import ml.jigi.code.CodeMessages;
import ml.jigi.matching.MatchService;
import ml.jigi.matching.ReasonTexts;
import ml.jigi.program.RubricCriterion;
import ml.jigi.web.Dates;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Form;
import ml.jigi.web.Option;
import ml.jigi.web.Pager;
import ml.jigi.web.UiLocale;

/**
 * The managers' side of applications: a program's list (counts, filters, sorting, bulk status, CSV),
 * one application (profile, answers, fit, reviews, timeline), the review form and status changes.
 * Another organization's program or application is a 404; drafts are never shown to managers.
 */
@Path("/manage/applications")
@RolesAllowed("manager")
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    static final int PAGE_SIZE = 50;

    /** A review as the page shows it: who, the scores by criterion, the advice. */
    @TemplateData
    public record ReviewView(String reviewer, Review review, List<Integer> scores) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance application(Application application, AnswerSheet sheet, boolean conflicted,
                List<ReasonTexts.Line> reasons, int score,
                boolean eligible, List<RubricCriterion> rubric, Review mine, List<ReviewView> others,
                boolean othersVisible, Form review, Form status, List<Option> nextStatuses,
                List<ApplicationEvent> timeline, Map<Long, String> actors, LocalDate today);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    ApplicationService applications;

    @Inject
    MatchService matches;

    @Inject
    ApplicationFiles answerFiles;

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id, @RestQuery String done) {
        Application a = managedApplication(id);
        Form review = reviewForm(a);
        Form status = ui.form().set("version", a.version);
        ApplicationMessages msg = ui.messages(ApplicationMessages.class);
        ApplicationStatus moved = Pager.code(ApplicationStatus.class, done);
        if ("reviewed".equals(done)) {
            status.notice(msg.manage_done_reviewed());
        } else if ("conflict".equals(done)) {
            status.notice(msg.manage_done_conflict());
        } else if (moved != null) {
            status.notice(msg.manage_done_status(ui.messages(ApplicationMessages.class).application_status(moved)));
        }
        return page(a, review, status);
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Application a = managedApplication(id);
        Form form = ui.form(fields);
        boolean conflict = form.checked("conflict");
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (!conflict) {
            for (RubricCriterion c : a.program.rubric) {
                Integer score = form.integer("score" + c.id, 0, c.maxScore, true);
                if (score != null) {
                    scores.put(String.valueOf(c.id), score);
                }
            }
        }
        String comment = form.text("comment", 4000, false);
        Recommendation recommendation = conflict ? null : form.code("recommendation", Recommendation.class, true);
        if (form.hasErrors()) {
            return Response.status(422).entity(page(a, form, ui.form().set("version", a.version))).build();
        }
        applications.review(a.id, user.id(), scores, comment, recommendation, conflict);
        return Response.seeOther(URI.create("/manage/applications/" + id + "?done=" + (conflict ? "conflict" : "reviewed")
                + "#reviews")).build();
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Application a = managedApplication(id);
        Form form = ui.form(fields);
        ApplicationStatus next = form.code("status", ApplicationStatus.class, true);
        String message = form.text("message", 4000, false);
        boolean internal = form.checked("internal");
        // A move judged against the status the manager saw: when the application changed meanwhile
        // (another manager decided), that is the conflict to tell, not the move from a status they never saw.
        if (next != null && form.version() == a.version && !a.status.canMoveTo(next)) {
            form.reject("status", ui.messages(ApplicationMessages.class).manage_illegal_move(
                    ui.messages(ApplicationMessages.class).application_status(a.status),
                    ui.messages(ApplicationMessages.class).application_status(next)));
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(page(a, reviewForm(a), form)).build();
        }
        try {
            applications.changeStatus(a.id, user.id(), form.version(), next, message, internal);
        } catch (EditConflict conflict) {
            form.notice(ui.messages(ApplicationMessages.class).manage_changed_meanwhile());
            return Response.status(Response.Status.CONFLICT).entity(page(managedApplication(id), reviewForm(a), form)).build();
        } catch (ApplicationService.Conflicted conflicted) {
            form.notice(ui.messages(ApplicationMessages.class).status_conflicted());
            return Response.status(Response.Status.CONFLICT).entity(page(a, reviewForm(a), form)).build();
        }
        return Response.seeOther(URI.create("/manage/applications/" + id + "?done=" + next.name())).build();
    }

    @GET
    @Path("{id}/answers/{question}/file")
    public Response file(@PathParam("id") long id, @PathParam("question") long question) {
        return answerFiles.serve(managedApplication(id), question);
    }

    private Form reviewForm(Application a) {
        Form form = ui.form();
        Review mine = Review.<Review>find("applicationId = ?1 and reviewerId = ?2", a.id, user.id()).firstResult();
        if (mine != null) {
            mine.scoreMap().forEach((criterion, score) -> form.set("score" + criterion, score));
            form.set("comment", mine.comment).set("recommendation", mine.recommendation).check("conflict",
                    mine.conflictDeclared);
        }
        return form;
    }

    private TemplateInstance page(Application a, Form review, Form status) {
        LocalDate today = Dates.today();
        var fit = matches.fit(a.startup, a.program, today);
        ReasonTexts texts = new ReasonTexts(ui.messages(ml.jigi.matching.MatchMessages.class),
                ui.messages(CodeMessages.class), ui.locale());
        List<Review> reviews = Review.list("applicationId = ?1 order by submittedAt", a.id);
        Optional<Review> mine = reviews.stream().filter(r -> r.reviewerId.equals(user.id())).findFirst();
        boolean visible = mine.isPresent() && mine.get().submittedAt != null && !mine.get().conflictDeclared;
        List<RubricCriterion> rubric = a.program.rubric;
        Map<Long, String> names = new LinkedHashMap<>();
        List<ApplicationEvent> timeline = ApplicationEvent.timeline(a.id, true);
        List<Long> people = new ArrayList<>();
        reviews.forEach(r -> people.add(r.reviewerId));
        timeline.forEach(e -> {
            if (e.actorId != null) {
                people.add(e.actorId);
            }
        });
        if (!people.isEmpty()) {
            Account.<Account>list("id in ?1", people).forEach(acc -> names.put(acc.id, acc.displayName));
        }
        List<ReviewView> others = reviews.stream().filter(r -> !r.reviewerId.equals(user.id()) && !r.conflictDeclared)
                .map(r -> new ReviewView(names.getOrDefault(r.reviewerId, "?"), r, rubric.stream()
                        .map(c -> r.scoreMap().get(String.valueOf(c.id))).toList()))
                .toList();
        List<Option> next = statusOptions(ui).stream()
                .filter(o -> a.status.canMoveTo(ApplicationStatus.valueOf(o.code()))).toList();
        boolean conflicted = mine.isPresent() && mine.get().conflictDeclared;
        return Templates.application(a, applications.sheet(a), conflicted, texts.lines(fit.result().reasons()),
                fit.result().total(), fit.result().eligible(),
                rubric, mine.orElse(null), others, visible, review, status, next, timeline, names, today);
    }

    static List<Option> statusOptions(UiLocale ui) {
        ApplicationMessages codes = ui.messages(ApplicationMessages.class);
        return ApplicationStatus.BY_MANAGERS.stream().map(s -> new Option(s.name(), codes.application_status(s))).toList();
    }

    private Application managedApplication(long id) {
        return Application.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
    }
}
