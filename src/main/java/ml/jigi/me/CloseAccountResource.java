package ml.jigi.me;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.AccountMessages;
import ml.jigi.account.AccountService;
import ml.jigi.account.CurrentUser;
import ml.jigi.account.KeycloakUsers;
import ml.jigi.account.LoginSessions;
import ml.jigi.web.Form;
import ml.jigi.web.UiLocale;

/** `/me/delete`: what closing the account does, a confirmation, then the erasure and the logout. */
@Path("/me/delete")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CloseAccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance delete(Form form);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    PrivacyService privacy;

    @Inject
    AccountService accounts;

    @Inject
    LoginSessions sessions;

    @Inject
    ml.jigi.web.Logout logout;

    @GET
    public TemplateInstance confirm() {
        return Templates.delete(ui.form());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(MultivaluedMap<String, String> fields) {
        Form form = ui.form(fields);
        if (!form.checked("confirm")) {
            form.reject("confirm", ui.messages(AccountMessages.class).delete_confirm_missing());
            return Response.status(422).entity(Templates.delete(form)).build();
        }
        long id = user.id();
        String subject = user.account().keycloakSubject;
        try {
            privacy.erase(id);
            accounts.forget(id);
            sessions.endAll(subject); // the other devices' sessions too
        } catch (KeycloakUsers.Unavailable e) {
            form.notice(ui.messages(AccountMessages.class).delete_failed());
            return Response.status(503).entity(Templates.delete(form)).build();
        }
        // Ends the session here and at Keycloak; the account is closed from now on.
        return logout.response();
    }
}
