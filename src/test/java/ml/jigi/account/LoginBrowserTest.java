package ml.jigi.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;

/** Each demo role logs in through Keycloak's page and finds its entry points; sign-up; logout. */
@QuarkusTest
class LoginBrowserTest extends BrowserTest {

    @Test
    void founderLogsInAndSeesTheirSpace() {
        browser.login("awa.traore");
        assertEquals(browser.base + "/me", browser.driver.getCurrentUrl());
        assertEquals("Bonjour, Awa Traoré !", browser.text("h1"));
        assertEquals(1, browser.all("[data-role=founder]").size());
        assertTrue(browser.all("#founder").size() == 1, "the founder section is shown");
        assertTrue(browser.all("a[href='/manage']").isEmpty(), "a founder has no accelerator space");
        assertTrue(browser.all("a[href='/admin']").isEmpty(), "a founder has no administration");
        assertEquals("Awa Traoré", browser.text(".who .name"));

        browser.go("/admin");
        assertEquals("Accès refusé", browser.text("h1"));
        browser.go("/manage");
        assertEquals("Accès refusé", browser.text("h1"));
    }

    @Test
    void managerFindsTheAcceleratorSpace() {
        browser.login("ibrahim.maiga");
        assertEquals("Bonjour, Ibrahim Maïga !", browser.text("h1"));
        assertEquals(1, browser.all("[data-role=manager]").size());
        assertTrue(browser.all("#founder").isEmpty(), "a manager is not shown the founder section");
        browser.click(By.cssSelector("#manager a[href='/manage']"));
        assertEquals(browser.base + "/manage", browser.driver.getCurrentUrl());
        assertEquals("Espace accélérateur", browser.text("h1"));
        browser.go("/admin");
        assertEquals("Accès refusé", browser.text("h1"));
    }

    @Test
    void adminFindsTheAdministration() {
        browser.login("admin.agetic");
        assertEquals(1, browser.all("[data-role=admin]").size());
        browser.click(By.cssSelector("#admin a[href='/admin']"));
        assertEquals(browser.base + "/admin", browser.driver.getCurrentUrl());
        assertEquals("Administration AGETIC", browser.text("h1"));
        browser.go("/manage");
        assertEquals("Espace accélérateur", browser.text("h1"));
    }

    @Test
    void newUserSignsUpAndLandsAsFounder() {
        String username = "fanta." + UUID.randomUUID().toString().substring(0, 8);
        browser.go("/");
        browser.driver.findElement(By.cssSelector(".who a[href='/login?prompt=create']")).click();
        browser.waitFor(d -> !d.findElements(By.id("password-confirm")).isEmpty());
        assertEquals("fr", browser.htmlLang(), "Keycloak's sign-up page is French by default");
        browser.signUp(username, "Fanta", "Sissoko", "un-mot-de-passe-solide");

        assertEquals("Bonjour, Fanta Sissoko !", browser.text("h1"));
        assertEquals(1, browser.all("[data-role=founder]").size(), "self-registration gives the founder role");
        Account account = QuarkusTransaction.requiringNew()
                .call(() -> Account.<Account>find("username", username).singleResult());
        assertEquals(username + "@example.ml", account.email);
        assertTrue(account.emailVerified, "proven through the mail Keycloak sent");
        assertEquals("Fanta Sissoko", account.displayName);
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() {
        browser.login("moussa.keita");
        // What keep-copy.js keeps of a form while it is typed: it must not outlive the session.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "localStorage.setItem('jigi-copy-application-1', '{\"q1\":[\"brouillon\"]}')");
        assertFalse(browser.all(".who a[href='/logout']").size() > 0, "no logout link a page elsewhere could imitate");
        browser.logout();
        // Keycloak sends the browser back to the home page (with the logout's state parameter).
        browser.waitFor(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/") && browser.onApp());
        assertFalse(browser.all(".who a[href='/login']").isEmpty(), "logged out: the login link is back");
        assertEquals(0L, ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return localStorage.length")).longValue(), "the browser's copies are cleared");

        browser.driver.get(browser.base + "/me");
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        assertTrue(browser.driver.getCurrentUrl().startsWith(Browser.keycloakRealmUrl()),
                "after logout, /me asks for a login again, at " + browser.driver.getCurrentUrl());
    }
}
