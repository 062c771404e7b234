package ml.jigi.program;

import java.net.URI;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

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
import ml.jigi.code.OrganizationKind;
import ml.jigi.file.Files;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Form;
import ml.jigi.web.UiLocale;
import ml.jigi.web.Upload;

/** A manager's organization: create one, edit it. Another team's organization is a 404. */
@Path("/manage/organizations")
@RolesAllowed("manager")
@Produces(MediaType.TEXT_HTML)
public class ManageOrganizationResource {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Form form, Organization organization);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    ProgramService programs;

    @Inject
    Files files;

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.form(ui.form().set("country", "Mali").set("kind", OrganizationKind.accelerator), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(MultipartFormDataInput input) {
        Form form = ui.form(Upload.fields(input));
        Organization typed = read(form);
        Optional<Upload> logo = Upload.logo(input, form);
        if (!form.hasErrors() && logo.isPresent()) {
            files.admit(form, user.id(), java.util.Map.of("logo", logo.get()));
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(Templates.form(form, null)).build();
        }
        Organization org;
        try {
            org = programs.createOrganization(user.id(), typed, logo);
        } catch (Files.Refused refused) {
            form.reject("logo", files.message(refused.refusal, form.messages()));
            return Response.status(422).entity(Templates.form(form, null)).build();
        }
        return Response.seeOther(URI.create("/manage?organization=" + org.id)).build();
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Organization org = managed(id);
        Form form = ui.form().set("name", org.name).set("kind", org.kind).set("country", org.country)
                .set("website", org.website).set("description", org.description).set("version", org.version);
        return Templates.form(form, org);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response update(@PathParam("id") long id, MultipartFormDataInput input) {
        Organization org = managed(id);
        Form form = ui.form(Upload.fields(input));
        Organization typed = read(form);
        Optional<Upload> logo = Upload.logo(input, form);
        if (!form.hasErrors() && logo.isPresent()) {
            files.admit(form, user.id(), java.util.Map.of("logo", logo.get()));
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(Templates.form(form, org)).build();
        }
        try {
            programs.updateOrganization(org.id, user.id(), form.version(), typed, logo);
        } catch (Files.Refused refused) {
            form.reject("logo", files.message(refused.refusal, form.messages()));
            return Response.status(422).entity(Templates.form(form, org)).build();
        } catch (EditConflict conflict) {
            form.notice(form.messages().form_error_conflict());
            return Response.status(Response.Status.CONFLICT).entity(Templates.form(form, org)).build();
        }
        return Response.seeOther(URI.create("/manage")).build();
    }

    private Organization managed(long id) {
        return Organization.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
    }

    public static Organization read(Form form) {
        Organization org = new Organization();
        org.name = form.text("name", 160, true);
        org.kind = form.code("kind", OrganizationKind.class, true);
        org.country = form.text("country", 80, true);
        org.website = form.url("website", false);
        org.description = form.text("description", 5000, true);
        return org;
    }

}
