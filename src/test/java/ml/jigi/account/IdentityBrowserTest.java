package ml.jigi.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Mailbox;
import ml.jigi.web.PageChecks;

/**
 * Identities proven through real mail and a second factor, through Keycloak's own pages: a forgotten
 * password is replaced through the mail; staff log in with a one-time code; an account disabled or a
 * role taken away at Keycloak stops working in Jigi within a minute.
 */
@QuarkusTest
class IdentityBrowserTest extends BrowserTest {

    @Inject
    KeycloakUsers keycloak;

    @Inject
    SessionRows rows;

    @Test
    void aForgottenPasswordIsReplacedThroughTheMail() {
        String username = "kadi." + UUID.randomUUID().toString().substring(0, 8);
        browser.signUp(username, "Kadiatou", "Konaté", "premier-mot-de-passe");
        browser.logout();

        browser.go("/");
        browser.driver.findElement(By.cssSelector(".who a[href='/login']")).click();
        browser.waitFor(d -> !d.findElements(By.cssSelector("a[href*='/login-actions/reset-credentials']")).isEmpty());
        browser.driver.findElement(By.cssSelector("a[href*='/login-actions/reset-credentials']")).click();
        browser.waitFor(d -> !d.findElements(By.id("kc-reset-password-form")).isEmpty());
        PageChecks.checkKeycloak(browser.driver);
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.cssSelector("#kc-reset-password-form [type=submit]")).click();

        Mailbox.Mail reset = Mailbox.await(Browser.email(username), m -> m.subject().contains("mot de passe"));
        browser.driver.get(reset.link("action-token"));
        browser.waitFor(d -> !d.findElements(By.id("password-new")).isEmpty());
        PageChecks.checkKeycloak(browser.driver);
        browser.driver.findElement(By.id("password-new")).sendKeys("nouveau-mot-de-passe");
        browser.driver.findElement(By.id("password-confirm")).sendKeys("nouveau-mot-de-passe");
        browser.driver.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(browser.base));
        assertEquals("Bonjour, Kadiatou Konaté !", browser.text("h1"));

        browser.logout();
        browser.go("/");
        browser.driver.findElement(By.cssSelector(".who a[href='/login']")).click();
        browser.loginOnKeycloak(username, "nouveau-mot-de-passe");
        assertEquals("Bonjour, Kadiatou Konaté !", browser.text("h1"), "the new password opens the account");
    }

    @Test
    void staffLogInWithAOneTimeCode() {
        browser.go("/");
        browser.driver.findElement(By.cssSelector(".who a[href='/login']")).click();
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        browser.driver.findElement(By.id("username")).sendKeys("admin.agetic");
        browser.driver.findElement(By.id("password")).sendKeys(Browser.DEMO_PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waitFor(d -> !d.findElements(By.id("otp")).isEmpty());
        assertTrue(!browser.onApp(), "the password alone does not open an administrator's account");
        PageChecks.checkKeycloak(browser.driver);
        browser.enterOneTimeCode("admin.agetic");
        browser.waitFor(d -> d.getCurrentUrl().startsWith(browser.base));
        assertEquals(1, browser.all("[data-role=admin]").size());
    }

    @Test
    void aRoleTakenAwayOrAnAccountDisabledAtKeycloakStopsWorkingWithinAMinute() {
        String managerName = "lamine." + UUID.randomUUID().toString().substring(0, 8);
        browser.signUp(managerName, "Lamine", "Sow", "mot-de-passe-lamine");
        String managerSubject = subject(managerName);
        keycloak.grant(managerSubject, CurrentUser.MANAGER);
        browser.logout();
        browser.login(managerName, "mot-de-passe-lamine");
        browser.go("/manage");
        assertTrue(!browser.text("h1").equals("Accès refusé"), "a manager reaches the accelerator space");
        String sessionKey = browser.driver.manage().getCookieNamed("q_session").getValue();

        try (Browser other = Browser.open()) {
            String founderName = "awa2." + UUID.randomUUID().toString().substring(0, 8);
            other.signUp(founderName, "Awa", "Sidibé", "mot-de-passe-awa2");
            String founderSubject = subject(founderName);

            keycloak.revoke(managerSubject, CurrentUser.MANAGER); // at Keycloak, not through Jigi
            keycloak.setEnabled(founderSubject, false);
            boolean[] done = new boolean[2];
            // Polled every two seconds, for at most 90: the access token lives 60 s, then its refresh is refused or narrower.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(90), Duration.ofSeconds(2))
                    .withMessage(() -> "role taken away seen: " + done[0] + ", disabled account locked out: " + done[1])
                    .until(d -> {
                        if (!done[0]) {
                            browser.driver.get(browser.base + "/manage");
                            done[0] = browser.onApp()
                                    && browser.driver.findElement(By.tagName("h1")).getText().equals("Accès refusé");
                        }
                        if (!done[1]) {
                            other.driver.get(other.base + "/me");
                            done[1] = !other.onApp();
                        }
                        return done[0] && done[1];
                    });
        }
        String refreshedKey = browser.driver.manage().getCookieNamed("q_session").getValue();
        assertTrue(!refreshedKey.equals(sessionKey), "a refresh gives the session a new key");
        java.time.Instant oldKeyEnds = rows.expiresAt(sessionKey);
        assertTrue(oldKeyEnds == null || !oldKeyEnds.isAfter(java.time.Instant.now().plus(LoginSessions.OVERLAP)),
                "the replaced key stops opening the session within seconds: " + oldKeyEnds);
    }

    static String subject(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("username", username).singleResult()
                .keycloakSubject);
    }
}
