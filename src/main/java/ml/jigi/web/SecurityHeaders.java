package ml.jigi.web;

import java.net.URI;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every response, pages, files and errors alike. The policy allows no inline script or
 * style. Forms may also post to the identity server: a form sent with an expired session is
 * redirected there to log in again, and browsers check that redirect against form-action.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final String policy;

    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'; form-action 'self' " + origin(authServerUrl);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("Content-Security-Policy", policy);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                if (overHttps(context.request().isSSL(), context.request().scheme())) {
                    headers.set("Strict-Transport-Security", STS);
                }
            });
            context.next();
        });
    }

    /** Over HTTPS, browsers are told never to come back over plain HTTP, for a year. */
    static final String STS = "max-age=31536000; includeSubDomains";

    /** HTTPS directly, or through a trusted proxy (whose X-Forwarded-Proto Quarkus applied to the scheme). */
    static boolean overHttps(boolean ssl, String scheme) {
        return ssl || "https".equals(scheme);
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    String policy() {
        return policy;
    }
}
