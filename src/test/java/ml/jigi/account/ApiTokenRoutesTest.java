package ml.jigi.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.ApiChallengeTest;
import ml.jigi.web.Fixtures;

/**
 * Every API route, called as a script calls it: without credentials, with a real token of the right
 * person (obtained through the device grant, approved in Chromium), and with a real token of someone
 * else. Someone else's data answers 404, a route of another role 403 or 404 as the pages do, and every
 * refusal is JSON (docs/api.md). The public read routes answer the same with or without a token.
 */
@QuarkusTest
@TestProfile(ApiChallengeTest.On.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenRoutesTest {

    static final String AWA = "00000000-0000-4000-8000-000000000001";
    static final String IBRAHIM = "00000000-0000-4000-8000-000000000003";

    String awa; // founder
    String ibrahim; // manager
    String fatou; // partner
    Startup awasStartup;
    Startup othersStartup;
    Startup hidden;
    Program ibrahimsProgram;
    Program othersProgram;
    Organization ibrahimsOrganization;

    @BeforeAll
    void tokensAndData() throws InterruptedException {
        awasStartup = Fixtures.startup(Fixtures.unique("Jeton Awa"), Fixtures.account(AWA));
        othersStartup = Fixtures.startup(Fixtures.unique("Jeton autrui"), Fixtures.account(Fixtures.unique("sub")));
        hidden = Fixtures.startup(Fixtures.unique("Jeton cachée"), Fixtures.account(AWA));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Startup s = Startup.findById(hidden.id);
            s.visibility = ml.jigi.startup.Visibility.hidden;
        });
        ibrahimsOrganization = Fixtures.organization(Fixtures.unique("Org jeton"), Fixtures.account(IBRAHIM));
        ibrahimsProgram = Fixtures.program(ibrahimsOrganization, Fixtures.unique("Programme jeton"));
        othersProgram = Fixtures.program(Fixtures.organization(Fixtures.unique("Org jeton autrui"), null),
                Fixtures.unique("Programme jeton autrui"));
        awa = DeviceTokens.obtain("awa.traore");
        ibrahim = DeviceTokens.obtain("ibrahim.maiga");
        fatou = DeviceTokens.obtain("fatou.sidibe");
    }

    RequestSpecification as(String token) {
        RequestSpecification r = given().redirects().follow(false);
        return token == null ? r : r.auth().oauth2(token);
    }

    void refused(RequestSpecification request, String method, String path, int status) {
        request.when().request(method, path).then().statusCode(status).contentType("application/json")
                .body("status", equalTo(status)).body(not(containsString("<html")));
    }

    @Test
    void me() {
        as(null).when().get("/api/me").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/json");
        as(awa).when().get("/api/me").then().statusCode(200).body("username", equalTo("awa.traore"))
                .body("roles", hasItem("founder"));
        as(ibrahim).when().get("/api/me").then().statusCode(200).body("username", equalTo("ibrahim.maiga"))
                .body("roles", hasItem("manager"));
        as(fatou).when().get("/api/me").then().statusCode(200).body("username", equalTo("fatou.sidibe"))
                .body("roles", hasItem("partner"));
    }

    @Test
    void aStartupsMatchesAreForItsFoundersOnly() {
        String mine = "/api/startups/" + awasStartup.slug + "/matches";
        as(null).when().get(mine).then().statusCode(401).contentType("application/json");
        as(awa).when().get(mine).then().statusCode(200).contentType("application/json");
        refused(as(ibrahim), "GET", mine, 404); // a manager, not its founder
        refused(as(fatou), "GET", mine, 404); // a partner
        refused(as(awa), "GET", "/api/startups/" + othersStartup.slug + "/matches", 404); // another founder's
        refused(as(awa), "GET", "/api/startups/" + awasStartup.slug + "-forged/matches", 404);
    }

    @Test
    void aProgramsMatchesAreForItsManagersOnly() {
        String mine = "/api/programs/" + ibrahimsProgram.slug + "/matches";
        as(null).when().get(mine).then().statusCode(401).contentType("application/json");
        as(ibrahim).when().get(mine).then().statusCode(200).contentType("application/json");
        refused(as(awa), "GET", mine, 404); // a founder
        refused(as(fatou), "GET", mine, 404); // a partner
        refused(as(ibrahim), "GET", "/api/programs/" + othersProgram.slug + "/matches", 404); // another organization's
        refused(as(ibrahim), "GET", "/api/programs/" + ibrahimsProgram.slug + "-forged/matches", 404);
    }

    @Test
    void importIsForAdministratorsOnly() {
        as(null).contentType("application/json").body("{}").when().post("/api/import").then().statusCode(401)
                .contentType("application/json");
        for (String token : new String[] {awa, ibrahim, fatou}) {
            refused(as(token).contentType("application/json").body("{}"), "POST", "/api/import", 403);
        }
    }

    @Test
    void publicRoutesAnswerTheSameWithOrWithoutAToken() {
        String[] paths = {"/api/programs", "/api/programs/" + ibrahimsProgram.slug, "/api/startups",
                "/api/startups/" + awasStartup.slug, "/api/organizations/" + ibrahimsOrganization.slug, "/api/impact"};
        for (String path : paths) {
            String anonymous = as(null).when().get(path).then().statusCode(200).contentType("application/json")
                    .extract().asString();
            for (String token : new String[] {awa, ibrahim, fatou}) {
                as(token).when().get(path).then().statusCode(200).body(equalTo(anonymous));
            }
        }
        for (String token : new String[] {null, awa}) { // not even its founder reads a hidden startup through the public API
            refused(as(token), "GET", "/api/startups/" + hidden.slug, 404);
        }
        refused(as(awa), "GET", "/api/programs/" + ibrahimsProgram.slug + "-forged", 404);
        refused(as(awa), "GET", "/api/organizations/" + ibrahimsOrganization.slug + "-forged", 404);
        as(awa).when().get("/api/startups/" + awasStartup.slug).then().body(not(containsString("@")));
    }

    @Test
    void aForgedOrAlteredTokenOpensNothing() {
        String altered = awa.substring(0, awa.length() - 4) + (awa.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (String path : new String[] {"/api/me", "/api/startups/" + awasStartup.slug + "/matches", "/api/programs"}) {
            as(altered).when().get(path).then().statusCode(401).contentType("application/json")
                    .header("WWW-Authenticate", containsString("invalid_token")).body("error", equalTo("invalid_token"));
        }
    }
}
