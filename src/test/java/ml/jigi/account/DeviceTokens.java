package ml.jigi.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.openqa.selenium.By;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ml.jigi.web.Browser;

/**
 * A token for a person, as a script gets one (docs/api.md): the device authorization grant of the
 * realm's public client `jigi-cli`. The script asks for a code, the person logs in and approves it in
 * a browser (Chromium, through Keycloak's real pages), the script polls the token endpoint.
 */
public final class DeviceTokens {

    private DeviceTokens() {
    }

    /** The access token Keycloak issues once {@code username} approves in a fresh browser. */
    public static String obtain(String username) throws InterruptedException {
        Browser browser = Browser.open();
        try {
            return obtain(browser, username);
        } finally {
            browser.close();
        }
    }

    public static String obtain(Browser browser, String username) throws InterruptedException {
        String realm = Browser.keycloakRealmUrl();
        JsonPath device = given().formParam("client_id", "jigi-cli").formParam("scope", "openid")
                .when().post(realm + "/protocol/openid-connect/auth/device").then().statusCode(200).extract().jsonPath();
        String deviceCode = device.getString("device_code");
        assertNotNull(device.getString("user_code"));

        // The person opens the address the script shows, logs in and approves.
        browser.driver.get(device.getString("verification_uri_complete"));
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty() || !d.findElements(By.name("accept")).isEmpty());
        if (!browser.driver.findElements(By.id("username")).isEmpty()) {
            browser.driver.findElement(By.id("username")).sendKeys(username);
            browser.driver.findElement(By.id("password")).sendKeys(Browser.DEMO_PASSWORD);
            browser.driver.findElement(By.id("kc-login")).click();
        }
        browser.waitFor(d -> !d.findElements(By.name("accept")).isEmpty() || d.getPageSource().contains("kc-page-title")
                && d.findElements(By.id("username")).isEmpty());
        if (!browser.driver.findElements(By.name("accept")).isEmpty()) {
            browser.driver.findElement(By.name("accept")).click();
        }

        // The script polls the token endpoint at the interval Keycloak gave, until the person has approved.
        int interval = device.getInt("interval");
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            Response r = given().formParam("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                    .formParam("device_code", deviceCode).formParam("client_id", "jigi-cli")
                    .when().post(realm + "/protocol/openid-connect/token");
            if (r.statusCode() == 200) {
                return r.jsonPath().getString("access_token");
            }
            String error = r.jsonPath().getString("error");
            assertTrue("authorization_pending".equals(error) || "slow_down".equals(error), r.asString());
            interval += "slow_down".equals(error) ? 5 : 0; // RFC 8628 §3.5
            // Not a wait for a condition: RFC 8628 §3.5 obliges the client to leave `interval` seconds
            // between polls (Keycloak answers slow_down otherwise), so the test waits it as a script must.
            Thread.sleep(interval * 1000L);
        }
        throw new AssertionError("no token within 60 s for " + username);
    }
}
