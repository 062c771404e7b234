package ml.jigi.account;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What Jigi keeps of a login: who it is, how to address them, and whether Keycloak has proven the
 * address (`email_verified`): an address that is not proven opens nothing that is keyed on it.
 */
public record LoginClaims(String subject, String username, String email, boolean emailVerified, String displayName,
        String locale) {

    public static LoginClaims of(Principal principal, String locale) {
        if (principal instanceof JsonWebToken jwt) {
            String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
            String username = firstNonBlank(jwt.getClaim("preferred_username"), jwt.getName(), subject);
            String name = firstNonBlank(jwt.getClaim("name"), joined(jwt.getClaim("given_name"), jwt.getClaim("family_name")),
                    username);
            return new LoginClaims(subject, username, blankToNull(jwt.getClaim("email")), isTrue(jwt.getClaim("email_verified")),
                    name, locale);
        }
        return new LoginClaims(principal.getName(), principal.getName(), null, false, principal.getName(), locale);
    }

    /** A JSON true, however the token library hands it over (Boolean, JsonValue.TRUE or "true"). */
    static boolean isTrue(Object value) {
        return value != null && "true".equals(value.toString());
    }

    private static String joined(Object given, Object family) {
        String text = ((given == null ? "" : given.toString()) + " " + (family == null ? "" : family.toString())).trim();
        return text.isEmpty() ? null : text;
    }

    private static String firstNonBlank(Object... values) {
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                return value.toString().trim();
            }
        }
        return null;
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
