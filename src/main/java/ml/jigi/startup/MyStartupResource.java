package ml.jigi.startup;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;
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
import ml.jigi.code.Band;
import ml.jigi.file.Files;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Form;
import ml.jigi.web.FormMessages;
import ml.jigi.web.UiLocale;
import ml.jigi.web.Upload;

/** A founder's own startup profiles: create, edit, files, co-founders. Not yours: 404. */
@Path("/my")
@RolesAllowed("founder")
@Produces(MediaType.TEXT_HTML)
public class MyStartupResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Form form, Startup startup, List<StartupInvitation> invitations, Form invite);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    StartupService startups;

    @Inject
    Files files;

    @GET
    @Path("startups/new")
    public TemplateInstance newForm() {
        Form form = ui.form().set("visibility", Visibility.visible).check("introductionsOpen", true).setAll("languages", List.of("fr"))
                .set("revenueBand", Band.none.code()).set("fundingBand", Band.none.code());
        return Templates.form(form, null, List.of(), ui.form());
    }

    @POST
    @Path("startups/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(MultipartFormDataInput input) {
        Form form = ui.form(Upload.fields(input));
        Startup typed = StartupForm.read(form);
        Optional<Upload> logo = Upload.logo(input, form);
        Optional<Upload> deck = StartupForm.pitchDeck(input, form);
        if (!form.checked("consent")) {
            form.reject("consent", form.messages().form_error_required());
        }
        if (!form.hasErrors()) {
            files.admit(form, user.id(), uploads(logo, deck));
        }
        if (form.hasErrors()) {
            return invalid(form, null, logo.isPresent() || deck.isPresent());
        }
        Startup startup;
        try {
            startup = startups.create(user.id(), typed, logo, deck, form.checked("alertsWeekly"), form.checked("alertsDeadlines"));
        } catch (Files.Refused refused) {
            form.reject(uploads(logo, deck).keySet().iterator().next(), files.message(refused.refusal, form.messages()));
            return invalid(form, null, true);
        }
        return Response.seeOther(URI.create("/my/startups/" + startup.id + "/edit?saved=1")).build();
    }

    @GET
    @Path("startups/{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestQuery String saved) {
        Startup startup = owned(id);
        Form form = StartupForm.fill(ui.form(), startup);
        if (saved != null) {
            form.notice(ui.messages(StartupMessages.class).startup_saved_pending());
        }
        return Templates.form(form, startup, StartupInvitation.openFor(startup.id), ui.form());
    }

    @POST
    @Path("startups/{id}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response update(@PathParam("id") long id, MultipartFormDataInput input) {
        Startup startup = owned(id);
        Form form = ui.form(Upload.fields(input));
        Startup typed = StartupForm.read(form);
        Optional<Upload> logo = Upload.logo(input, form);
        Optional<Upload> deck = StartupForm.pitchDeck(input, form);
        if (!form.hasErrors()) {
            files.admit(form, user.id(), uploads(logo, deck));
        }
        if (form.hasErrors()) {
            return invalid(form, startup, logo.isPresent() || deck.isPresent());
        }
        try {
            startups.update(startup.id, user.id(), form.version(), typed, logo, deck);
        } catch (Files.Refused refused) {
            form.reject(uploads(logo, deck).keySet().iterator().next(), files.message(refused.refusal, form.messages()));
            return invalid(form, startup, true);
        } catch (EditConflict conflict) {
            form.notice(form.messages().form_error_conflict());
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.form(form, startup, StartupInvitation.openFor(startup.id), ui.form())).build();
        }
        return Response.seeOther(URI.create("/my/startups/" + startup.id + "/edit?saved=1")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("startups/{id}/invitations")
    public Response invite(@PathParam("id") long id, @RestForm String email) {
        Startup startup = owned(id);
        Form invite = ui.form(java.util.Map.of("email", email == null ? List.of() : List.of(email)));
        String address = invite.email("email", true);
        if (invite.hasErrors()) {
            Form form = StartupForm.fill(ui.form(), startup);
            return Response.status(422)
                    .entity(Templates.form(form, startup, StartupInvitation.openFor(startup.id), invite)).build();
        }
        startups.invite(startup.id, user.id(), address);
        return Response.seeOther(URI.create("/my/startups/" + startup.id + "/edit#cofounders")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("invitations/{id}/accept")
    public Response accept(@PathParam("id") long id, @RestForm String consent) {
        if (!"on".equals(consent)) {
            return Response.seeOther(URI.create("/me?consent=missing#invitations")).build();
        }
        Startup startup = startups.accept(id, user.account());
        return Response.seeOther(URI.create("/my/startups/" + startup.id + "/edit")).build();
    }

    @GET
    @Path("startups/{id}/logo")
    public Response logo(@PathParam("id") long id) {
        return Files.serve(owned(id).logoFileId, false, false);
    }

    @GET
    @Path("startups/{id}/pitch-deck")
    public Response pitchDeck(@PathParam("id") long id) {
        return Files.serve(owned(id).pitchDeckFileId, true, false);
    }

    /** The files a profile form brings, by field. */
    static java.util.Map<String, Upload> uploads(Optional<Upload> logo, Optional<Upload> deck) {
        java.util.Map<String, Upload> byField = new java.util.LinkedHashMap<>();
        logo.ifPresent(file -> byField.put("logo", file));
        deck.ifPresent(file -> byField.put("pitchDeck", file));
        return byField;
    }

    private Startup owned(long id) {
        return Startup.findOwned(id, user.id()).orElseThrow(NotFoundException::new);
    }

    private Response invalid(Form form, Startup startup, boolean fileSent) {
        if (fileSent) {
            FormMessages msg = form.messages();
            form.notice(msg.form_error_file_again());
        }
        List<StartupInvitation> invitations = startup == null ? List.of() : StartupInvitation.openFor(startup.id);
        return Response.status(422).entity(Templates.form(form, startup, invitations, ui.form())).build();
    }
}
