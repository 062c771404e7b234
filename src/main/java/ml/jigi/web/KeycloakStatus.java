package ml.jigi.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

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

    /** The people who logged out while Keycloak did not answer: their Keycloak sessions end once it does. */
    private final Set<String> logoutsWhenBack = ConcurrentHashMap.newKeySet();
    static final int LOGOUTS_KEPT = 10_000;

    /** A browser that logged out while Keycloak did not answer: its next login asks for the password. */
    public static final String REAUTH_COOKIE = "jigi_reauth";

    /** Keycloak answers again; these people logged out meanwhile (observed where Keycloak's admin API is). */
    public record Back(Set<String> loggedOut) {
    }

    @Inject
    Event<Back> back;

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
                Set<String> loggedOut = Set.copyOf(logoutsWhenBack);
                logoutsWhenBack.removeAll(loggedOut);
                up = true;
                back.fire(new Back(loggedOut));
            } else {
                LOG.warnf("Keycloak does not answer at %s: visitors who need to log in are told so", discovery);
            }
        }
        up = answered;
    }

    /**
     * A logout while Keycloak does not answer: Jigi's session is ended, Keycloak's cannot be yet; it is
     * ended once Keycloak answers, and the browser's next login asks for the password meanwhile.
     */
    public void endAtKeycloakWhenBack(String subject) {
        if (subject != null && logoutsWhenBack.size() < LOGOUTS_KEPT) {
            logoutsWhenBack.add(subject);
        }
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                int status = context.response().getStatusCode();
                if (status < 300 || status > 303) {
                    return;
                }
                String location = context.response().headers().get("Location");
                if (up) {
                    if (location != null && location.contains(LOGIN_ENDPOINT) && !location.contains("prompt=")
                            && context.request().getCookie(REAUTH_COOKIE) != null) {
                        // Keycloak's session may have outlived a logout made while it did not answer.
                        context.response().putHeader("Location", location + "&prompt=login");
                        context.response().headers().add("Set-Cookie", REAUTH_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
                    }
                    return;
                }
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
