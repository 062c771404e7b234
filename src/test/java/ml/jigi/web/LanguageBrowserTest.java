package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.junit.QuarkusTest;

/** French by default (even for a browser asking for English), English on request, and it sticks. */
@QuarkusTest
class LanguageBrowserTest extends BrowserTest {

    @Test
    void switchesToEnglishAndBack() {
        browser.go("/");
        assertEquals("fr", browser.htmlLang());
        assertEquals("Trouvez le programme qui fera grandir votre startup", browser.text("h1"));

        browser.click(By.cssSelector("nav.lang a[hreflang=en]"));
        assertEquals(browser.base + "/", browser.driver.getCurrentUrl());
        assertEquals("en", browser.htmlLang());
        assertEquals("Find the program that will grow your startup", browser.text("h1"));

        browser.go("/no-such-page");
        assertEquals("Page not found", browser.text("h1"), "the choice sticks on the next page");

        browser.click(By.cssSelector(".who a[href='/login']"));
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        assertEquals("en", browser.htmlLang(), "Keycloak's login page follows the choice");
        browser.loginOnKeycloak("moussa.keita", Browser.DEMO_PASSWORD);
        assertEquals("Hello, Moussa Keïta!", browser.text("h1"));

        // Logged in, the switch is a form (it saves the choice on the account; a link would change stored data).
        assertTrue(browser.all("nav.lang a[hreflang=fr]").isEmpty());
        browser.click(By.cssSelector("nav.lang button[name=code][value=fr]"));
        assertEquals(browser.base + "/me", browser.driver.getCurrentUrl(), "the switch returns to the same page");
        assertEquals("Bonjour, Moussa Keïta !", browser.text("h1"));
    }
}
