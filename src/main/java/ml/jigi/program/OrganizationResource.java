package ml.jigi.program;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.file.Files;
import ml.jigi.web.Dates;

/** An approved organization's public page, with its published programs. */
@Path("/organizations")
@Produces(MediaType.TEXT_HTML)
public class OrganizationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Organization organization, List<Program> programs, LocalDate today);
    }

    @Inject
    ProgramCatalog catalog;

    @GET
    @Path("{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Organization org = Organization.findPublic(slug).orElseThrow(NotFoundException::new);
        LocalDate today = Dates.today();
        return Templates.show(org, catalog.ofOrganization(org.id, today), today);
    }

    @GET
    @Path("{slug}/logo")
    public Response logo(@PathParam("slug") String slug) {
        return Files.serve(Organization.findPublic(slug).orElseThrow(NotFoundException::new).logoFileId, false, true);
    }
}
