package ml.jigi.account;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Roles and accounts where they live: in Keycloak, through its admin API with the realm's
 * `jigi-admin` service account. A role granted here is in the user's next token (their next login,
 * or within the five minutes of an access token's life); a disabled user cannot log in and their
 * Keycloak sessions end at once.
 */
@ApplicationScoped
public class KeycloakUsers {

    private static final Logger LOG = Logger.getLogger(KeycloakUsers.class);

    /** Keycloak could not be reached or refused the service account: nothing was changed. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(Throwable cause) {
            super("Keycloak's admin API did not answer: " + cause.getMessage(), cause);
        }
    }

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm", defaultValue = "jigi")
    String realm;

    /** Jigi's roles the user holds (founder, manager, admin), directly or through the realm's default roles. */
    public List<String> roles(String subject) {
        return call(() -> user(subject).roles().realmLevel().listEffective().stream().map(RoleRepresentation::getName)
                .filter(JIGI_ROLES::contains).sorted().toList());
    }

    static final List<String> JIGI_ROLES = List.of(CurrentUser.ADMIN, CurrentUser.FOUNDER, CurrentUser.MANAGER,
            CurrentUser.PARTNER);

    public boolean enabled(String subject) {
        return call(() -> Boolean.TRUE.equals(user(subject).toRepresentation().isEnabled()));
    }

    /**
     * Gives the user a realm role. The service account may map only the roles the realm lets it map
     * (manager, partner): Keycloak lists those as available; any other is refused before asking.
     */
    public void grant(String subject, String role) {
        call(() -> {
            RoleRepresentation r = user(subject).roles().realmLevel().listAvailable().stream()
                    .filter(x -> x.getName().equals(role)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The service account may not grant " + role));
            user(subject).roles().realmLevel().add(List.of(r));
            return null;
        });
    }

    public void revoke(String subject, String role) {
        call(() -> {
            user(subject).roles().realmLevel().listAll().stream().filter(x -> x.getName().equals(role)).findFirst()
                    .ifPresent(r -> user(subject).roles().realmLevel().remove(List.of(r)));
            return null;
        });
    }

    /** Enables or disables the user; disabling also ends their Keycloak sessions. */
    public void setEnabled(String subject, boolean enabled) {
        call(() -> {
            UserResource user = user(subject);
            UserRepresentation rep = user.toRepresentation();
            rep.setEnabled(enabled);
            user.update(rep);
            if (!enabled) {
                user.logout();
            }
            return null;
        });
    }

    /**
     * Keycloak answers again: the Keycloak sessions of the people who logged out of Jigi meanwhile
     * are ended (Jigi's own were ended at once). Staff accounts are out of the service account's
     * reach: their next login on that browser asks for the password instead (KeycloakStatus).
     */
    void endSessionsOfThoseWhoLoggedOut(@jakarta.enterprise.event.Observes ml.jigi.web.KeycloakStatus.Back back) {
        for (String subject : back.loggedOut()) {
            try {
                call(() -> {
                    user(subject).logout();
                    return null;
                });
            } catch (RuntimeException e) {
                org.jboss.logging.Logger.getLogger(KeycloakUsers.class)
                        .warnf("The Keycloak sessions of %s could not be ended: %s", subject, e.getMessage());
            }
        }
    }

    /** Deletes the user at Keycloak (their identity, password and sessions); one Keycloak does not know is already gone. */
    public void delete(String subject) {
        call(() -> {
            try (jakarta.ws.rs.core.Response r = keycloak.realm(realm).users().delete(subject)) {
                if (r.getStatus() != 204 && r.getStatus() != 404) {
                    throw new IllegalStateException("Keycloak answered " + r.getStatus());
                }
            }
            return null;
        });
    }

    /** A refused login as Keycloak recorded it (its login events are kept thirty days). */
    public record FailedLogin(java.time.Instant at, String username, String error, String address) {
    }

    /** The latest refused logins, newest first (needs the service account's view-events). */
    public List<FailedLogin> failedLogins(int max) {
        return call(() -> keycloak.realm(realm).getEvents(List.of("LOGIN_ERROR"), null, null, null, null, null, 0, max)
                .stream().map(e -> new FailedLogin(java.time.Instant.ofEpochMilli(e.getTime()),
                        e.getDetails() == null ? null : e.getDetails().get("username"), e.getError(), e.getIpAddress()))
                .toList());
    }

    private UserResource user(String subject) {
        return keycloak.realm(realm).users().get(subject);
    }

    private <T> T call(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            LOG.warnf("Keycloak admin API: %s", e.toString());
            throw new Unavailable(e);
        }
    }
}
