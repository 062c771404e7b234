package ml.jigi.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;

/**
 * MariaDB goes away and comes back (the test stops and starts the test's own server, through the
 * command bin/jigi test gives it in JIGI_TEST_DB_CONTROL). Meanwhile the catalog and its program
 * pages show what they last knew, with a notice; every other page answers 503 with Retry-After and
 * says that nothing typed is lost; readiness is down; an open session is not lost. Once MariaDB is
 * back, the very next request works.
 */
@QuarkusTest
class DatabaseOutageTest extends BrowserTest {

    @AfterEach
    void databaseIsBack() {
        control("start"); // whatever happened in the test, the next test class finds its database
    }

    @Test
    void theCatalogKeepsServingAndTheRestSaysBrieflyUnavailable() {
        Organization org = Fixtures.organization(Fixtures.unique("Org de la panne"), null);
        Program program = Fixtures.program(org, Fixtures.unique("Programme pendant la panne"));
        // The catalog page that lists it (the test database holds many programs: searched by its
        // title's unique part).
        String listing = "/programs?q=" + program.title.substring(program.title.lastIndexOf('-') + 1);
        given().get(listing).then().statusCode(200); // the catalog as it is now
        browser.login("awa.traore");
        browser.go("/me");
        String session = browser.driver.manage().getCookieNamed("q_session").getValue();

        control("stop");

        Response catalog = given().get(listing);
        assertEquals(200, catalog.statusCode(), "the catalog is held in memory");
        assertTrue(catalog.asString().contains(program.title), "with what it last knew");
        assertTrue(catalog.asString().contains("data-stale=\"true\""), "and a discreet notice");
        Response page = given().get("/programs/" + program.slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains(program.title) && page.asString().contains("data-stale=\"true\""));

        Response startups = given().redirects().follow(false).get("/startups");
        assertEquals(503, startups.statusCode(), "a page that needs the database");
        assertEquals(ErrorPages.RETRY_AFTER_SECONDS, startups.header("Retry-After"));
        assertTrue(startups.asString().contains("Rien de ce que vous avez saisi n’est perdu"), startups.asString());
        given().port(managementPort()).get("/q/health/ready").then().statusCode(503);

        browser.go("/me");
        assertEquals("Service momentanément indisponible", browser.text("h1"), "the logged-in page, not a login page");
        assertEquals(session, browser.driver.manage().getCookieNamed("q_session").getValue(), "the session is kept");
        browser.go(listing);
        assertEquals(1, browser.all("[data-stale=true]").size(), "the catalog, logged in too");
        assertEquals(1, browser.all("[data-program='" + program.slug + "']").size());

        control("start");

        given().get("/startups").then().statusCode(200); // the very next request
        given().port(managementPort()).get("/q/health/ready").then().statusCode(200);
        browser.go("/me");
        assertEquals("Bonjour, Awa Traoré !", browser.text("h1"), "the same session goes on");
        browser.go(listing);
        assertTrue(browser.all("[data-stale=true]").isEmpty(), "the notice is gone");
        browser.click(By.cssSelector("a[href='/programs/" + program.slug + "']"));
        assertTrue(browser.all("[data-stale=true]").isEmpty());
    }

    static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    static void control(String action) {
        ServiceControl.database(action);
    }
}
