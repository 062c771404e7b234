package ml.jigi.web;

import java.net.URI;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * Ends a session here and at Keycloak: the session cookie is removed, the browser's kept copies of
 * forms are cleared (`Clear-Site-Data: "storage"`: they may hold what the person typed), and the
 * browser goes to Keycloak's end-session endpoint, which ends the single sign-on and comes back to
 * the home page. Only ever called from a form post (the logout button, account closing).
 */
@RequestScoped
public class Logout {

    @Inject
    OidcSession session;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcConfigurationMetadata metadata;

    @Inject
    CurrentVertxRequest current;

    @Inject
    KeycloakStatus keycloak; // while it does not answer, the browser comes home (its session there ends by itself)

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    /**
     * Set on the request while a logout ends its session: the session store deletes the session at
     * once, where a session replaced by a refresh is given a few seconds for requests already on
     * their way.
     */
    public static final String ENDS_SESSION = "jigi.ends-session";

    public Response response() {
        String hint = rawIdToken();
        String subject = subject();
        String home = home();
        current.getCurrent().put(ENDS_SESSION, Boolean.TRUE);
        session.logout().await().indefinitely();
        URI target = URI.create(home);
        boolean keycloakAnswers = keycloak.isUp();
        if (hint != null && metadata.getEndSessionUri() != null && keycloakAnswers) {
            target = UriBuilder.fromUri(metadata.getEndSessionUri()).queryParam("client_id", clientId)
                    .queryParam("post_logout_redirect_uri", home).queryParam("id_token_hint", hint).build();
        }
        Response.ResponseBuilder response = Response.seeOther(target).header("Clear-Site-Data", "\"storage\"")
                .header("Cache-Control", "no-store");
        if (!keycloakAnswers) {
            keycloak.endAtKeycloakWhenBack(subject);
            response.cookie(new NewCookie.Builder(KeycloakStatus.REAUTH_COOKIE).value("1").path("/").httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX).maxAge(7 * 24 * 3600).build());
        }
        return response.build();
    }

    private String subject() {
        try {
            return idToken.getSubject();
        } catch (RuntimeException noToken) {
            return null;
        }
    }

    /** The ID token of this session (Keycloak's hint of which session to end), or null. */
    private String rawIdToken() {
        try {
            return idToken.getRawToken();
        } catch (RuntimeException noToken) { // no OIDC session behind this identity
            return null;
        }
    }

    /** This site's home page as the browser reached it (behind the proxy: its forwarded scheme and host). */
    private String home() {
        var request = current.getCurrent().request();
        return request.scheme() + "://" + request.host() + "/";
    }

}
