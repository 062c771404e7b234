package ml.jigi.program;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.code.ProgramFormat;
import ml.jigi.program.ProgramForm.CriterionInput;
import ml.jigi.program.ProgramForm.QuestionInput;
import ml.jigi.web.Dates;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Form;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/**
 * A manager's programs: create, edit (with questions and rubric), preview, submit for moderation,
 * close. A program of another organization is a 404.
 */
@Path("/manage/programs")
@RolesAllowed("manager")
@Produces(MediaType.TEXT_HTML)
public class ManageProgramResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Form form, Program program, List<Option> organizations,
                List<Rows> questionRows, List<Rows> rubricRows);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    ProgramService programs;

    @Inject
    FitWeights weights;

    @GET
    @Path("new")
    public Response newForm(@RestQuery String organization) {
        List<Organization> orgs = Organization.managedBy(user.id());
        if (orgs.isEmpty()) {
            return Response.seeOther(URI.create("/manage/organizations/new")).build();
        }
        LocalDate today = Dates.today();
        Form form = ui.form().set("format", ProgramFormat.hybrid).setAll("languages", List.of("fr"))
                .set("opensAt", today).set("deadline", today.plusDays(30))
                .set("organization", organization != null ? organization : orgs.get(0).id)
                .set("rubric[0].name", "").set("rubric[0].weight", 1).set("rubric[0].maxScore", 5);
        return Response.ok(page(form, null, orgs)).build();
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        List<Organization> orgs = Organization.managedBy(user.id());
        Form form = ui.form(fields);
        Long orgId = form.longNumber("organization", 1, Long.MAX_VALUE, true);
        if (orgId != null && orgs.stream().noneMatch(o -> o.id.equals(orgId))) {
            form.reject("organization", form.messages().form_error_code());
        }
        Program typed = ProgramForm.read(form);
        ProgramForm.readWeights(form, typed, weights.max(), ui.messages(ProgramMessages.class).weights_all_zero());
        List<QuestionInput> questions = ProgramForm.questions(form);
        List<CriterionInput> rubric = ProgramForm.rubric(form);
        if (form.hasErrors()) {
            return Response.status(422).entity(page(form, null, orgs)).build();
        }
        Program program = programs.create(user.id(), orgId, typed, questions, rubric);
        return Response.seeOther(URI.create("/manage/programs/" + program.id + "/edit?saved=1")).build();
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id, @RestQuery String saved, @RestQuery String submitted,
            @RestQuery String review) {
        Program program = managed(id);
        Form form = ProgramForm.fill(ui.form(), program);
        ProgramMessages msg = ui.messages(ProgramMessages.class);
        if (review != null) {
            form.notice(msg.program_back_to_review());
        } else if (saved != null) {
            form.notice(msg.program_saved());
        } else if (submitted != null) {
            form.notice(msg.program_submitted());
        }
        return page(form, program, List.of());
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Program program = managed(id);
        Form form = ui.form(fields);
        Program typed = ProgramForm.read(form);
        ProgramForm.readWeights(form, typed, weights.max(), ui.messages(ProgramMessages.class).weights_all_zero());
        List<QuestionInput> questions = ProgramForm.questions(form);
        List<CriterionInput> rubric = ProgramForm.rubric(form);
        if (form.hasErrors()) {
            return Response.status(422).entity(page(form, program, List.of())).build();
        }
        ProgramStatus before = program.status;
        Program saved;
        try {
            saved = programs.update(program.id, user.id(), form.version(), typed, questions, rubric);
        } catch (EditConflict conflict) {
            form.notice(form.messages().form_error_conflict());
            return Response.status(Response.Status.CONFLICT).entity(page(form, program, List.of())).build();
        }
        boolean backToReview = before == ProgramStatus.published && saved.status == ProgramStatus.pending;
        String next = "preview".equals(form.value("action")) ? "/preview" : backToReview ? "/edit?review=1" : "/edit?saved=1";
        return Response.seeOther(URI.create("/manage/programs/" + program.id + next)).build();
    }

    @GET
    @Path("{id}/preview")
    public TemplateInstance preview(@PathParam("id") long id) {
        return ProgramResource.Templates.show(managed(id), Dates.today(), true, new io.quarkus.qute.RawString(""));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/submit")
    public Response submit(@PathParam("id") long id) {
        programs.submit(managed(id).id, user.id());
        return Response.seeOther(URI.create("/manage/programs/" + id + "/edit?submitted=1")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/close")
    public Response close(@PathParam("id") long id) {
        programs.close(managed(id).id, user.id());
        return Response.seeOther(URI.create("/manage")).build();
    }

    private Program managed(long id) {
        return Program.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
    }

    private TemplateInstance page(Form form, Program program, List<Organization> orgs) {
        List<Option> options = orgs.stream().map(o -> new Option(o.id.toString(), o.name)).toList();
        return Templates.form(form, program, options, Rows.shown(form, "questions", ProgramForm.MAX_ROWS),
                Rows.shown(form, "rubric", ProgramForm.MAX_ROWS));
    }
}
