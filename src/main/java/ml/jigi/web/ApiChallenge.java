package ml.jigi.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A script calling a private `/api/…` route without any credentials (no bearer token, no session
 * cookie) gets `401` with `WWW-Authenticate: Bearer` and a JSON error, instead of being sent to
 * Keycloak's HTML login page, which no script can use (docs/api.md). Pages keep their redirect; the
 * public read API and `/api/impact` need no credentials.
 */
@ApplicationScoped
public class ApiChallenge {

    /** Off only in the tests' profile, whose logins (@TestSecurity) carry no cookie or token this check could see. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "jigi.api.challenge", defaultValue = "true")
    boolean enabled;

    void route(@Observes Router router) {
        if (enabled) {
            router.route("/api/*").order(-90).handler(this::check);
        }
        // A token that is expired, forged or issued to another client fails authentication before any
        // resource runs; a script gets the same JSON error as for a missing one (RFC 6750 §3.1).
        router.route("/api/*").order(-90).failureHandler(this::refused);
    }

    void refused(RoutingContext ctx) {
        if (!(ctx.failure() instanceof io.quarkus.security.AuthenticationFailedException) || ctx.response().ended()) {
            ctx.next();
            return;
        }
        // The code flow may already have answered its own way (a redirect to Keycloak's login page):
        // a script gets none of it.
        ctx.response().headers().remove("Location");
        String auth = ctx.request().getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthorized(ctx, "invalid_token", "The token is expired, malformed or not issued for Jigi (docs/api.md).");
        } else {
            unauthorized(ctx, "unauthorized", "The session has ended: log in again, or use a bearer token issued for "
                    + "Jigi (docs/api.md).");
        }
    }

    /** 401 with a Bearer challenge (naming the error for a refused token, RFC 6750 §3) and a JSON body. */
    static void unauthorized(RoutingContext ctx, String error, String message) {
        ctx.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", "invalid_token".equals(error)
                        ? "Bearer realm=\"jigi\", error=\"invalid_token\"" : "Bearer realm=\"jigi\"")
                .putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end("{\"status\":401,\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }

    void check(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (isPublic(path) || hasCredentials(ctx)) {
            ctx.next();
            return;
        }
        unauthorized(ctx, "unauthorized", "A bearer token issued for Jigi is needed (docs/api.md).");
    }

    /**
     * The routes anyone may read: the catalog, startups, organizations, the impact figures (also those
     * {@link ApiRateLimit} counts).
     */
    static boolean isPublic(String path) {
        if (path.endsWith("/matches")) {
            return false;
        }
        return path.equals("/api/programs") || path.startsWith("/api/programs/") || path.equals("/api/startups")
                || path.startsWith("/api/startups/") || path.startsWith("/api/organizations/") || path.equals("/api/impact");
    }

    static boolean hasCredentials(RoutingContext ctx) {
        String auth = ctx.request().getHeader("Authorization");
        if (auth != null && !auth.isBlank()) {
            return true;
        }
        for (Cookie c : ctx.request().cookies()) {
            if (c.getName().startsWith("q_session")) {
                return true;
            }
        }
        return false;
    }
}
