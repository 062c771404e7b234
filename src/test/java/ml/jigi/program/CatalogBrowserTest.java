package ml.jigi.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.code.Sector;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Fixtures;

/** A visitor searches and filters the catalog with the plain form, then opens a program and its organization. */
@QuarkusTest
class CatalogBrowserTest extends BrowserTest {

    @Test
    void visitorSearchesFiltersAndOpensAProgram() {
        String w = "z" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Organization org = Fixtures.organization("Incubateur " + w, null);
        Program agri = Fixtures.program(org, "Programme de la Société agricole " + w);
        Program health = Fixtures.program(org, "Programme santé " + w);
        QuarkusTransaction.requiringNew().run(() -> {
            Program.<Program>findById(agri.id).sectors = EnumSet.of(Sector.agritech);
            Program.<Program>findById(health.id).sectors = EnumSet.of(Sector.healthtech);
        });

        browser.go("/programs");
        browser.driver.findElement(By.id("q")).sendKeys("societe " + w);
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        assertEquals(1, browser.all("[data-program]").size());
        assertEquals(agri.slug, browser.driver.findElement(By.cssSelector("[data-program]")).getAttribute("data-program"));

        browser.driver.findElement(By.id("q")).clear();
        browser.driver.findElement(By.id("q")).sendKeys(w);
        new Select(browser.driver.findElement(By.id("sector"))).selectByValue("healthtech");
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        assertEquals(1, browser.all("[data-program]").size());
        assertEquals(health.slug, browser.driver.findElement(By.cssSelector("[data-program]")).getAttribute("data-program"));
        assertTrue(browser.driver.getCurrentUrl().contains("sector=healthtech"), "filters are plain links");

        browser.click(By.linkText(health.title));
        assertEquals(health.title, browser.text("h1"));
        assertTrue(browser.text("[data-rule=sectors]").contains("Santé"));
        browser.click(By.linkText(org.name));
        assertEquals(org.name, browser.text("h1"));
        assertEquals(2, browser.all("[data-program]").size());
    }
}
