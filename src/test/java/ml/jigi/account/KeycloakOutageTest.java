package ml.jigi.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.ErrorPages;
import ml.jigi.web.KeycloakStatus;
import ml.jigi.web.PageChecks;
import ml.jigi.web.ServiceControl;

/**
 * Keycloak stops answering (the test pauses the test's own Keycloak: connections are accepted and
 * never answered, the worst case). Public pages and sessions already open go on, also past the ID
 * token's expiry (it cannot be refreshed meanwhile); a visitor who needs to log in gets Jigi's page
 * saying login is briefly unavailable (503, Retry-After), not a login page that never loads; a
 * logout ends the session and comes home, and Keycloak's own session on that browser does not
 * outlive it (ended once Keycloak answers; the next login asks for the password). Once Keycloak
 * answers, logins go to it again.
 */
@QuarkusTest
class KeycloakOutageTest extends BrowserTest {

    @Inject
    KeycloakStatus keycloak;

    @Inject
    SessionIdentities identities;

    @Inject
    SessionRows rows;

    @AfterEach
    void keycloakIsBack() {
        ServiceControl.keycloak("resume"); // whatever happened, the next test finds Keycloak
        awaitKeycloak();
    }

    /** Probes until Keycloak answers again (it first works off what queued while it was paused); 60 s at most. */
    void awaitKeycloak() {
        java.time.Instant until = java.time.Instant.now().plusSeconds(60);
        keycloak.probe();
        while (!keycloak.isUp() && java.time.Instant.now().isBefore(until)) {
            keycloak.probe(); // each probe waits up to its time limit: no sleep needed
        }
        assertTrue(keycloak.isUp(), "Keycloak answers again");
    }

    @Test
    void openSessionsAndPublicPagesGoOnAndLoginSaysItIsBrieflyUnavailable() {
        browser.login("awa.traore");
        browser.go("/me");
        String session = browser.driver.manage().getCookieNamed("q_session").getValue();

        ServiceControl.keycloak("pause");
        keycloak.probe(); // what the app does every 5 s by itself
        assertFalse(keycloak.isUp(), "a Keycloak that does not answer within the probe's time limit is down");

        given().get("/programs").then().statusCode(200);
        browser.go("/my/applications");
        assertTrue(browser.onApp(), "the open session goes on: " + browser.driver.getCurrentUrl());
        identities.expireAll(); // as a minute later: the ID token has expired and cannot be refreshed
        browser.go("/me");
        assertEquals("Bonjour, Awa Traoré !", browser.text("h1"), "still logged in past the token's expiry");
        assertEquals(session, browser.driver.manage().getCookieNamed("q_session").getValue(), "the same session");

        Response redirect = given().redirects().follow(false).get("/my/applications");
        assertEquals(303, redirect.statusCode(), "a visitor who needs to log in is not sent to Keycloak");
        assertTrue(redirect.header("Location").endsWith("/login/unavailable?then=%2Fmy%2Fapplications"),
                redirect.header("Location"));
        Response page = given().get("/login/unavailable?then=%2Fmy%2Fapplications");
        assertEquals(503, page.statusCode());
        assertEquals(ErrorPages.RETRY_AFTER_SECONDS, page.header("Retry-After"));
        assertTrue(page.asString().contains("Connexion momentanément indisponible"), page.asString());
        assertTrue(given().cookie(ml.jigi.web.UiLocale.COOKIE, "en").get("/login/unavailable").asString()
                .contains("Login briefly unavailable"), "in English on request");
        assertTrue(given().get("/login/unavailable?then=//evil.example").asString().contains("href=\"/login\""),
                "the retry link stays on this site");

        Browser visitor = Browser.open();
        try {
            visitor.go("/login");
            assertEquals("Connexion momentanément indisponible", visitor.text("h1"), visitor.driver.getCurrentUrl());
            assertEquals(1, visitor.all("[data-login-unavailable] a[href='/login']").size(), "a way to try again");
            PageChecks.check(visitor.driver);
        } finally {
            visitor.close();
        }

        browser.logout();
        assertTrue(browser.onApp(), "the logout comes home instead of going to Keycloak: " + browser.driver.getCurrentUrl());
        assertNull(browser.driver.manage().getCookieNamed("q_session"), "the session cookie is gone");
        assertNull(rows.subjectOf(session), "and the session with it");

        ServiceControl.keycloak("resume");
        awaitKeycloak();
        // The Keycloak session of that browser did not outlive the logout: its next login asks again.
        browser.driver.get(browser.base + "/login");
        // Keycloak asks for the password again: with an empty form, or with the username it remembers from
        // the attempt (its "Redémarrer la connexion" variant, which has no username field).
        browser.waitFor(d -> !d.findElements(org.openqa.selenium.By.id("password")).isEmpty());
        assertTrue(!browser.onApp(), "Keycloak's login form, not a silent login: " + browser.driver.getCurrentUrl());

        Response login = given().redirects().follow(false).get("/my/applications");
        assertEquals(302, login.statusCode());
        assertTrue(login.header("Location").startsWith(Browser.keycloakRealmUrl() + "/protocol/openid-connect/auth"),
                "logins go to Keycloak again: " + login.header("Location"));
    }
}
