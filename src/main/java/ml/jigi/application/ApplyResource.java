package ml.jigi.application;

import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

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
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;

/**
 * `/programs/{slug}/apply`: the founder picks the startup to apply with (or goes straight to its
 * application when there is one); starting is a POST, and makes one application per startup and
 * program however often it is sent.
 */
@Path("/programs/{slug}/apply")
@RolesAllowed("founder")
@Produces(MediaType.TEXT_HTML)
public class ApplyResource {

    @CheckedTemplate(basePath = "ApplicationResource")
    static class Templates {
        static native TemplateInstance choose(Program program, List<Startup> startups);
    }

    @Inject
    CurrentUser user;

    @Inject
    ApplicationService applications;

    @GET
    public Response choose(@PathParam("slug") String slug) {
        Program program = Program.findPublic(slug).orElseThrow(NotFoundException::new);
        List<Startup> startups = Startup.ownedBy(user.id());
        if (startups.isEmpty()) {
            return Response.seeOther(URI.create("/my/startups/new")).build();
        }
        if (startups.size() == 1) {
            Application existing = Application.<Application>find("program.id = ?1 and startup.id = ?2", program.id,
                    startups.get(0).id).firstResult();
            if (existing != null) {
                return Response.seeOther(URI.create("/my/applications/" + existing.id)).build();
            }
        }
        return Response.ok(Templates.choose(program, startups)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("slug") String slug, @RestForm Long startup) {
        Program program = Program.findPublic(slug).orElseThrow(NotFoundException::new);
        if (startup == null || Startup.findOwned(startup, user.id()).isEmpty()) {
            throw new NotFoundException();
        }
        Application a = applications.start(program.id, startup, user.id());
        return Response.seeOther(URI.create("/my/applications/" + a.id)).build();
    }
}
