package ml.jigi.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.PageChecks;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Keycloak's pages in Jigi's login theme, the heaviest of a founder's journey before it: each weighs
 * at most 60 KB on a first visit (an empty cache), carries no script, passes axe and the Nu Html
 * Checker, speaks French first and English on request, and keeps what was typed when it refuses it.
 * The remaining pages (password reset, new password, one-time code) are checked where
 * {@link IdentityBrowserTest} walks them.
 */
@QuarkusTest
class LoginPagesBrowserTest extends BrowserTest {

    @Test
    void theLoginPageIsLightPlainAndFrenchFirst() {
        browser.go("/");
        browser.driver.findElement(By.cssSelector(".who a[href='/login']")).click();
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        assertFalse(browser.onApp(), "Keycloak's page, at " + browser.driver.getCurrentUrl());
        long bytes = PageChecks.checkKeycloak(browser.driver);
        System.out.printf("Keycloak login page, first visit: %,d bytes on the wire in %d requests%n", bytes, requests());
        assertEquals("fr", browser.htmlLang());
        assertEquals("Connexion", browser.text("h1"));
        List<String> resources = resourceNames();
        assertTrue(resources.stream().anyMatch(name -> name.contains("/login/jigi/css/jigi-login.css")),
                "Jigi's stylesheet is used: " + resources);
        assertTrue(resources.stream().noneMatch(name -> name.contains("patternfly") || name.contains("/fonts/")
                || name.endsWith(".js") || name.contains("/img/") && !name.endsWith("jigi.svg")),
                "no PatternFly, webfont, script or background image: " + resources);
        assertEquals(browser.base + "/", browser.driver.findElement(By.cssSelector("a.brand")).getAttribute("href"),
                "the brand leads back to Jigi");

        browser.driver.findElement(By.cssSelector("nav.lang a[hreflang=en]")).click();
        browser.waitFor(d -> "en".equals(browser.htmlLang()));
        PageChecks.checkKeycloak(browser.driver);
        assertEquals("Sign in", browser.text("h1"));

        browser.driver.findElement(By.id("username")).sendKeys("awa.traore");
        browser.driver.findElement(By.id("password")).sendKeys("not-her-password");
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waitFor(d -> !d.findElements(By.id("input-error")).isEmpty());
        PageChecks.checkKeycloak(browser.driver);
        assertEquals("true", browser.driver.findElement(By.id("username")).getAttribute("aria-invalid"));
        assertEquals("input-error", browser.driver.findElement(By.id("username")).getAttribute("aria-describedby"),
                "the message is tied to the field");
        assertEquals("awa.traore", browser.driver.findElement(By.id("username")).getAttribute("value"),
                "the username typed is kept");

        browser.driver.findElement(By.id("password")).sendKeys(Browser.DEMO_PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(browser.base));
        assertEquals("Bonjour, Awa Traoré !", browser.text("h1"),
                "the app keeps its own language choice (French) after an English login page");
    }

    @Test
    void theSignUpPagesAreLightKeepWhatWasTypedAndProveTheAddress() {
        browser.go("/");
        browser.driver.findElement(By.cssSelector(".who a[href='/login?prompt=create']")).click();
        browser.waitFor(d -> !d.findElements(By.id("password-confirm")).isEmpty());
        long bytes = PageChecks.checkKeycloak(browser.driver);
        System.out.printf("Keycloak sign-up page, first visit: %,d bytes on the wire in %d requests%n", bytes, requests());
        assertEquals("Créer un compte", browser.text("h1"));

        String username = "oumou." + UUID.randomUUID().toString().substring(0, 8);
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("email")).sendKeys("pas-une-adresse");
        browser.driver.findElement(By.id("firstName")).sendKeys("Oumou");
        browser.driver.findElement(By.id("lastName")).sendKeys("Sangaré");
        browser.driver.findElement(By.id("password")).sendKeys("un-mot-de-passe-solide");
        browser.driver.findElement(By.id("password-confirm")).sendKeys("un-autre-mot-de-passe");
        browser.driver.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        browser.waitFor(d -> !d.findElements(By.id("input-error-email")).isEmpty());
        PageChecks.checkKeycloak(browser.driver);
        assertEquals("true", browser.driver.findElement(By.id("email")).getAttribute("aria-invalid"));
        assertFalse(browser.all("#input-error-password-confirm").isEmpty(), "the mismatch is said next to the field");
        assertEquals(username, browser.driver.findElement(By.id("username")).getAttribute("value"));
        assertEquals("Sangaré", browser.driver.findElement(By.id("lastName")).getAttribute("value"));

        browser.driver.findElement(By.id("email")).clear();
        browser.driver.findElement(By.id("email")).sendKeys(Browser.email(username));
        browser.driver.findElement(By.id("password")).sendKeys("un-mot-de-passe-solide");
        browser.driver.findElement(By.id("password-confirm")).sendKeys("un-mot-de-passe-solide");
        browser.driver.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("VERIFY_EMAIL") || d.getCurrentUrl().contains("required-action"));
        PageChecks.checkKeycloak(browser.driver);
        assertTrue(browser.text("main").contains(Browser.email(username)), "the address proof page names the address");
    }

    private long requests() {
        return ((Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return 1 + performance.getEntriesByType('resource').length")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> resourceNames() {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name)");
    }
}
