package ml.jigi.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.web.Browser;
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
        String realm = Browser.keycloakRealmUrl();

        JsonPath device = given().formParam("client_id", "jigi-cli").formParam("scope", "openid")
                .when().post(realm + "/protocol/openid-connect/auth/device").then().statusCode(200).extract().jsonPath();
        String deviceCode = device.getString("device_code");
        assertNotNull(device.getString("user_code"));

        // The person opens the address the script shows, logs in and approves.
        browser.driver.get(device.getString("verification_uri_complete"));
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty() || !d.findElements(By.name("accept")).isEmpty());
        if (!browser.driver.findElements(By.id("username")).isEmpty()) {
            browser.driver.findElement(By.id("username")).sendKeys("ibrahim.maiga");
            browser.driver.findElement(By.id("password")).sendKeys(Browser.DEMO_PASSWORD);
            browser.driver.findElement(By.id("kc-login")).click();
        }
        browser.waitFor(d -> !d.findElements(By.name("accept")).isEmpty() || d.getPageSource().contains("kc-page-title")
                && d.findElements(By.id("username")).isEmpty());
        if (!browser.driver.findElements(By.name("accept")).isEmpty()) {
            browser.driver.findElement(By.name("accept")).click();
        }

        // The script polls the token endpoint at the interval Keycloak gave, until the person has approved.
        String token = null;
        int interval = device.getInt("interval");
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (token == null && Instant.now().isBefore(until)) {
            Response r = given().formParam("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                    .formParam("device_code", deviceCode).formParam("client_id", "jigi-cli")
                    .when().post(realm + "/protocol/openid-connect/token");
            if (r.statusCode() == 200) {
                token = r.jsonPath().getString("access_token");
                break;
            }
            String error = r.jsonPath().getString("error");
            assertTrue("authorization_pending".equals(error) || "slow_down".equals(error), r.asString());
            interval += "slow_down".equals(error) ? 5 : 0; // RFC 8628 §3.5
            Thread.sleep(interval * 1000L); // the grant's polling interval, as a script waits it
        }
        assertNotNull(token, "no token within 60 s");

        JsonPath me = given().auth().oauth2(token).when().get("/api/me").then().statusCode(200).extract().jsonPath();
        assertEquals("ibrahim.maiga", me.getString("username"));
        given().auth().oauth2(token).when().get("/api/programs/" + program.slug + "/matches").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/programs/" + theirs.slug + "/matches").then().statusCode(404);
        assertTrue(me.getList("roles").contains("manager"), me.prettify());
    }
}
