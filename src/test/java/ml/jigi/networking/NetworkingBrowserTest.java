package ml.jigi.networking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.account.Account;
import ml.jigi.notification.MailSender;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;
import ml.jigi.web.Mailbox;

/**
 * Both halves of networking through the real Keycloak login and the real SMTP server: a partner asks,
 * the founder accepts, both see each other's contact; a founder chooses the weekly alert, the mail
 * arrives, its unsubscribe link stops it, no more mail comes.
 */
@QuarkusTest
class NetworkingBrowserTest extends BrowserTest {

    static final String AWA = "00000000-0000-4000-8000-000000000001";
    static final String FATOU = "00000000-0000-4000-8000-000000000006";

    @Inject
    Alerts alerts;

    @Inject
    MailSender sender;

    static String email(String username) {
        return username + "@demo.jigi.ml";
    }

    @Test
    void aPartnerAsksTheFounderAcceptsAndBothSeeTheOthersContact() {
        Account awa = NetworkingFixtures.withEmail(Fixtures.account(AWA));
        Startup startup = Fixtures.startup(Fixtures.unique("Kènè Réseau"), awa);
        Account fatou = NetworkingFixtures.withEmail(Fixtures.account(FATOU));
        var sahel = NetworkingFixtures.partnerOf(fatou, Fixtures.unique("Sahel Invest Test"));

        browser.login("fatou.sidibe");
        browser.go("/startups/" + startup.slug);
        if (!browser.driver.findElements(By.cssSelector("select#organization")).isEmpty()) { // a partner of several
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("organization")))
                    .selectByValue(String.valueOf(sahel.id));
        }
        browser.driver.findElement(By.id("message")).sendKeys(NetworkingFixtures.MESSAGE);
        browser.click(By.cssSelector("#introduction-form button[type=submit]"));
        assertEquals("requested", browser.driver.findElement(By.cssSelector("#introduction [data-introduction]"))
                .getAttribute("data-status"));
        assertFalse(browser.driver.getPageSource().contains(email("awa.traore")), "no contact before acceptance");
        Introduction asked = NetworkingFixtures.last(startup.id);

        Browser awaBrowser = Browser.open();
        try {
            awaBrowser.login("awa.traore");
            awaBrowser.go("/my/introductions");
            String row = "[data-introduction='" + asked.id + "']";
            assertEquals("requested", awaBrowser.driver.findElement(By.cssSelector(row)).getAttribute("data-status"));
            assertFalse(awaBrowser.text(row).contains(email("fatou.sidibe")), "no contact before acceptance");
            awaBrowser.click(By.cssSelector(row + " form[action$='/accept'] button"));
            assertEquals("accepted", awaBrowser.driver.findElement(By.cssSelector(row)).getAttribute("data-status"));
            assertTrue(awaBrowser.text(row + " .contact").contains(email("fatou.sidibe")), awaBrowser.text(row));
        } finally {
            awaBrowser.close();
        }

        Mailbox.Mail toFatou = ml.jigi.notification.Deliveries.deliver(email("fatou.sidibe"), m -> m.subject().contains(startup.name));
        assertTrue(toFatou.text().contains(email("awa.traore")), toFatou.text());
        Mailbox.Mail toAwa = ml.jigi.notification.Deliveries.deliver(email("awa.traore"), m -> m.subject().startsWith("Mise en relation acceptée")
                && m.subject().contains(startup.name));
        assertTrue(toAwa.text().contains(email("fatou.sidibe")), toAwa.text());
        browser.go("/startups/" + startup.slug);
        assertTrue(browser.text("#introduction-contact").contains(email("awa.traore")), browser.text("#introduction"));
    }

    @Test
    void aChosenAlertArrivesByMailAndItsLinkStopsIt() {
        Account awa = NetworkingFixtures.withEmail(Fixtures.account(AWA));
        Startup startup = Fixtures.startup(Fixtures.unique("Kènè Alertes"), awa);
        browser.login("awa.traore");
        browser.go("/me/alerts");
        browser.driver.findElement(By.cssSelector("input[name='weekly_" + startup.id + "']")).click();
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("threshold_" + startup.id))).selectByValue("40");
        browser.click(By.cssSelector("form[action='/me/alerts'] button[type=submit]"));
        assertEquals("Alertes enregistrées.", browser.text(".notice"));

        Program fits = NetworkingFixtures.fittingProgram(Fixtures.unique("Programme alerte"));
        Instant now = Instant.now();
        alerts.weekly(now, Dates.today());
        Mailbox.Mail mail = ml.jigi.notification.Deliveries.deliver(email("awa.traore"), m -> m.subject().contains(startup.name));
        assertTrue(mail.text().contains(fits.title), mail.text());
        String link = mail.link("/alerts/unsubscribe");
        browser.go(link.substring(link.indexOf("/alerts/unsubscribe")));
        browser.click(By.cssSelector("#unsubscribe-form button[type=submit]"));
        assertEquals(1, browser.all("#unsubscribed").size());
        AlertSubscription after = QuarkusTransaction.requiringNew().call(() -> AlertSubscription.<AlertSubscription>find(
                "startupId", startup.id).firstResult());
        assertFalse(after.weekly);

        NetworkingFixtures.fittingProgram(Fixtures.unique("Programme suivant"));
        alerts.weekly(now.plusSeconds(8L * 24 * 3600), Dates.today());
        sender.sendDue();
        assertEquals(1, Mailbox.of(email("awa.traore")).stream().filter(m -> m.subject().contains(startup.name)).count(),
                "no more mail");
    }
}
