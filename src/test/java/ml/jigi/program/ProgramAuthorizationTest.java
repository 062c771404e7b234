package ml.jigi.program;

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

/** Every manager route: anonymous → login, founders → 403, another organization's program → 404. */
@QuarkusTest
class ProgramAuthorizationTest {

    static Organization othersOrg;
    static Program othersProgram;

    @BeforeAll
    static void othersData() {
        Account other = Fixtures.account(Fixtures.unique("pa-other"));
        othersOrg = Fixtures.organization(Fixtures.unique("Org d’un autre"), other);
        othersProgram = Fixtures.program(othersOrg, Fixtures.unique("Programme d’un autre"));
    }

    static String[] gets() {
        return new String[] {"/manage/programs/new", "/manage/programs/" + othersProgram.id + "/edit",
                "/manage/programs/" + othersProgram.id + "/preview", "/manage/organizations/new",
                "/manage/organizations/" + othersOrg.id + "/edit"};
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : gets()) {
            given().redirects().follow(false).when().get(path).then().statusCode(302).header("Location", startsWith(keycloak));
        }
    }

    @Test
    @TestSecurity(user = "pa-founder", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "pa-founder"))
    void foundersGet403() {
        for (String path : gets()) {
            given().when().get(path).then().statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "pa-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "pa-manager"))
    void anotherOrganizationsProgramIsNotFound() {
        Account me = Fixtures.account("pa-manager");
        Fixtures.organization(Fixtures.unique("Org à moi"), me);
        for (String path : new String[] {gets()[1], gets()[2], gets()[4]}) {
            given().when().get(path).then().statusCode(404);
        }
        Csrf csrf = Csrf.of("/manage/programs/new");
        for (String action : new String[] {"edit", "submit", "close"}) {
            given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("title", "x")
                    .when().post("/manage/programs/" + othersProgram.id + "/" + action).then().statusCode(404);
        }
        given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token()).multiPart("name", "x")
                .when().post("/manage/organizations/" + othersOrg.id + "/edit").then().statusCode(404);
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("organization", othersOrg.id).formParam("title", "Infiltré")
                .when().post("/manage/programs/new").then().statusCode(422);
    }

    @Test
    void publicPagesNeedNoLogin() {
        given().when().get("/programs").then().statusCode(200);
        given().when().get("/programs/" + othersProgram.slug).then().statusCode(200);
        given().when().get("/organizations/" + othersOrg.slug).then().statusCode(200);
        given().when().get("/startups").then().statusCode(200);
    }
}
