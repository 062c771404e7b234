package ml.jigi.account;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** `/me`: the logged-in user's home, with the entry points of their role. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(Account account);
    }

    @Inject
    CurrentUser user;

    @GET
    @Path("me")
    public TemplateInstance me() {
        return Templates.me(user.account());
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
