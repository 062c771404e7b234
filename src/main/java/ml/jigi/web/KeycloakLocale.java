package ml.jigi.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keycloak's login and registration pages speak the language the visitor chose in Jigi:
 * `kc_locale` outranks the browser, the Keycloak cookie and a locale saved on the user.
 */
@Unremovable
@ApplicationScoped
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class KeycloakLocale implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        Cookie cookie = context.routingContext().request().getCookie(UiLocale.COOKIE);
        String code = cookie != null && UiLocale.isSupported(cookie.getValue()) ? cookie.getValue() : UiLocale.DEFAULT;
        context.additionalQueryParams().add("ui_locales", code);
        context.additionalQueryParams().add("kc_locale", code);
    }
}
