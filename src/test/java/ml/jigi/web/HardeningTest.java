package ml.jigi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;

/**
 * What no page shows but every page relies on: private pages never cached, logout and the saved
 * language only by a form post, operations on their own port, forwarded headers believed only from
 * configured proxies, HSTS over HTTPS.
 */
@QuarkusTest
class HardeningTest {

    static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    @Test
    @TestSecurity(user = "hd-founder", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "hd-founder"))
    void aLoggedInPageIsNeverStored() {
        given().when().get("/me").then().statusCode(200).header("Cache-Control", "no-store");
        given().when().get("/programs").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void aPublicPageMayBeStoredByTheBrowser() {
        given().when().get("/programs").then().statusCode(200).header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void logoutIsAFormPostOnly() {
        given().redirects().follow(false).when().get("/logout").then().statusCode(405);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .when().post("/logout").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "hd-logout", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "hd-logout"))
    void theLogoutButtonClearsWhatTheBrowserKept() {
        Csrf csrf = Csrf.of("/me");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .when().post("/logout").then().statusCode(303).header("Clear-Site-Data", "\"storage\"");
    }

    @Test
    @TestSecurity(user = "hd-lang", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "hd-lang"))
    void theLanguageLinkChangesNothingStoredTheFormSavesIt() {
        Account me = Fixtures.account("hd-lang");
        QuarkusTransaction.requiringNew().run(() -> Account.update("locale = 'fr' where id = ?1", me.id));
        given().redirects().follow(false).when().get("/lang/en?next=/me").then().statusCode(303);
        assertEquals("fr", locale(me.id), "a GET changes no stored data");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("code", "en")
                .when().post("/lang").then().statusCode(400); // no form token
        assertEquals("fr", locale(me.id));
        Csrf csrf = Csrf.of("/me");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("code", "en").formParam("next", "/me").when().post("/lang").then().statusCode(303)
                .header("Location", containsString("/me"));
        assertEquals("en", locale(me.id), "the header's form saves the choice on the account");
    }

    @Test
    @TestSecurity(user = "hd-cookie", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "hd-cookie"))
    void theFormTokenCookieIsSameSiteLax() {
        String cookie = given().when().get("/me").then().statusCode(200).extract().headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Csrf.COOKIE + "=")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(cookie.contains("SameSite=Lax") && cookie.toLowerCase().contains("httponly"),
                cookie);
    }

    static String locale(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(accountId).locale);
    }

    @Test
    void metricsAndTheApiDescriptionAreOnTheManagementPortOnly() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/openapi").then().statusCode(404);
        given().port(managementPort()).when().get("/q/metrics").then().statusCode(200);
        given().port(managementPort()).when().get("/q/openapi").then().statusCode(200).body(containsString("/api/me"));
        given().port(managementPort()).when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
        // The test peer (loopback) is not a configured proxy: its X-Forwarded-Proto makes nothing HTTPS.
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").when().get("/")
                .then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void stsIsSentOverHttpsOnly() {
        assertEquals(true, SecurityHeaders.overHttps(true, "http"));
        assertEquals(true, SecurityHeaders.overHttps(false, "https"));
        assertEquals(false, SecurityHeaders.overHttps(false, "http"));
    }
}
