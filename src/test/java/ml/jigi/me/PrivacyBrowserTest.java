package ml.jigi.me;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;
import ml.jigi.web.BrowserTest;

/** Someone signs up, then closes their account from /me: confirmed, logged out, and that login opens nothing any more. */
@QuarkusTest
class PrivacyBrowserTest extends BrowserTest {

    @Test
    void aNewFounderClosesTheirAccount() {
        String username = "oumou." + UUID.randomUUID().toString().substring(0, 8);
        browser.signUp(username, "Oumou", "Sangaré", "un-mot-de-passe-solide");
        assertTrue(browser.all("#privacy a[href='/me/data']").size() == 1, "the download is offered on /me");

        browser.click(By.cssSelector("#privacy a[href='/me/delete']"));
        browser.click(By.cssSelector("#delete button[type=submit]"));
        assertTrue(!browser.text("#confirm-error").isEmpty(), "the confirmation is asked for");
        browser.driver.findElement(By.cssSelector("#delete input[name=confirm]")).click();
        browser.click(By.cssSelector("#delete button[type=submit]"));
        browser.waitFor(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/") && browser.onApp());
        assertTrue(!browser.all(".who a[href='/login']").isEmpty(), "logged out");

        Account closed = QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("keycloakSubject in "
                + "(select a.keycloakSubject from Account a where a.status = ?1) order by id desc", AccountStatus.deleted)
                .firstResult());
        assertEquals(AccountStatus.deleted, closed.status);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("username", username)),
                "the username is gone");

        // The identity is gone from Keycloak too: the same login is refused there.
        browser.driver.get(browser.base + "/me");
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys("un-mot-de-passe-solide");
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waitFor(d -> !d.findElements(By.id("input-error")).isEmpty() || !d.findElements(By.cssSelector(".alert-error, #input-error-username")).isEmpty()
                || d.getCurrentUrl().startsWith(browser.base));
        assertTrue(!browser.onApp(), "Keycloak refuses the deleted identity: " + browser.driver.getCurrentUrl());
    }
}
