package ml.jigi.networking;

import java.net.URI;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.program.Organization;
import ml.jigi.startup.Startup;
import ml.jigi.web.Form;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/**
 * `POST /startups/{slug}/introductions`: a manager or partner asks a startup's founders for an
 * introduction, with a message of 50 to 1,000 characters, for one of their organizations. A refusal
 * shows the form again with the message kept and the reason next to its field.
 */
@Path("/startups/{slug}/introductions")
@RolesAllowed({"manager", "partner"})
@Produces(MediaType.TEXT_HTML)
public class IntroductionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Startup startup, Form form, List<Option> organizations);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    IntroductionService introductions;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Startup startup = Startup.findPublic(slug).orElseThrow(NotFoundException::new);
        Form form = ui.form(fields);
        NetworkingMessages msg = ui.messages(NetworkingMessages.class);
        List<Organization> mine = OrganizationPartner.of(user.id());
        if (mine.size() == 1 && form.value("organization").isBlank()) {
            form.set("organization", mine.get(0).id);
        }
        Long org = form.longNumber("organization", 1, Long.MAX_VALUE, true);
        String message = form.text("message", IntroductionService.MAX_MESSAGE, true);
        if (message != null && message.codePointCount(0, message.length()) < IntroductionService.MIN_MESSAGE) {
            form.reject("message", msg.introduction_error_short(IntroductionService.MIN_MESSAGE));
        }
        if (!form.hasErrors()) {
            try {
                introductions.request(slug, user.id(), org, message);
                return Response.seeOther(URI.create("/startups/" + startup.slug + "#introduction")).build();
            } catch (IntroductionService.Refused refused) {
                String field = refused.refusal == IntroductionService.Refusal.organization ? "organization" : "message";
                form.reject(field, msg.introduction_refused(refused.refusal));
            }
        }
        return Response.status(422).entity(Templates.form(startup, form, options(mine))).build();
    }

    static List<Option> options(List<Organization> organizations) {
        return organizations.stream().map(o -> new Option(String.valueOf(o.id), o.name)).toList();
    }
}
