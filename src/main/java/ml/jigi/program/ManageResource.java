package ml.jigi.program;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ml.jigi.account.CurrentUser;
import ml.jigi.web.Dates;

/** `/manage`: the accelerator space of managers (and of admins, who may help them). */
@Path("/manage")
@RolesAllowed({"manager", "admin"})
@Produces(MediaType.TEXT_HTML)
public class ManageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<Organization> organizations, List<Program> programs,
                LocalDate today);
    }

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance dashboard() {
        long me = user.id();
        return Templates.dashboard(Organization.managedBy(me), Program.managedBy(me), Dates.today());
    }
}
