package ml.jigi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** Who may open the role spaces: anonymous visitors are sent to log in, wrong roles get 403. */
@QuarkusTest
class AuthorizationTest {

    static final String[] PRIVATE = {"/me", "/login", "/manage", "/admin"};

    @Test
    void anonymousVisitorsAreSentToKeycloak() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : PRIVATE) {
            given().redirects().follow(false).when().get(path).then()
                    .statusCode(302)
                    .header("Location", startsWith(keycloak + "/protocol/openid-connect/auth?"));
        }
    }

    /**
     * `/login/unavailable` (shown while Keycloak does not answer) is a public page: anyone gets it,
     * logged in or not, it holds nothing of anyone, and its retry link never leaves the site.
     */
    @Test
    void theLoginUnavailablePageIsPublicAndHoldsNothingPersonal() {
        given().when().get("/login/unavailable?then=/my/applications").then().statusCode(503)
                .header("Retry-After", ErrorPages.RETRY_AFTER_SECONDS).header("Cache-Control", "no-store")
                .body(containsString("href=\"/my/applications\""));
        given().when().get("/login/unavailable?then=https://evil.example/").then().statusCode(503)
                .body(containsString("href=\"/login\""))
                .body(org.hamcrest.Matchers.not(containsString("href=\"https://evil.example/\"")));
    }

    @Test
    @TestSecurity(user = "authz-unavailable", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "authz-unavailable"))
    void aLoggedInPersonGetsTheSamePublicPage() {
        given().when().get("/login/unavailable").then().statusCode(503).body(containsString("href=\"/login\""));
    }

    @Test
    @TestSecurity(user = "authz-founder", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "authz-founder"))
    void foundersGetNeitherTheAcceleratorSpaceNorTheAdministration() {
        given().when().get("/manage").then().statusCode(403).body(containsString("<h1>Accès refusé</h1>"));
        given().when().get("/admin").then().statusCode(403).body(containsString("<h1>Accès refusé</h1>"));
        given().when().get("/me").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "authz-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "authz-manager"))
    void managersGetTheAcceleratorSpaceButNotTheAdministration() {
        given().when().get("/manage").then().statusCode(200).body(containsString("<h1>Espace accélérateur</h1>"));
        given().when().get("/admin").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "authz-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "authz-admin"))
    void adminsGetBoth() {
        given().when().get("/admin").then().statusCode(200).body(containsString("<h1>Administration AGETIC</h1>"));
        given().when().get("/manage").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "authz-nobody")
    @OidcSecurity(claims = @Claim(key = "sub", value = "authz-nobody"))
    void aUserWithoutRoleGetsNoRoleSpace() {
        given().when().get("/manage").then().statusCode(403);
        given().when().get("/admin").then().statusCode(403);
    }
}
