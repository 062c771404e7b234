package ml.jigi.startup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/** Every founder route: anonymous → login, wrong role → 403, someone else's startup → 404. */
@QuarkusTest
class StartupAuthorizationTest {

    static Startup othersStartup;

    @BeforeAll
    static void othersData() {
        Account other = Fixtures.account(Fixtures.unique("sa-other"));
        othersStartup = Fixtures.startup(Fixtures.unique("Autre startup"), other);
    }

    static String[] ownedGets() {
        long id = othersStartup.id;
        return new String[] {"/my/startups/" + id + "/edit", "/my/startups/" + id + "/logo",
                "/my/startups/" + id + "/pitch-deck"};
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : new String[] {"/my/startups/new", ownedGets()[0], ownedGets()[1], ownedGets()[2]}) {
            given().redirects().follow(false).when().get(path).then().statusCode(302)
                    .header("Location", startsWith(keycloak));
        }
        given().redirects().follow(false).multiPart("name", "x").when().post("/my/startups/new").then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "sa-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sa-manager"))
    void managersHaveNoFounderPages() {
        given().when().get("/my/startups/new").then().statusCode(403);
        given().when().get(ownedGets()[0]).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "sa-founder", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sa-founder"))
    void anotherFoundersStartupIsNotFound() {
        for (String path : ownedGets()) {
            given().when().get(path).then().statusCode(404);
        }
        given().when().get("/my/startups/999999999/edit").then().statusCode(404);
        given().when().get("/my/startups/not-a-number/edit").then().statusCode(404);
        Csrf csrf = Csrf.of("/my/startups/new");
        given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token()).multiPart("name", "Volée")
                .when().post("/my/startups/" + othersStartup.id + "/edit").then().statusCode(404);
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("email", "x@example.ml")
                .when().post("/my/startups/" + othersStartup.id + "/invitations").then().statusCode(404);
    }
}
