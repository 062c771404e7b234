package ml.jigi.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import ml.jigi.audit.AuditEntry;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/** "Signaler": logged-in people report public items, at most five a day; administrators close reports saying what was done. */
@QuarkusTest
class ReportTest {

    static final String REPORTER = "rp-reporter";

    /** A public startup with an owner of its own. */
    private static Startup publicStartup() {
        return Fixtures.startup(Fixtures.unique("Startup signalée"), Fixtures.account(Fixtures.unique("rp-owner")));
    }

    /** An open report of the startup by someone else, as the "Signaler" form saves it. */
    private static Report openReport(Startup startup) {
        long reporter = Fixtures.account(Fixtures.unique("rp-someone")).id;
        return QuarkusTransaction.requiringNew().call(() -> {
            Report r = new Report();
            r.objectType = ModerationService.Kind.startup;
            r.objectId = startup.id;
            r.reporterId = reporter;
            r.reason = Report.Reason.false_information;
            r.message = "Le chiffre d’affaires annoncé est faux.";
            r.createdAt = Instant.now();
            r.persist();
            return r;
        });
    }

    static Response send(Csrf csrf, String kind, String slug, String reason, String message) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("kind", kind)
                .formParam("slug", slug).formParam("reason", reason).formParam("message", message).when().post("/report");
    }

    static long reports(ModerationService.Kind kind, long objectId) {
        return QuarkusTransaction.requiringNew().call(() -> Report.count("objectType = ?1 and objectId = ?2", kind, objectId));
    }

    @Test
    void everyPublicPageOffersToReportAndAnonymousVisitorsLogInFirst() {
        Startup startup = publicStartup();
        Organization org = Fixtures.organization(Fixtures.unique("Org signalée"), null);
        Program program = Fixtures.program(org, Fixtures.unique("Programme signalé"));
        given().when().get("/startups/" + startup.slug).then().body(containsString("/report?kind=startup&amp;slug=" + startup.slug));
        given().when().get("/organizations/" + org.slug).then().body(containsString("/report?kind=organization"));
        given().when().get("/programs/" + program.slug).then().body(containsString("/report?kind=program"));
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        given().redirects().follow(false).when().get("/report?kind=startup&slug=" + startup.slug).then().statusCode(302)
                .header("Location", startsWith(keycloak));
    }

    @Test
    @TestSecurity(user = REPORTER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = REPORTER))
    void aReportNeedsItsDetailsWhenTheReasonIsOtherAndIsSentOnce() {
        Startup startup = publicStartup();
        Csrf csrf = Csrf.of("/report?kind=startup&slug=" + startup.slug);
        Document refused = Jsoup.parse(send(csrf, "startup", startup.slug, "other", "").then().statusCode(422).extract().asString());
        assertTrue(!refused.select("#message-error").text().isEmpty());
        assertEquals("other", refused.select("#reason option[selected]").val());
        assertEquals(0, reports(ModerationService.Kind.startup, startup.id));

        send(csrf, "startup", startup.slug, "false_information", "Le chiffre d’affaires annoncé est faux.").then()
                .statusCode(303).header("Location", containsString("sent=1"));
        send(csrf, "startup", startup.slug, "spam", "").then().statusCode(303);
        assertEquals(1, reports(ModerationService.Kind.startup, startup.id), "one open report per person and item");
        given().when().get("/report?kind=startup&slug=" + startup.slug + "&sent=1").then().statusCode(200)
                .body(containsString("Merci"));

        given().when().get("/report?kind=startup&slug=does-not-exist").then().statusCode(404);
        given().when().get("/report?kind=spaceship&slug=" + startup.slug).then().statusCode(404);
        given().when().get("/report").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rp-busy", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "rp-busy"))
    void atMostFiveReportsADay() {
        Program program = Fixtures.program(Fixtures.organization(Fixtures.unique("Org signalée"), null),
                Fixtures.unique("Programme signalé"));
        Csrf csrf = Csrf.of("/report?kind=program&slug=" + program.slug);
        for (int i = 0; i < ReportResource.PER_DAY; i++) {
            Startup s = Fixtures.startup(Fixtures.unique("Startup " + i), null);
            send(csrf, "startup", s.slug, "spam", "").then().statusCode(303);
        }
        send(csrf, "program", program.slug, "spam", "").then().statusCode(429).body(containsString("réessayez demain"));
        assertEquals(0, reports(ModerationService.Kind.program, program.id));
    }

    @Test
    @TestSecurity(user = "rp-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "rp-admin"))
    void anAdministratorClosesAReportSayingWhatWasDone() {
        Report r = openReport(publicStartup());
        Document list = Jsoup.parse(given().when().get("/admin/reports").then().statusCode(200).extract().asString());
        assertEquals(1, list.select("#open [data-report=" + r.id + "]").size());

        Csrf csrf = Csrf.of("/admin/reports/" + r.id);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("version", r.version).formParam("resolution", "").when().post("/admin/reports/" + r.id).then()
                .statusCode(422).body(containsString("resolution-error"));
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("version", r.version + 1).formParam("resolution", "Vérifié").when().post("/admin/reports/" + r.id)
                .then().statusCode(409);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", r.version)
                .formParam("resolution", "Chiffres corrigés par la fondatrice.").when().post("/admin/reports/" + r.id).then()
                .statusCode(303);
        Report closed = QuarkusTransaction.requiringNew().call(() -> Report.<Report>findById(r.id));
        assertEquals(Report.Status.closed, closed.status);
        assertEquals("Chiffres corrigés par la fondatrice.", closed.resolution);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'report.close' and objectId = ?1", r.id)));
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("version", closed.version).formParam("resolution", "Encore").when().post("/admin/reports/" + r.id)
                .then().statusCode(409).body(containsString("déjà clos")).body(containsString("Chiffres corrigés par la fondatrice."));
        given().when().get("/admin/reports/999999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rp-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "rp-manager"))
    void othersCannotReadOrCloseReports() {
        long id = openReport(publicStartup()).id;
        given().when().get("/admin/reports").then().statusCode(403);
        given().when().get("/admin/reports/" + id).then().statusCode(403);
        Csrf csrf = Csrf.of("/manage/organizations/new");
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", 0)
                .formParam("resolution", "x").when().post("/admin/reports/" + id).then().statusCode(403);
    }
}
