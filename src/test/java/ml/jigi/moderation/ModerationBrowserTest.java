package ml.jigi.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.code.ModerationStatus;
import ml.jigi.startup.Startup;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Fixtures;

/** An AGETIC administrator, through Keycloak: the queue, a refusal without then with a reason, an approval, the audit log. */
@QuarkusTest
class ModerationBrowserTest extends BrowserTest {

    @Test
    void anAdministratorModeratesAndReadsTheAuditLog() {
        Startup first = ModerationTest.pendingStartup("Lait de Mopti", Fixtures.account(Fixtures.unique("mb-founder")));
        Startup second = ModerationTest.pendingStartup("Taxi-moto Gao", Fixtures.account(Fixtures.unique("mb-founder2")));

        browser.login("admin.agetic");
        browser.go("/admin");
        browser.click(By.cssSelector("a[href='/admin/moderation']"));
        browser.click(By.cssSelector("#pending-startups [data-id='" + first.id + "'] a"));

        new Select(browser.driver.findElement(By.id("decision"))).selectByValue("reject");
        browser.click(By.cssSelector("#decide button[type=submit]"));
        assertTrue(!browser.text("#reason-error").isEmpty(), "a refusal needs a reason");
        assertEquals("reject", new Select(browser.driver.findElement(By.id("decision"))).getFirstSelectedOption()
                .getAttribute("value"));
        browser.driver.findElement(By.id("reason")).sendKeys("Le profil ne décrit pas l’activité.");
        browser.click(By.cssSelector("#decide button[type=submit]"));
        assertTrue(browser.text(".notice").contains("Décision enregistrée"), browser.text(".notice"));
        assertTrue(browser.all("#pending-startups [data-id='" + first.id + "']").isEmpty(), "no longer waiting");

        browser.click(By.cssSelector("#pending-startups [data-id='" + second.id + "'] a"));
        new Select(browser.driver.findElement(By.id("decision"))).selectByValue("approve");
        browser.click(By.cssSelector("#decide button[type=submit]"));
        assertEquals(ModerationStatus.approved,
                QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>findById(second.id)).moderationStatus);
        assertEquals(ModerationStatus.rejected,
                QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>findById(first.id)).moderationStatus);

        // The dashboard for this year: the approval just made counts among this year's startups.
        browser.go("/admin");
        var from = browser.driver.findElement(By.id("from"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", from,
                java.time.LocalDate.now().withDayOfYear(1).toString());
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        assertTrue(browser.driver.getCurrentUrl().contains("from=" + java.time.LocalDate.now().withDayOfYear(1)),
                browser.driver.getCurrentUrl());
        assertTrue(!browser.all("#by-region svg rect").isEmpty(), "the regions are drawn");
        assertTrue(!browser.all("#by-region td[data-value]").isEmpty(), "and given as a table");

        browser.go("/admin");
        browser.click(By.cssSelector("a[href='/admin/audit']"));
        new Select(browser.driver.findElement(By.id("object"))).selectByValue("startup");
        browser.driver.findElement(By.id("objectId")).sendKeys(String.valueOf(first.id));
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        assertEquals(1, browser.all("[data-audit]").size());
        assertTrue(browser.text("[data-audit]").contains("Le profil ne décrit pas l’activité."), browser.text("[data-audit]"));
        assertTrue(browser.text("[data-audit]").contains("admin.agetic"), browser.text("[data-audit]"));
    }

    @Test
    void aFounderReportsAPageAndAnAdministratorClosesTheReport() {
        Startup reported = Fixtures.startup(Fixtures.unique("Startup douteuse"), Fixtures.account(Fixtures.unique("mb-owner")));
        browser.login("moussa.keita");
        browser.go("/startups/" + reported.slug);
        browser.click(By.cssSelector("p.report a"));
        new Select(browser.driver.findElement(By.id("reason"))).selectByValue("scam");
        browser.driver.findElement(By.id("message")).sendKeys("Demande de l’argent aux candidats.");
        browser.click(By.cssSelector("#report button[type=submit]"));
        assertTrue(browser.text(".notice").contains("Merci"), browser.text(".notice"));

        try (ml.jigi.web.Browser admin = ml.jigi.web.Browser.open()) {
            admin.login("admin.agetic");
            admin.go("/admin");
            admin.click(By.cssSelector("a[href='/admin/reports']"));
            Report report = QuarkusTransaction.requiringNew().call(() -> Report.<Report>find(
                    "objectType = ?1 and objectId = ?2", ModerationService.Kind.startup, reported.id).firstResult());
            admin.click(By.cssSelector("#open [data-report='" + report.id + "'] a"));
            assertTrue(admin.text("dl.facts").contains("Demande de l’argent aux candidats."), admin.text("dl.facts"));
            admin.driver.findElement(By.id("resolution")).sendKeys("Profil suspendu après vérification.");
            admin.click(By.cssSelector("#close button[type=submit]"));
            assertEquals("Signalement clos.", admin.text(".notice"));
            assertTrue(admin.text("#closed").contains("Profil suspendu après vérification."), admin.text("#closed"));
        }
    }

    @Test
    void anAdministratorImportsAFileAfterADryRun() throws Exception {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("jigi-import-", ".json");
        java.nio.file.Files.writeString(file, ImportTest.file(tag));
        try {
            browser.login("admin.agetic");
            browser.go("/admin");
            browser.click(By.cssSelector("a[href='/admin/import']"));
            browser.driver.findElement(By.id("file")).sendKeys(file.toString());
            browser.click(By.cssSelector("#import button[type=submit]"));
            assertEquals("true", browser.driver.findElement(By.id("report")).getAttribute("data-dry-run"), "a dry run first");
            assertEquals("1", browser.text("#report [data-kind=program] [data-result=created]"));
            assertTrue(browser.text("#skipped").contains("st-bad-" + tag), browser.text("#skipped"));

            browser.driver.findElement(By.id("file")).sendKeys(file.toString());
            browser.driver.findElement(By.cssSelector("#import input[name=dryRun]")).click();
            browser.click(By.cssSelector("#import button[type=submit]"));
            assertEquals("false", browser.driver.findElement(By.id("report")).getAttribute("data-dry-run"));
            browser.go("/programs/prog-" + tag);
            assertTrue(browser.text("h1").contains("Programme importé"), browser.text("h1"));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
