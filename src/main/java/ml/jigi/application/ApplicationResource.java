package ml.jigi.application;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

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
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.code.CodeMessages;
import ml.jigi.matching.MatchMessages;
import ml.jigi.matching.MatchService;
import ml.jigi.matching.ReasonTexts;
import ml.jigi.web.Dates;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Form;
import ml.jigi.web.KeptForms;
import ml.jigi.web.UiLocale;
import ml.jigi.web.Upload;

/**
 * A founder's applications: start one from a program, fill it in (saved as a draft whatever its
 * state), submit it, follow it, withdraw it, answer a request for more information. An application
 * of someone else's startup is a 404.
 */
@Path("/my/applications")
@RolesAllowed("founder")
@Produces(MediaType.TEXT_HTML)
public class ApplicationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ApplicationLine> applications, LocalDate today);

        static native TemplateInstance show(Application application, AnswerSheet sheet, Form form, List<String> blocking,
                List<ApplicationEvent> timeline, LocalDate today);
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
    KeptForms kept;

    @Inject
    ApplicationFiles answerFiles;

    @Inject
    ml.jigi.file.Files storedFiles;

    @GET
    public TemplateInstance list() {
        List<ApplicationLine> mine = ApplicationLine.of(user.id());
        return Templates.list(mine, Dates.today());
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id, @RestQuery String saved, @RestQuery String done) {
        Application a = owned(id);
        ApplicationMessages msg = ui.messages(ApplicationMessages.class);
        var back = kept.take(path(id));
        if (back.isPresent()) { // posted after the session had ended: shown again, to be checked and sent
            Form form = ui.form(back.get().fields());
            form.notice(back.get().hadFiles() ? msg.application_kept_files() : msg.application_kept());
            return page(a, form, List.of());
        }
        Form form = AnswerForm.fill(ui.form(), a.program.questions, a.answerMap(), a.version);
        if (saved != null) {
            form.notice(msg.application_saved());
        } else if ("submitted".equals(done)) {
            form.notice(msg.application_notice_submitted());
        } else if ("answered".equals(done)) {
            form.notice(msg.application_notice_answered());
        } else if ("withdrawn".equals(done)) {
            form.notice(msg.application_notice_withdrawn());
        }
        return page(a, form, List.of());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll // a post after the session ended is kept, not lost: see sessionEnded
    public Response save(@PathParam("id") long id, MultipartFormDataInput input) {
        return withForm(id, input, (a, form, typed) -> {
            Application saved;
            try {
                saved = applications.save(a.id, user.id(), form.version(), typed);
            } catch (EditConflict conflict) {
                return conflict(a, form);
            }
            if (form.hasErrors()) { // a refused file: the rest is saved, the file is asked again
                seen(a, saved);
                return Response.status(422).entity(page(a, form.set("version", saved.version), List.of())).build();
            }
            return Response.seeOther(URI.create("/my/applications/" + id + "?saved=1")).build();
        });
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll // a post after the session ended is kept, not lost: see sessionEnded
    public Response submit(@PathParam("id") long id, MultipartFormDataInput input) {
        return withForm(id, input, (a, form, typed) -> {
            Application saved;
            try {
                saved = a.isEditable() ? applications.save(a.id, user.id(), form.version(), typed) : a;
            } catch (EditConflict conflict) {
                return conflict(a, form);
            }
            seen(a, saved);
            form.set("version", saved.version);
            if (form.hasErrors()) { // a refused file is asked again before anything is submitted
                return Response.status(422).entity(page(a, form, List.of())).build();
            }
            try {
                applications.submit(id, user.id(), saved.version, Dates.today());
            } catch (ApplicationService.Incomplete incomplete) {
                AnswerForm.explain(form, a.program.questions, incomplete.answers);
                return Response.status(422).entity(page(a, form, texts(incomplete.blocking))).build();
            }
            return Response.seeOther(URI.create("/my/applications/" + id + "?done=submitted")).build();
        });
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll // a post after the session ended is kept, not lost: see sessionEnded
    public Response answer(@PathParam("id") long id, MultipartFormDataInput input) {
        return withForm(id, input, (a, form, typed) -> {
            String note = form.text("note", 4000, false);
            if (form.hasErrors()) {
                return Response.status(422).entity(page(a, form, List.of())).build();
            }
            try {
                applications.answer(a.id, user.id(), form.version(), typed, note);
            } catch (EditConflict conflict) {
                return conflict(a, form);
            }
            return Response.seeOther(URI.create("/my/applications/" + id + "?done=answered")).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/withdraw")
    public Response withdraw(@PathParam("id") long id, @RestForm long version) {
        Application a = owned(id);
        try {
            applications.withdraw(a.id, user.id(), version);
        } catch (EditConflict conflict) {
            Form form = AnswerForm.fill(ui.form(), a.program.questions, a.answerMap(), a.version);
            return conflict(a, form);
        }
        return Response.seeOther(URI.create("/my/applications/" + id + "?done=withdrawn")).build();
    }

    @GET
    @Path("{id}/answers/{question}/file")
    public Response file(@PathParam("id") long id, @PathParam("question") long question) {
        return answerFiles.serve(owned(id), question);
    }

    /** What a post of the application form does, once its application and answers are read. */
    @FunctionalInterface
    interface FormPost {
        Response handle(Application application, Form form, AnswerForm.Typed typed);
    }

    /**
     * The three posts of the form (save, submit, answer): kept for later when the session has ended,
     * else the logged-in founder's own application with what they typed, read and checked by field.
     */
    private Response withForm(long id, MultipartFormDataInput input, FormPost post) {
        if (!user.isLoggedIn()) {
            return sessionEnded(id, input);
        }
        founderOnly();
        Application a = owned(id);
        Form form = ui.form(Upload.fields(input));
        AnswerForm.Typed typed = AnswerForm.read(form, input, a.program.questions);
        Map<String, Upload> byField = new java.util.LinkedHashMap<>();
        typed.files().forEach((question, file) -> byField.put("q" + question, file));
        if (!byField.isEmpty() && !storedFiles.admit(form, user.id(), byField)) {
            typed = typed.withoutFiles(); // refused files are asked again; the text is kept
        }
        try {
            return post.handle(a, form, typed);
        } catch (ml.jigi.file.Files.Refused refused) { // the quota was reached meanwhile: nothing was saved
            form.reject(byField.keySet().iterator().next(), storedFiles.message(refused.refusal, form.messages()));
            return Response.status(422).entity(page(a, form, List.of())).build();
        }
    }

    /**
     * The form arrived without a session (it ended while the founder was writing): what they typed
     * is kept and the browser goes to the form, which asks for the login and then shows it again.
     */
    private Response sessionEnded(long id, MultipartFormDataInput input) {
        if (Application.findById(id) == null) { // nothing to come back to: keep nothing
            return Response.seeOther(URI.create(path(id))).build();
        }
        return kept.keep(path(id), Upload.fields(input), KeptForms.hasFiles(input));
    }

    /** The posts open to anyone (to keep a copy) are still founders' once logged in. */
    private void founderOnly() {
        if (!user.isFounder()) {
            throw new ForbiddenException();
        }
    }

    static String path(long id) {
        return "/my/applications/" + id;
    }

    /** Why the application cannot be submitted now, in words: the deadline, the program's rules. */
    List<String> texts(List<ml.jigi.matching.Reason> blocking) {
        ReasonTexts texts = new ReasonTexts(ui.messages(MatchMessages.class), ui.messages(CodeMessages.class), ui.locale());
        return blocking.stream().map(texts::text).toList();
    }

    /**
     * Shows a save made in its own transaction on the copy this request read first (this request's
     * session would otherwise keep answering with the state it read before the save).
     */
    static void seen(Application shown, Application saved) {
        shown.answers = saved.answers;
        shown.version = saved.version;
        shown.status = saved.status;
    }

    private Response conflict(Application a, Form form) {
        form.notice(form.messages().form_error_conflict());
        return Response.status(Response.Status.CONFLICT).entity(page(a, form, List.of())).build();
    }

    private TemplateInstance page(Application a, Form form, List<String> blocking) {
        return Templates.show(a, applications.sheet(a), form, blocking, ApplicationEvent.timeline(a.id, false), Dates.today());
    }

    private Application owned(long id) {
        return Application.findOwned(id, user.id()).orElseThrow(NotFoundException::new);
    }

}
