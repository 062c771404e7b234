package ml.jigi.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.code.Region;
import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Dates;

/**
 * Monitoring across roles, through Keycloak: a report due → saved as a draft (a wrong figure
 * explained first) → the session ends while the founder types → kept → submitted → seen in the
 * manager's cohort → counted on AGETIC's impact page, exact numbers checked.
 */
@QuarkusTest
class MonitoringBrowserTest extends BrowserTest {

    static final String AWA = "00000000-0000-4000-8000-000000000001";
    static final String IBRAHIM = "00000000-0000-4000-8000-000000000003";

    @Inject
    Impact impact;

    void type(String id, String value) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    String value(String id) {
        return browser.driver.findElement(By.id(id)).getAttribute("value");
    }

    @Test
    void aReportGoesFromDueToTheCohortAndTheImpactPage() {
        LocalDate today = Dates.today();
        var p = MonitoringFixtures.program(IBRAHIM, List.of(today.plusDays(10), today.plusDays(100)));
        var s = MonitoringFixtures.accept(p, AWA, Region.bamako, true);
        ProgressReport r = MonitoringFixtures.reportsOf(s.application().id).get(0);
        String from = today.toString();
        String to = today.plusDays(30).toString();
        Impact.Figures before = impact.of(today, today.plusDays(30), today);

        browser.login("awa.traore");
        browser.go("/my/reports");
        assertEquals("due", browser.driver.findElement(By.cssSelector("[data-report='" + r.id + "']")).getAttribute("data-status"));
        browser.click(By.cssSelector("a[href='/my/reports/" + r.id + "']"));
        type("jobs_total", "7");
        type("jobs_women", "9");
        browser.click(By.cssSelector("#report-form button.quiet"));
        assertEquals("Ne peut pas dépasser le nombre total d’emplois (7).", browser.text("#jobs_women-error"));
        assertEquals("9", value("jobs_women"), "kept to be corrected");
        type("jobs_women", "3");
        browser.click(By.cssSelector("#report-form button.quiet"));
        assertEquals("Brouillon enregistré.", browser.text(".notice"));
        assertEquals(ProgressReport.State.draft, MonitoringFixtures.reload(r.id).state);

        // The Keycloak session ends, then the app's, while the founder finishes the report.
        browser.driver.get(Browser.keycloakRealmUrl() + "/.well-known/openid-configuration");
        for (String name : new String[] {"KEYCLOAK_SESSION", "KEYCLOAK_IDENTITY", "AUTH_SESSION_ID"}) {
            browser.driver.manage().deleteCookieNamed(name);
        }
        browser.go("/my/reports/" + r.id);
        type("jobs_youth", "5");
        new Select(browser.driver.findElement(By.id("revenue_band"))).selectByValue("1m_10m");
        type("funding_raised_xof", "2500000");
        new Select(browser.driver.findElement(By.id("funding_kind"))).selectByValue("grant");
        type("customers", "40");
        type("q0", "Vendre aux supermarchés demande de la patience.");
        browser.driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .forEach(c -> browser.driver.manage().deleteCookie(c));
        browser.click(By.cssSelector("#report-form button[formaction$='/submit']"));
        browser.loginOnKeycloak("awa.traore", Browser.DEMO_PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/my/reports/" + r.id), browser.driver.getCurrentUrl());
        assertTrue(browser.text(".notice").contains("Votre session avait pris fin"), browser.text(".notice"));
        assertEquals("40", value("customers"));
        assertEquals("Vendre aux supermarchés demande de la patience.", value("q0"));
        assertEquals(ProgressReport.State.draft, MonitoringFixtures.reload(r.id).state, "nothing sent before the founder says so");
        browser.click(By.cssSelector("#report-form button[formaction$='/submit']"));
        assertEquals("Rapport envoyé. Merci !", browser.text(".notice"));
        ProgressReport sent = MonitoringFixtures.reload(r.id);
        assertEquals(ProgressReport.State.submitted, sent.state);
        assertEquals(7, sent.jobsTotal);
        assertEquals(40, sent.customers);

        Browser ibrahim = Browser.open();
        try {
            ibrahim.login("ibrahim.maiga");
            ibrahim.go("/manage/programs/" + s.program().id + "/cohort");
            WebElement row = ibrahim.driver.findElement(By.cssSelector("tr[data-startup='" + s.startup().slug + "']"));
            assertEquals("submitted", row.getAttribute("data-report-status"));
            assertTrue(row.findElement(By.cssSelector("[data-field=jobs_total]")).getText().startsWith("7"));
            assertEquals("2 500 000 FCFA", row.findElement(By.cssSelector("[data-field=funding]")).getText()
                    .replace('\u202f', ' ').replace('\u00a0', ' '));
            ibrahim.click(By.cssSelector("tr[data-startup='" + s.startup().slug + "'] a[href='/manage/reports/" + r.id + "']"));
            assertEquals("40", ibrahim.text("[data-field=customers]"));
            ibrahim.go("/manage/programs/" + s.program().id + "/reporting");
        } finally {
            ibrahim.close();
        }

        Browser admin = Browser.open();
        try {
            admin.login("admin.agetic");
            admin.go("/admin/impact?from=" + from + "&to=" + to);
            assertEquals(String.valueOf(before.all().startups + 1), attribute(admin, "startups"));
            assertEquals(String.valueOf(before.all().jobsTotal + 7), attribute(admin, "jobs"));
            assertEquals(String.valueOf(before.all().funding + 2_500_000), attribute(admin, "funding"));
        } finally {
            admin.close();
        }
    }

    static String attribute(Browser b, String figure) {
        return b.driver.findElement(By.cssSelector("[data-figure=" + figure + "]")).getAttribute("data-value");
    }
}
