package ml.jigi.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Fixtures;

/**
 * A script gets a token for a person through the device authorization grant of the realm's public
 * client `jigi-cli` (docs/api.md): it shows a code, the person approves it on Keycloak's page (here
 * in Chromium), the script receives a token issued for Jigi and calls the API with the person's
 * authorization — a manager reads their own program's matches, not another organization's.
 */
@QuarkusTest
class DeviceFlowTest extends BrowserTest {

    static final String IBRAHIM = "00000000-0000-4000-8000-000000000003";

    @Test
    void aScriptShowsACodeThePersonApprovesAndTheTokenCallsTheApi() throws Exception {
        var ibrahim = Fixtures.account(IBRAHIM);
        Organization mine = Fixtures.organization(Fixtures.unique("Org du script"), ibrahim);
        Program program = Fixtures.program(mine, Fixtures.unique("Programme du script"));
        Program theirs = Fixtures.program(Fixtures.organization(Fixtures.unique("Org d'autrui"), null),
                Fixtures.unique("Programme d'autrui"));
        String token = DeviceTokens.obtain(browser, "ibrahim.maiga");

        JsonPath me = given().auth().oauth2(token).when().get("/api/me").then().statusCode(200).extract().jsonPath();
        assertEquals("ibrahim.maiga", me.getString("username"));
        given().auth().oauth2(token).when().get("/api/programs/" + program.slug + "/matches").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/programs/" + theirs.slug + "/matches").then().statusCode(404);
        assertTrue(me.getList("roles").contains("manager"), me.prettify());
    }
}
