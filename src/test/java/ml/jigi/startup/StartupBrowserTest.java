package ml.jigi.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.code.Sector;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Fixtures;

/** A founder creates a profile through the real login: bad input explained and kept, a file refused, then an edit. */
@QuarkusTest
class StartupBrowserTest extends BrowserTest {

    static Path file(String name, byte[] bytes) throws IOException {
        Path path = Files.createTempFile("jigi-", "-" + name);
        Files.write(path, bytes);
        path.toFile().deleteOnExit();
        return path;
    }

    static byte[] png() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void tick(String name, String value) {
        browser.driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    @Test
    void founderCreatesAProfileAfterBadInputAndARefusedFileThenEditsIt() throws IOException {
        String name = Fixtures.unique("Sugu Kura");
        browser.login("moussa.keita");
        browser.click(By.cssSelector("a[href='/my/startups/new']"));
        assertEquals("Créer le profil de votre startup", browser.text("h1"));

        type("name", name);
        type("tagline", "Des paniers de légumes livrés à Ségou");
        type("description", "Nous achetons aux maraîchères de Ségou et livrons en moto.");
        tick("sectors", "agritech");
        tick("sectors", "logistics");
        new Select(browser.driver.findElement(By.id("stage"))).selectByValue("prototype");
        new Select(browser.driver.findElement(By.id("region"))).selectByValue("segou");
        type("teamSize", "-3");
        tick("needs", "funding");
        browser.driver.findElement(By.id("logo")).sendKeys(file("logo.png", "%PDF-1.4 not an image".getBytes()).toString());
        tick("consent", "on");
        browser.click(By.cssSelector("form[enctype] button[type=submit]"));

        assertEquals("Le formulaire n’a pas été enregistré", browser.text("#form-errors h2"));
        assertEquals("Le nombre doit être au moins 1.", browser.text("#teamSize-error"));
        assertTrue(browser.text("#logo-error").startsWith("Ce fichier n’est pas accepté"), browser.text("#logo-error"));
        assertEquals("-3", browser.driver.findElement(By.id("teamSize")).getAttribute("value"));
        assertEquals(name, browser.driver.findElement(By.id("name")).getAttribute("value"));
        assertTrue(browser.driver.findElement(By.cssSelector("input[name=sectors][value=logistics]")).isSelected());
        assertEquals("segou", new Select(browser.driver.findElement(By.id("region"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Startup.count("name", name)), "nothing half-saved");

        type("teamSize", "3");
        browser.driver.findElement(By.id("logo")).sendKeys(file("logo.png", png()).toString());
        browser.click(By.cssSelector("form[enctype] button[type=submit]"));
        assertTrue(browser.text(".notice").startsWith("Profil enregistré."), browser.text(".notice"));
        assertEquals("pending", browser.driver.findElement(By.cssSelector("[data-moderation]")).getAttribute("data-moderation"));
        assertEquals(1, browser.all("img.logo").size(), "the logo is shown back");

        type("tagline", "Des paniers de légumes frais livrés à Ségou");
        browser.click(By.cssSelector("form[enctype] button[type=submit]"));
        Startup saved = QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>find("name", name).singleResult());
        assertEquals("Des paniers de légumes frais livrés à Ségou", saved.tagline, "accents survive the round trip");
        assertEquals(3, saved.teamSize);
        assertEquals(java.util.EnumSet.of(Sector.agritech, Sector.logistics), saved.sectors);

        browser.go("/me");
        assertEquals(1, browser.all("[data-startup='" + saved.slug + "']").size());
    }
}
