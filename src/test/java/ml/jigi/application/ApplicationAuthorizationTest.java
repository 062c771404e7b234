package ml.jigi.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/** Every application route: anonymous → login, wrong role → 403, someone else's → 404. */
@QuarkusTest
class ApplicationAuthorizationTest {

    static Application theirs;
    static Application theirDraft;
    static ApplicationFixtures.Setup setup;

    @BeforeAll
    static void othersData() {
        setup = ApplicationFixtures.setup(Fixtures.unique("aa-founder"), Fixtures.unique("aa-manager"));
        theirs = ApplicationFixtures.submitted(setup);
        var other = ApplicationFixtures.setup(Fixtures.unique("aa-founder2"), Fixtures.unique("aa-manager2"));
        theirDraft = ApplicationFixtures.service().start(other.program().id, other.startup().id, other.founder().id);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : new String[] {"/my/applications", "/my/applications/" + theirs.id,
                "/programs/" + setup.program().slug + "/apply", "/manage/applications/" + theirs.id,
                "/manage/programs/" + setup.program().id + "/applications",
                "/manage/programs/" + setup.program().id + "/applications.csv"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(302).header("Location", startsWith(keycloak));
        }
    }

    @Test
    @TestSecurity(user = "aa-stranger", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "aa-stranger"))
    void anotherFoundersApplicationIsNotFound() {
        Fixtures.account("aa-stranger");
        given().when().get("/my/applications/" + theirs.id).then().statusCode(404);
        given().when().get("/my/applications/" + theirDraft.id).then().statusCode(404);
        Csrf csrf = Csrf.of("/my/startups/new");
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", theirs.version)
                .when().post("/my/applications/" + theirs.id + "/withdraw").then().statusCode(404);
        given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token()).multiPart("version", "0")
                .when().post("/my/applications/" + theirs.id).then().statusCode(404);
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("startup", setup.startup().id)
                .when().post("/programs/" + setup.program().slug + "/apply").then().statusCode(404);
        given().when().get("/manage/applications/" + theirs.id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "aa-other-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "aa-other-manager"))
    void aManagerOfAnotherOrganizationGets404() {
        Fixtures.organization(Fixtures.unique("Org tierce"), Fixtures.account("aa-other-manager"));
        given().when().get("/manage/applications/" + theirs.id).then().statusCode(404);
        given().when().get("/manage/programs/" + setup.program().id + "/applications").then().statusCode(404);
        given().when().get("/manage/programs/" + setup.program().id + "/applications.csv").then().statusCode(404);
        Csrf csrf = Csrf.of("/manage/organizations/new");
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", theirs.version)
                .formParam("status", "rejected").when().post("/manage/applications/" + theirs.id + "/status").then()
                .statusCode(404);
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("conflict", "on")
                .when().post("/manage/applications/" + theirs.id + "/review").then().statusCode(404);
        given().when().get("/my/applications").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "aa-drafts", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "aa-drafts"))
    void managersNeverSeeDrafts() {
        var mine = ApplicationFixtures.setup(Fixtures.unique("aa-f3"), "aa-drafts");
        Application draft = ApplicationFixtures.service().start(mine.program().id, mine.startup().id, mine.founder().id);
        given().when().get("/manage/applications/" + draft.id).then().statusCode(404);
    }
}
