package ml.jigi.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.code.Region;
import ml.jigi.web.Csrf;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;

/**
 * Every monitoring route: anonymous → login, wrong role → 403, someone else's report or program →
 * 404 (a forged id as much as a missing one), forms without their token → 400.
 */
@QuarkusTest
class MonitoringAuthorizationTest {

    static MonitoringFixtures.Setup theirs;
    static ProgressReport theirReport;

    @BeforeAll
    static void othersData() {
        var p = MonitoringFixtures.program(Fixtures.unique("ma-manager"), List.of(Dates.today().plusDays(5)));
        theirs = MonitoringFixtures.accept(p, Fixtures.unique("ma-founder"), Region.kayes, false);
        theirReport = MonitoringFixtures.reportsOf(theirs.application().id).get(0);
    }

    static String[] pages() {
        long program = theirs.program().id;
        return new String[] {"/my/reports", "/my/reports/" + theirReport.id, "/manage/programs/" + program + "/cohort",
            "/manage/programs/" + program + "/cohort.csv", "/manage/programs/" + program + "/reporting",
            "/manage/reports/" + theirReport.id, "/admin/impact", "/admin/impact.csv"};
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : pages()) {
            given().redirects().follow(false).when().get(path).then().statusCode(302).header("Location", startsWith(keycloak));
        }
        // Posts without a session: the report's are kept for after the login (ProgressReportTest); the others ask for it.
        given().redirects().follow(false).formParam("version", "0").when().post("/manage/reports/" + theirReport.id + "/reopen")
                .then().statusCode(302);
        given().redirects().follow(false).formParam("version", "0").when()
                .post("/manage/programs/" + theirs.program().id + "/reporting").then().statusCode(302);
    }

    @Test
    void theOpenDataIsPublic() {
        given().when().get("/api/impact").then().statusCode(200).header("Cache-Control", "public, max-age=300");
        given().when().get("/api/impact?from=hier").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "ma-stranger", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "ma-stranger"))
    void anotherFoundersReportIsNotFoundAndManagerPagesAreForbidden() {
        Fixtures.account("ma-stranger");
        given().when().get("/my/reports").then().statusCode(200);
        given().when().get("/my/reports/" + theirReport.id).then().statusCode(404);
        given().when().get("/my/reports/999999999").then().statusCode(404);
        Csrf csrf = Csrf.of("/my/reports");
        for (String action : new String[] {"", "/submit", "/reopen"}) {
            given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", "0")
                    .formParam("jobs_total", "1").formParam("note", "x").when().post("/my/reports/" + theirReport.id + action)
                    .then().statusCode(404);
        }
        assertEquals(ProgressReport.State.open, MonitoringFixtures.reload(theirReport.id).state);
        given().when().get("/manage/programs/" + theirs.program().id + "/cohort").then().statusCode(403);
        given().when().get("/manage/reports/" + theirReport.id).then().statusCode(403);
        given().when().get("/admin/impact").then().statusCode(403);
        given().when().get("/admin/impact.csv").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ma-other-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "ma-other-manager"))
    void aManagerOfAnotherOrganizationGets404() {
        Fixtures.organization(Fixtures.unique("Org tierce suivi"), Fixtures.account("ma-other-manager"));
        long program = theirs.program().id;
        given().when().get("/manage/programs/" + program + "/cohort").then().statusCode(404);
        given().when().get("/manage/programs/" + program + "/cohort.csv").then().statusCode(404);
        given().when().get("/manage/programs/" + program + "/reporting").then().statusCode(404);
        given().when().get("/manage/reports/" + theirReport.id).then().statusCode(404);
        Csrf csrf = Csrf.of("/manage/organizations/new");
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", "0")
                .when().post("/manage/reports/" + theirReport.id + "/reopen").then().statusCode(404);
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", "0")
                .formParam("mode", "every").formParam("everyMonths", "1").formParam("forMonths", "2")
                .when().post("/manage/programs/" + program + "/reporting").then().statusCode(404);
        given().when().get("/my/reports").then().statusCode(403);
        given().when().get("/admin/impact").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ma-own-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "ma-own-manager"))
    void formsWithoutTheirTokenAreRefused() {
        var p = MonitoringFixtures.program("ma-own-manager", List.of());
        given().formParam("version", "0").formParam("mode", "every").formParam("everyMonths", "1").formParam("forMonths", "2")
                .when().post("/manage/programs/" + p.program().id + "/reporting").then().statusCode(400);
        given().when().get("/manage/programs/" + p.program().id + "/reporting").then().statusCode(200);
    }
}
