package ml.jigi.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.spi.runtime.BlockingSecurityExecutor;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ml.jigi.web.KeycloakStatus;

/**
 * Logged-in requests without checking the same ID token again and again. Quarkus checks a session's
 * ID token (its signature, its claims) on every request, which was a third of a logged-in page's
 * work. Once checked, the identity is kept here under the session's key until the ID token expires
 * (a minute at most: then Quarkus refreshes it, under a new key). A request still asks MariaDB
 * whether the session is open unless it was found open within the last second
 * ({@link LoginSessions#isOpenLately}), so a logout, a disabled or closed account ends it on this
 * instance at once and on the others within that second; while MariaDB is out of reach, the identity
 * seen lately goes on (as in {@link LoginSessions}). While Keycloak does not answer ({@link KeycloakStatus}), an identity whose
 * ID token has expired goes on for {@link #GRACE}, since it cannot be refreshed. Requests with a
 * bearer token (the API) are left to Quarkus.
 */
@ApplicationScoped
public class SessionIdentities implements HttpAuthenticationMechanism {

    static final int KEPT = 20_000;

    /** How long an identity outlives its ID token while Keycloak does not answer (no refresh possible). */
    static final Duration GRACE = Duration.ofMinutes(30);

    private record Kept(SecurityIdentity identity, Instant until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    LoginSessions sessions;

    @Inject
    KeycloakStatus keycloak;

    @Inject
    BlockingSecurityExecutor blocking; // Quarkus's own way off the event loop during authentication

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (context.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(LoginSessions.COOKIE);
        Kept k = cookie == null ? null : kept.get(cookie.getValue());
        if (k == null) {
            return Uni.createFrom().nullItem(); // Quarkus's code flow checks the tokens
        }
        String key = cookie.getValue();
        Instant now = Instant.now();
        if (!k.until().isAfter(now)) {
            if (keycloak.isUp() || !k.until().plus(GRACE).isAfter(now)) {
                kept.remove(key);
                return Uni.createFrom().nullItem(); // expired: Quarkus refreshes the tokens
            }
            // Keycloak does not answer, so the tokens cannot be refreshed: the session goes on as
            // checked last, for GRACE at most, rather than ending everyone's work at once.
        }
        if (sessions.isOpenLately(key)) {
            return Uni.createFrom().item(identityFor(context, k)); // no lookup, no worker thread
        }
        return blocking.executeBlocking(() -> sessions.isOpen(key))
                .map(open -> {
                    if (!open) {
                        kept.remove(key);
                        return null;
                    }
                    return identityFor(context, k);
                });
    }

    /** The kept identity, for this request. */
    private static SecurityIdentity identityFor(RoutingContext context, Kept k) {
        // As Quarkus's code flow leaves them when it reads the session: the cookie names (logout
        // removes those and deletes the session) and this request's routing context.
        context.put(LoginSessions.COOKIE, java.util.List.of(LoginSessions.COOKIE));
        return QuarkusSecurityIdentity.builder(k.identity()).addAttribute(RoutingContext.class.getName(), context).build();
    }

    /**
     * Keeps an identity Quarkus has just checked for this session key (AccountFilter, after
     * authentication, on a worker thread), if the key really opens a session now.
     */
    void remember(String key, SecurityIdentity identity) {
        if (key == null || identity.isAnonymous() || kept.containsKey(key)
                || identity.getCredential(IdTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getExpirationTime() <= 0) {
            return;
        }
        if (kept.size() >= KEPT) {
            kept.values().removeIf(k -> !k.until().isAfter(Instant.now()));
            if (kept.size() >= KEPT) {
                return;
            }
        }
        if (!sessions.isOpenForSure(key)) {
            return; // a key the browser brought that opens no session (planted, ended, or the one a refresh replaced)
        }
        // A copy: what is injected is a proxy to the current request's identity. Without the
        // attributes tied to this request (its routing context, with its body): each request sets its own.
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext) && !name.equals(RoutingContext.class.getName())
                    && !name.contains("AuthenticationRequestContext")) {
                builder.addAttribute(name, value);
            }
        });
        SecurityIdentity copy = builder.build();
        kept.put(key, new Kept(copy, Instant.ofEpochSecond(token.getExpirationTime())));
    }

    /** Drops the identities whose time is over (they are otherwise dropped when next asked for). */
    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant over = Instant.now().minus(GRACE);
        kept.values().removeIf(k -> k.until().isBefore(over));
    }

    boolean knows(String key) {
        return key != null && kept.containsKey(key);
    }

    /** Tests: every kept identity as if its ID token had just expired (instead of waiting a minute). */
    void expireAll() {
        kept.replaceAll((key, k) -> new Kept(k.identity(), Instant.now().minusSeconds(1)));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // Quarkus's code flow sends the browser to Keycloak
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return Uni.createFrom().item(false);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000; // before Quarkus's OIDC mechanism
    }
}
