package ml.jigi.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * A limit per client on the public read API (`/api/programs`, `/api/startups`,
 * `/api/organizations`, `/api/impact`, whose periods an anonymous client could otherwise make the
 * server compute one after the other): so many requests a minute per bearer token, else per address (the
 * connection's, or the one a trusted proxy forwarded). Past it, `429 Too Many Requests` with
 * `Retry-After` (the seconds left in the minute) and a JSON error. Counted on each instance: N
 * instances behind a proxy allow N times the limit (docs/api.md).
 */
@ApplicationScoped
public class ApiRateLimit {

    @ConfigProperty(name = "jigi.api.per-minute", defaultValue = "300")
    int perMinute;

    private volatile long minute;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Forgets every client's count (tests that exhaust a limit give the next test a fresh minute). */
    void forget() {
        counts.clear();
    }

    static boolean limited(String path) {
        return ApiChallenge.isPublic(path.startsWith("/") ? path : "/" + path); // the private API is behind a login
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request, HttpServerRequest http) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || !limited(request.getUriInfo().getPath())) {
            return null;
        }
        long now = System.currentTimeMillis();
        long current = now / 60_000;
        if (current != minute) {
            synchronized (this) {
                if (current != minute) {
                    counts.clear();
                    minute = current;
                }
            }
        }
        String auth = request.getHeaderString("Authorization");
        String client = auth != null && !auth.isBlank() ? "t:" + Integer.toHexString(auth.hashCode()) + auth.length()
                : "a:" + (http.remoteAddress() == null ? "" : http.remoteAddress().hostAddress());
        int n = counts.computeIfAbsent(client, k -> new AtomicInteger()).incrementAndGet();
        if (n <= perMinute) {
            return null;
        }
        long retry = Math.max(1, 60 - (now / 1000) % 60);
        return Response.status(429).header("Retry-After", retry).type("application/json")
                .entity("{\"status\":429,\"error\":\"too_many_requests\",\"message\":\"At most " + perMinute
                        + " requests a minute; try again in " + retry + " s.\"}").build();
    }
}
