package ml.jigi.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.account.Account;
import ml.jigi.program.Organization;
import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Fixtures;

/**
 * Through Keycloak's pages: someone signs up; an administrator makes them a manager of an
 * organization; at their next login they have the manager's space; once disabled, their session ends
 * at once and they cannot log in.
 */
@QuarkusTest
class UsersBrowserTest extends BrowserTest {

    static final String PASSWORD = "un-mot-de-passe-solide";

    @Test
    void anAdministratorGrantsTheManagerRoleThenDisablesTheAccount() {
        Organization org = Fixtures.organization(Fixtures.unique("Org du nouveau gestionnaire"), null);
        String username = "kadia." + UUID.randomUUID().toString().substring(0, 8);
        browser.signUp(username, "Kadia", "Touré", PASSWORD);
        assertTrue(browser.all("[data-role=manager]").isEmpty());
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("username", username).singleResult());

        try (Browser admin = Browser.open()) {
            admin.login("admin.agetic");
            admin.go("/admin");
            admin.click(By.cssSelector("a[href='/admin/users']"));
            admin.driver.findElement(By.id("q")).sendKeys(username);
            admin.click(By.cssSelector("form.filters button[type=submit]"));
            admin.click(By.cssSelector("[data-account='" + account.id + "'] a"));
            new Select(admin.driver.findElement(By.id("organization"))).selectByValue(String.valueOf(org.id));
            admin.click(By.cssSelector("#add-manager button[type=submit]"));
            assertTrue(admin.text(".notice").contains("Keycloak"), admin.text(".notice"));
            assertEquals(1, admin.all("#roles [data-role=manager]").size(), admin.text("#roles"));

            // The next login carries the role.
            browser.logout();
            browser.waitFor(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/") && browser.onApp());
            browser.driver.findElement(By.cssSelector(".who a[href='/login']")).click();
            browser.loginOnKeycloak(username, PASSWORD);
            browser.go("/me");
            assertEquals(1, browser.all("[data-role=manager]").size(), browser.text(".roles"));
            browser.go("/manage");
            assertTrue(browser.driver.getPageSource().contains(org.name), "the organization is theirs to manage");

            admin.click(By.cssSelector("#status button[type=submit]"));
            assertEquals("disabled", admin.driver.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));
        }

        // Disabled: the session it had ends at once (on every instance: its row is gone), and Keycloak
        // refuses a new login.
        browser.driver.get(browser.base + "/me");
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        assertTrue(!browser.onApp(), "the ended session asks for a login, at " + browser.driver.getCurrentUrl());
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(browser.base + "/login");
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waitFor(d -> !d.getCurrentUrl().startsWith(browser.base) && !d.findElements(By.id("username")).isEmpty());
        assertTrue(!browser.onApp(), "still on Keycloak's page: " + browser.driver.getCurrentUrl());
    }
}
