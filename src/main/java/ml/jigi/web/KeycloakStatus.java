package ml.jigi.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether Keycloak answers, asked every few seconds (its discovery document, with a short time
 * limit). While it does not, a visitor who needs to log in is not sent to a login page that will
 * never load: the redirect to Keycloak becomes one to {@code /login/unavailable}, a page of Jigi that
 * says so (503, Retry-After) and offers to try again. Public pages and sessions already open go on
 * (sessions through {@code SessionIdentities}); a logout meanwhile ends the session in Jigi and
 * comes home instead of going to Keycloak ({@link Logout}).
 */
@ApplicationScoped
public class KeycloakStatus {

    private static final Logger LOG = Logger.getLogger(KeycloakStatus.class);

    /** Keycloak's login endpoint, as Quarkus's redirects name it. */
    static final String LOGIN_ENDPOINT = "/protocol/openid-connect/auth";

    private final URI discovery;
    private final Duration timeout;
    private final HttpClient client;
    private volatile boolean up = true;

    KeycloakStatus(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "jigi.keycloak.probe-timeout", defaultValue = "2s") Duration timeout) {
        this.discovery = URI.create(authServerUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public boolean isUp() {
        return up;
    }

    /** Asks Keycloak now (every few seconds on its own; tests call it to skip the wait). */
    @Scheduled(every = "${jigi.keycloak.probe-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void probe() {
        boolean answered;
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(discovery).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            answered = response.statusCode() == 200;
        } catch (java.io.IOException e) {
            answered = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (answered != up) {
            if (answered) {
                LOG.info("Keycloak answers again: logins go to it");
            } else {
                LOG.warnf("Keycloak does not answer at %s: visitors who need to log in are told so", discovery);
            }
        }
        up = answered;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                int status = context.response().getStatusCode();
                if (up || status < 300 || status > 303) {
                    return;
                }
                String location = context.response().headers().get("Location");
                String instead = instead(location, context.request().method(), context.request().uri());
                if (instead != null) {
                    context.response().setStatusCode(303).putHeader("Location", instead)
                            .putHeader("Cache-Control", "no-store");
                }
            });
            context.next();
        });
    }

    /** Where a redirect to Keycloak goes while it does not answer; null for any other redirect. */
    static String instead(String location, HttpMethod method, String requested) {
        if (location == null) {
            return null;
        }
        if (location.contains(LOGIN_ENDPOINT)) {
            String then = HttpMethod.GET.equals(method) && LocalPath.isSafe(requested) ? requested : "/login";
            return "/login/unavailable?then=" + URLEncoder.encode(then, StandardCharsets.UTF_8);
        }
        return null;
    }
}
