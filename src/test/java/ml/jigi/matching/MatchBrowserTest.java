package ml.jigi.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.account.Account;
import ml.jigi.code.Need;
import ml.jigi.code.Sector;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Fixtures;

/** A founder sees their recommendations and fit; a manager ranks startups and invites one; the founder sees it. */
@QuarkusTest
class MatchBrowserTest extends BrowserTest {

    static final String AWA = "00000000-0000-4000-8000-000000000001";
    static final String IBRAHIM = "00000000-0000-4000-8000-000000000003";

    @Test
    void recommendationsBothWaysAndAnInvitation() {
        Account awa = Fixtures.account(AWA);
        Account ibrahim = Fixtures.account(IBRAHIM);
        Startup startup = Fixtures.startup(Fixtures.unique("Jus de Bamako"), awa);
        Organization org = Fixtures.organization(Fixtures.unique("Accélérateur navigateur"), ibrahim);
        Program program = Fixtures.program(org, Fixtures.unique("Sprint agroalimentaire"));
        QuarkusTransaction.requiringNew().run(() -> {
            // A region few test startups have: the manager's filter finds it on the first page whatever else exists.
            Startup.<Startup>findById(startup.id).region = ml.jigi.code.Region.menaka;
            Program p = Program.findById(program.id);
            p.sectors = EnumSet.of(Sector.agritech);
            p.offers = EnumSet.of(Need.funding, Need.mentoring);
        });

        browser.login("awa.traore");
        browser.click(By.cssSelector("nav.main a[href='/my/matches']"));
        assertEquals("Programmes recommandés", browser.text("h1"));
        browser.go("/my/matches?startup=" + startup.id);
        var row = browser.driver.findElement(By.cssSelector("[data-program='" + program.slug + "']"));
        assertEquals("true", row.getAttribute("data-eligible"));
        assertTrue(row.getText().contains("Le programme vise votre secteur : Agriculture et agroalimentaire"), row.getText());
        String score = row.getAttribute("data-score");
        browser.click(By.cssSelector("[data-program='" + program.slug + "'] h3 a"));
        assertEquals(score, browser.driver.findElement(By.cssSelector("#fit [data-startup='" + startup.slug + "']"))
                .getAttribute("data-score"), "the program page shows the same fit");

        Browser manager = Browser.open();
        try {
            manager.login("ibrahim.maiga");
            manager.go("/manage/programs/" + program.id + "/matches?region=menaka");
            manager.click(By.cssSelector("[data-startup='" + startup.slug + "'] button[name=startup]"));
            assertTrue(manager.text(".notice").contains(startup.name), manager.text(".notice"));
            assertEquals(1, manager.all("[data-startup='" + startup.slug + "'] [data-invited=true]").size());
        } finally {
            manager.close();
        }

        browser.go("/me");
        assertTrue(browser.text("#program-invitations").contains(program.title), browser.text("#program-invitations"));
    }
}
