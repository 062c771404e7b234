package ml.jigi.web;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * `/lang/fr` and `/lang/en`: a plain link, so the switch works without JavaScript; the choice sticks
 * in a cookie. A GET changes nothing stored: a logged-in person's choice is saved on their account
 * by the header's form (`POST /lang`, account.LanguageChoiceResource).
 */
@Path("/lang")
public class LanguageResource {

    @Inject
    UiLocale ui;

    @GET
    @Path("{code}")
    public Response choose(@PathParam("code") String code, @QueryParam("next") String next) {
        if (!UiLocale.isSupported(code)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create(LocalPath.orHome(next))).cookie(ui.cookie(code)).build();
    }
}
