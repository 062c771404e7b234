package ml.jigi.web;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;

import io.restassured.response.Response;

/**
 * Keycloak's real login form, posted the way a browser posts it (its cookies, its form action), for
 * tests that need what only a login attempt leaves behind (a refused-login event).
 */
public final class KeycloakForm {

    private KeycloakForm() {
    }

    /** Types this username and password on Jigi's login page at Keycloak; returns the page Keycloak answered. */
    public static Response attempt(String username, String password) {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Response page = given().redirects().follow(true)
                .queryParam("client_id", "jigi-web").queryParam("response_type", "code").queryParam("scope", "openid")
                .queryParam("redirect_uri", "http://localhost:" + port + "/oidc/callback")
                .queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .queryParam("code_challenge_method", "S256").queryParam("state", "test")
                .when().get(realm + "/protocol/openid-connect/auth");
        String action = Jsoup.parse(page.asString()).select("form#kc-form-login").attr("action");
        if (action.isEmpty()) {
            throw new AssertionError("no login form at Keycloak: " + page.asString());
        }
        Map<String, String> cookies = page.getCookies();
        return given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("username", username).formParam("password", password).when().post(action);
    }
}
