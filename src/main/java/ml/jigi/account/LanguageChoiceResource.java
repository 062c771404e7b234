package ml.jigi.account;

import java.net.URI;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.web.LocalPath;
import ml.jigi.web.UiLocale;

/**
 * `POST /lang`: the header's language button for a logged-in person. The choice is saved on the
 * account, so it follows them to another browser, and kept in this browser's cookie.
 */
@Path("/lang")
@Authenticated
public class LanguageChoiceResource {

    @Inject
    CurrentUser user;

    @Inject
    AccountService accounts;

    @Inject
    UiLocale ui;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String code, @RestForm String next) {
        if (!UiLocale.isSupported(code)) {
            throw new NotFoundException();
        }
        accounts.changeLocale(user.id(), code);
        return Response.seeOther(URI.create(LocalPath.orHome(next))).cookie(ui.cookie(code)).build();
    }
}
