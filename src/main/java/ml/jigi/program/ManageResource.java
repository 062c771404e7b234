package ml.jigi.program;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** `/manage`: the accelerator space of managers (and of admins, who may help them). */
@Path("/manage")
@RolesAllowed({"manager", "admin"})
@Produces(MediaType.TEXT_HTML)
public class ManageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard();
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard();
    }
}
