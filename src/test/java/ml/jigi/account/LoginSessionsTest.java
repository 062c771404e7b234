package ml.jigi.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;

/**
 * Login sessions kept on the server: the browser carries a small random key, the tokens stay in
 * MariaDB under the key's hash; a planted, forged or ended key opens nothing; logout deletes the
 * session.
 */
@QuarkusTest
class LoginSessionsTest extends BrowserTest {

    /** Keycloak's own cookies share "localhost" with the app in tests; in production they are another host's. */
    private static final Set<String> KEYCLOAK_COOKIES = Set.of("KEYCLOAK_IDENTITY", "KEYCLOAK_IDENTITY_LEGACY",
            "KEYCLOAK_SESSION", "KEYCLOAK_SESSION_LEGACY", "AUTH_SESSION_ID", "AUTH_SESSION_ID_LEGACY",
            "KC_RESTART", "KC_AUTH_SESSION_HASH", "KEYCLOAK_LOCALE");

    @Inject
    SessionRows rows;

    @Inject
    LoginSessions sessions;

    @Test
    void theBrowserCarriesASmallKeyAndTheTokensStayOnTheServer() {
        browser.login("awa.traore");
        Cookie session = browser.driver.manage().getCookieNamed("q_session");
        assertNotNull(session, "a session cookie");
        assertEquals(43, session.getValue().length(), "a 256-bit random key, no token: " + session.getValue());
        assertTrue(session.isHttpOnly(), "out of reach of scripts");
        String appCookies = browser.driver.manage().getCookies().stream()
                .filter(c -> !KEYCLOAK_COOKIES.contains(c.getName()))
                .map(c -> c.getName() + "=" + c.getValue()).sorted().collect(Collectors.joining("; "));
        assertTrue(appCookies.length() <= 300, "the app's cookies, sent with every request: " + appCookies.length()
                + " bytes: " + appCookies);
        assertTrue(!appCookies.contains("q_session_at") && !appCookies.contains("q_session_rt"), appCookies);

        String subject = rows.subjectOf(session.getValue());
        assertEquals(QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("username", "awa.traore")
                .singleResult().keycloakSubject), subject,
                "the row is found by the key's SHA-256: the key itself is not stored");
        assertNull(rows.subjectOfPlainKey(session.getValue()), "no row holds the plain key");
    }

    @Test
    void aPlantedKeyIsNeverGivenTheLoginThatFollows() {
        browser.go("/");
        String planted = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        browser.driver.manage().addCookie(new Cookie("q_session", planted, "/"));
        browser.driver.get(browser.base + "/me");
        browser.waitFor(d -> !d.findElements(org.openqa.selenium.By.id("username")).isEmpty());
        assertTrue(!browser.onApp(), "an unknown key opens nothing: the login page, at " + browser.driver.getCurrentUrl());
        browser.loginOnKeycloak("moussa.keita", Browser.DEMO_PASSWORD);
        String key = browser.driver.manage().getCookieNamed("q_session").getValue();
        assertNotEquals(planted, key, "the login made its own key");
        assertNull(rows.subjectOf(planted), "the planted key holds no session");
    }

    @Test
    void aForgedKeyIsSentToTheLoginNotAnError() {
        String location = given().redirects().follow(false)
                .cookie("q_session", "forged-key-that-was-never-issued-by-jigi-0000")
                .get("/me").then().statusCode(302).extract().header("Location");
        assertTrue(location.startsWith(Browser.keycloakRealmUrl()), "to Keycloak's login: " + location);
    }

    @Test
    void anEndedSessionAsksForALoginAndLogoutDeletesTheRow() {
        browser.login("ibrahim.maiga");
        String first = browser.driver.manage().getCookieNamed("q_session").getValue();
        String subject = rows.subjectOf(first);
        assertNotNull(subject);

        assertTrue(sessions.endAll(subject) >= 1, "the session is ended on the server (account disabled, closed)");
        browser.driver.get(browser.base + "/me");
        // Keycloak's own session is still open, so it sends the browser straight back with a new one.
        browser.waitFor(d -> d.getCurrentUrl().equals(browser.base + "/me"));
        String second = browser.driver.manage().getCookieNamed("q_session").getValue();
        assertNotEquals(first, second, "a new session, with a new key");
        assertNull(rows.subjectOf(first));

        browser.logout();
        browser.waitFor(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/") && browser.onApp());
        assertNull(rows.subjectOf(second), "logout deleted the session's row");
    }

    /**
     * A key MariaDB said was open is not asked about again within a second (LoginSessions.RECHECK,
     * whose rules FoundOpenTest checks on a clock of its own); an end decided on this instance applies
     * at once all the same, one decided on another instance (its row deleted) at the next lookup.
     */
    @Test
    void aKeyFoundOpenLatelyIsNotAskedAgainButItsEndStillApplies() {
        browser.login("awa.traore");
        String first = browser.driver.manage().getCookieNamed("q_session").getValue();
        String subject = rows.subjectOf(first);
        assertEquals(200, apiMe(first));
        assertEquals(200, apiMe(first)); // the identity is kept: this one's lookup is remembered

        // Another instance's logout: the row goes; this instance sees it at its next lookup.
        assertEquals(1, rows.delete(first));
        int status = new org.openqa.selenium.support.ui.FluentWait<>(first).withTimeout(java.time.Duration.ofSeconds(5))
                .pollingEvery(java.time.Duration.ofMillis(100)).until(key -> {
                    int answer = apiMe(key);
                    return answer == 200 ? null : answer; // until this instance asks MariaDB again
                });
        assertEquals(401, status, "the session ended on another instance is refused here too");
        assertFalse(sessions.isOpenLately(first));

        // Ended here (an account disabled, closed): at once, though found open a moment ago.
        browser.driver.get(browser.base + "/me"); // Keycloak's own session gives a new key at once
        browser.waitFor(d -> d.getCurrentUrl().equals(browser.base + "/me"));
        String second = browser.driver.manage().getCookieNamed("q_session").getValue();
        assertNotEquals(first, second);
        assertEquals(200, apiMe(second));
        assertEquals(200, apiMe(second));
        assertTrue(sessions.endAll(subject) >= 1);
        assertEquals(401, apiMe(second), "ended on this instance: refused at the very next request");

        // Logged out here: at once too.
        browser.driver.get(browser.base + "/me");
        browser.waitFor(d -> d.getCurrentUrl().equals(browser.base + "/me"));
        String third = browser.driver.manage().getCookieNamed("q_session").getValue();
        assertEquals(200, apiMe(third));
        browser.logout();
        browser.waitFor(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/") && browser.onApp());
        assertFalse(sessions.isOpenLately(third), "a logout forgets that the key was found open");
        assertEquals(401, apiMe(third));
    }

    /**
     * An account ended inside a transaction (AGETIC disables it: UserAdmin) keeps its rows until the
     * commit; a request that looks its session up meanwhile still finds it open, and that answer is
     * not trusted once the transaction has committed.
     */
    @Test
    void aLookupBetweenAnEndAndItsCommitIsNotTrustedAfterIt() {
        browser.login("awa.traore");
        String key = browser.driver.manage().getCookieNamed("q_session").getValue();
        String subject = rows.subjectOf(key);
        assertEquals(200, apiMe(key));
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(sessions.endAll(subject) >= 1);
            // Another request's lookup, on a connection of its own: the delete is not committed yet.
            assertTrue(java.util.concurrent.CompletableFuture.supplyAsync(() -> sessions.isOpen(key)).join(),
                    "before the commit, another connection still finds the session");
        });
        assertFalse(sessions.isOpenLately(key), "the answer given before the commit is not trusted after it");
        assertEquals(401, apiMe(key));
    }

    /** The status of {@code GET /api/me} with this session key alone. */
    private static int apiMe(String key) {
        return given().redirects().follow(false).cookie("q_session", key).get("/api/me").statusCode();
    }

}
