package ml.jigi.web;

import java.net.URI;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * `POST /logout`, the header's button: a form with its token, so that no link, image or page
 * elsewhere can log someone out. There is no GET.
 */
@Path("/logout")
public class LogoutResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    Logout logout;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).header("Clear-Site-Data", "\"storage\"").build();
        }
        return logout.response();
    }
}
