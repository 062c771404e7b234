package ml.jigi.monitoring;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import ml.jigi.code.Region;
import ml.jigi.program.Organization;
import ml.jigi.web.Fixtures;

/**
 * The impact figures, exactly: six startups of one program report in 2001 (a year no other test
 * uses), five in Bamako and one in Kayes, two women-led; four send their 12-month report.
 */
@QuarkusTest
class ImpactTest {

    static final LocalDate ACCEPTED = LocalDate.of(2000, 6, 1);
    static final String PERIOD = "from=2001-01-01&to=2001-12-31";
    static MonitoringFixtures.Setup program;

    @BeforeAll
    static void sixStartupsReport() {
        QuarkusTransaction.requiringNew().run(() -> ProgressReport.delete("dueOn between ?1 and ?2 or acceptedOn between ?3 and ?4",
                LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31), LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)));
        LocalDate today = ml.jigi.web.Dates.today();
        program = MonitoringFixtures.program(Fixtures.unique("im-manager"), List.of(today.plusDays(20), today.plusDays(40)));
        QuarkusTransaction.requiringNew().run(() -> Organization.update("name = ?1 where id = ?2", "Accélérateur de Ségou "
                + program.org().id, program.org().id));
        List<MonitoringFixtures.Setup> startups = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            startups.add(MonitoringFixtures.accept(program, Fixtures.unique("im-founder"), i < 5 ? Region.bamako : Region.kayes,
                    i < 2));
        }
        ReportService service = MonitoringFixtures.reports();
        for (int i = 0; i < 6; i++) {
            var s = startups.get(i);
            List<ProgressReport> reports = MonitoringFixtures.reportsOf(s.application().id);
            service.submit(reports.get(0).id, s.founder().id, reports.get(0).version,
                    MonitoringFixtures.values(2, 1, 1, 1_000_000, FundingKind.grant, 10));
            if (i < 4) {
                service.submit(reports.get(1).id, s.founder().id, reports.get(1).version,
                        MonitoringFixtures.values(5, 2, 3, 500_000, FundingKind.equity, 30));
            }
            MonitoringFixtures.dated(reports.get(0).id, ACCEPTED, LocalDate.of(2001, 3, 1));
            MonitoringFixtures.dated(reports.get(1).id, ACCEPTED, LocalDate.of(2001, 6, 1));
        }
    }

    @Test
    @TestSecurity(user = "im-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "im-admin"))
    void thePageAddsUpEachStartupsLastJobsAndEveryAmountRaised() {
        Document page = Jsoup.parse(given().when().get("/admin/impact?" + PERIOD).then().statusCode(200).extract().asString());
        assertEquals("6", page.select("[data-figure=startups]").attr("data-value"));
        assertEquals("24", page.select("[data-figure=jobs]").attr("data-value"), "4 × 5 + 2 × 2");
        assertEquals("8000000", page.select("[data-figure=funding]").attr("data-value"));
        assertEquals("4", page.select("[data-figure=active]").attr("data-value"));
        assertEquals("6", page.select("[data-figure=active]").attr("data-of"));
        assertEquals("6 startups ont rendu 10 rapports dans la période", page.select("[data-figure=startups]").text());
        Document english = Jsoup.parse(given().cookie("jigi_lang", "en").when().get("/admin/impact?" + PERIOD).then()
                .statusCode(200).extract().asString());
        assertEquals("6 startups sent 10 reports in the period", english.select("[data-figure=startups]").text());
        assertEquals("22", page.select("#by-region tr[data-code=bamako] [data-field=jobs_total]").text());
        assertEquals("2", page.select("#by-region tr[data-code=kayes] [data-field=jobs_total]").text());
        assertEquals("10", page.select("#by-women-led tr[data-code=women_led] [data-field=jobs_total]").text());
        assertEquals("4", page.select("#by-women-led tr[data-code=women_led] [data-field=jobs_women]").text());
        assertEquals("4 / 5", page.select("#by-region tr[data-code=bamako] [data-field=active]").text());
        assertEquals("6", page.select("#by-accelerator tr[data-code=" + program.org().slug + "] [data-field=startups]").text());
        assertEquals(1, page.select("#jobs-by-region-title").size(), "a chart beside each table");
        var response = page.select("#responses tr[data-program=\"" + program.program().title + "\"]");
        assertEquals("12", response.select("[data-field=due]").text());
        assertEquals("0", response.select("[data-field=on_time]").text(), "all sent long after their due dates");
    }

    @Test
    @TestSecurity(user = "im-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "im-admin"))
    void theCsvOpensInColumnsInTheReadersLanguage() {
        byte[] french = given().when().get("/admin/impact.csv?" + PERIOD).then().statusCode(200).extract().asByteArray();
        String fr = new String(french, StandardCharsets.UTF_8);
        assertTrue(fr.startsWith("\uFEFFsection;code;name;startups;jobs_total"), fr.substring(0, 60));
        assertTrue(fr.contains("\r\nall;all;;6;24;10;14;8000000;6;4;;;\r\n"), fr);
        assertTrue(fr.contains(";Accélérateur de Ségou " + program.org().id + ";6;24;"), "accents kept: " + fr);
        String en = given().cookie("jigi_lang", "en").when().get("/admin/impact.csv?" + PERIOD).then().statusCode(200)
                .extract().asString();
        assertTrue(en.contains("\r\nall,all,,6,24,10,14,8000000,6,4,,,\r\n"), en);
    }

    @Test
    void theOpenDataSuppressesCellsOfFewerThanFiveStartups() {
        JsonPath json = given().when().get("/api/impact?" + PERIOD).then().statusCode(200).extract().jsonPath();
        assertEquals(6, json.getInt("all.startups"));
        assertEquals(24, json.getInt("all.jobsTotal"));
        assertEquals(6_000_000L, json.getLong("fundingByKind.grant"));
        assertEquals(2_000_000L, json.getLong("fundingByKind.equity"));
        assertEquals(false, json.getBoolean("byRegion.find { it.code == 'bamako' }.suppressed"));
        assertEquals(22, json.getInt("byRegion.find { it.code == 'bamako' }.jobsTotal"));
        assertEquals(true, json.getBoolean("byRegion.find { it.code == 'kayes' }.suppressed"));
        assertEquals(null, json.<Object>get("byRegion.find { it.code == 'kayes' }.jobsTotal"));
        assertEquals(true, json.getBoolean("byWomenLed.find { it.code == 'women_led' }.suppressed"));
        assertEquals(5, json.getInt("minimumStartups"));
    }
}
