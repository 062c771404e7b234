package ml.jigi.account;

import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupInvitation;

/** `/me`: the logged-in user's home, with the entry points of their role. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(Account account, List<Startup> startups, List<Invitation> invitations,
                boolean consentMissing);
    }

    @Inject
    CurrentUser user;

    @GET
    @Path("me")
    public TemplateInstance me(@RestQuery String consent) {
        Account account = user.account();
        List<Startup> startups = user.isFounder() ? Startup.ownedBy(account.id) : List.of();
        List<Invitation> invitations = StartupInvitation.openFor(account.email).stream()
                .map(i -> new Invitation(i.id, Startup.<Startup>findById(i.startupId).name)).toList();
        return Templates.me(account, startups, invitations, "missing".equals(consent));
    }

    /** An invitation to join a startup's profile, as /me lists it. */
    public record Invitation(long id, String startupName) {
    }

    /**
     * The target of the "log in" and "sign up" links: reaching it needs a login, which sends the
     * visitor through Keycloak (with prompt=create for sign-up); once back, they land on /me.
     */
    @GET
    @Path("login")
    public Response login() {
        return Response.seeOther(URI.create("/me")).build();
    }
}
