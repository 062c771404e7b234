package ml.jigi.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;

/** `/admin`: the AGETIC administrators' home. */
@Path("/admin")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(long accounts);
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard(Account.count("status", AccountStatus.active));
    }
}
