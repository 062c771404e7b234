package ml.jigi.moderation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;
import ml.jigi.application.Application;
import ml.jigi.application.ApplicationService;
import ml.jigi.application.ApplicationStatus;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Region;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;

/**
 * The ecosystem dashboard on a period of its own (2001, when no other test writes): counts by
 * region, sector and stage, shares, the funnel and acceptance rates, as SVG, tables and CSV.
 */
@QuarkusTest
class DashboardTest {

    static final String PERIOD = "from=2001-01-01&to=2001-12-31";
    static Program program;

    @BeforeAll
    static void anEcosystemIn2001() {
        Account founder = Fixtures.account(Fixtures.unique("db-founder"));
        Account manager = Fixtures.account(Fixtures.unique("db-manager"));
        Organization org = Fixtures.organization(Fixtures.unique("Org tableau"), manager);
        program = Fixtures.program(org, Fixtures.unique("Programme tableau"));
        Startup women = startup("Tableau femmes", founder, Region.bamako, true, true);
        Startup second = startup("Tableau deux", founder, Region.bamako, false, true);
        Startup third = startup("Tableau trois", founder, Region.segou, false, false);
        Startup pending = startup("Tableau en attente", founder, Region.kayes, true, false);
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(pending.id).moderationStatus = ModerationStatus.pending);

        ApplicationService service = Arc.container().instance(ApplicationService.class).get();
        long a1 = submit(service, women, founder);
        long a2 = submit(service, second, founder);
        long a3 = submit(service, third, founder);
        move(service, a1, manager, ApplicationStatus.shortlisted);
        move(service, a1, manager, ApplicationStatus.accepted);
        move(service, a2, manager, ApplicationStatus.rejected);
        move(service, a3, manager, ApplicationStatus.under_review);
        QuarkusTransaction.requiringNew().run(() -> Application.getEntityManager().createNativeQuery(
                "UPDATE application SET submitted_at = '2001-04-01 10:00:00' WHERE id IN (" + a1 + "," + a2 + "," + a3 + ")")
                .executeUpdate());
    }

    static Startup startup(String name, Account owner, Region region, boolean womenLed, boolean youthLed) {
        Startup s = Fixtures.startup(Fixtures.unique(name), owner);
        QuarkusTransaction.requiringNew().run(() -> {
            Startup x = Startup.findById(s.id);
            x.region = region;
            x.womenLed = womenLed;
            x.youthLed = youthLed;
            x.sectors = womenLed ? java.util.EnumSet.of(ml.jigi.code.Sector.agritech, ml.jigi.code.Sector.fintech)
                    : java.util.EnumSet.of(ml.jigi.code.Sector.agritech);
            Startup.getEntityManager().flush();
            Startup.getEntityManager().createNativeQuery("UPDATE startup SET created_at = '2001-03-01 09:00:00' WHERE id = "
                    + s.id).executeUpdate();
        });
        return s;
    }

    static long submit(ApplicationService service, Startup s, Account founder) {
        Application a = service.start(program.id, s.id, founder.id);
        return service.submit(a.id, founder.id, a.version, Dates.today()).id;
    }

    static void move(ApplicationService service, long id, Account manager, ApplicationStatus next) {
        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id)).version;
        service.changeStatus(id, manager.id, version, next, null, false);
    }

    @Test
    @TestSecurity(user = "db-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "db-admin"))
    void thePeriodsFiguresAsChartsTablesAndCsv() {
        Document page = Jsoup.parse(given().when().get("/admin?" + PERIOD).then().statusCode(200).extract().asString());
        assertTrue(page.select("[data-figure=startups]").text().contains("3"), page.select(".figures").text());
        assertTrue(page.select("[data-figure=women-led]").text().contains("33"), page.select(".figures").text());
        assertTrue(page.select("[data-figure=youth-led]").text().contains("67"), page.select(".figures").text());
        assertEquals(List.of("2", "1"), page.select("#by-region td[data-value]").eachAttr("data-value"),
                "Bamako 2, Ségou 1; the pending startup is not counted");
        assertEquals(2, page.select("#by-region svg rect").size());
        assertEquals(List.of("3", "1", "1"), page.select("#funnel td[data-value]").eachAttr("data-value"));
        assertTrue(page.select("#per-program [data-program=" + program.slug + "]").text().contains("3 1 1"),
                page.select("#per-program").text());

        Map<String, String> csv = new HashMap<>();
        given().when().get("/admin/dashboard.csv?" + PERIOD).then().statusCode(200).contentType("text/csv").extract()
                .asString().lines().skip(1).forEach(l -> {
                    String[] c = l.split(";", -1); // French: the separator Excel set to French splits on
                    csv.put(c[0] + "/" + c[1], c[2] + (c[3].isEmpty() ? "" : "/" + c[3]));
                });
        assertEquals("3", csv.get("startups/all"));
        assertEquals("1/3", csv.get("startups/women_led"));
        assertEquals("3", csv.get("sector/agritech"));
        assertEquals("1", csv.get("sector/fintech"));
        assertEquals("1/3", csv.get("funnel/shortlisted"));
        assertEquals("1/2", csv.get("accepted_by_region/bamako"), "accepted out of decided");
        assertEquals("0/0", csv.get("accepted_by_region/segou"));
        assertEquals("1/1", csv.get("accepted_by_women_led/women_led"));
        assertEquals("0/1", csv.get("accepted_by_women_led/other"));
    }

    @Test
    @TestSecurity(user = "db-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "db-admin"))
    void aWrongPeriodIsSaidNextToItsFieldAndKept() {
        Document page = Jsoup.parse(given().when().get("/admin?from=2001-13-40&to=2001-12-31").then().statusCode(422)
                .extract().asString());
        assertTrue(!page.select("#from-error").text().isEmpty());
        Document reversed = Jsoup.parse(given().when().get("/admin?from=2002-01-01&to=2001-01-01").then().statusCode(422)
                .extract().asString());
        assertTrue(!reversed.select("#to-error").text().isEmpty());
        given().when().get("/admin/dashboard.csv?from=nonsense").then().statusCode(200);
        given().queryParam("to", "+999999999-12-31").when().get("/admin").then().statusCode(422);
        given().queryParam("to", "+999999999-12-31").queryParam("from", "-999999999-01-01").when().get("/admin/audit")
                .then().statusCode(200);
        LocalDate.parse(Jsoup.parse(given().when().get("/admin").then().statusCode(200).extract().asString())
                .select("#from").val());
    }

    @Test
    @TestSecurity(user = "db-founder-x", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "db-founder-x"))
    void othersGet403() {
        given().when().get("/admin").then().statusCode(403);
        given().when().get("/admin/dashboard.csv").then().statusCode(403);
    }
}
