package ml.jigi.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import ml.jigi.code.Region;
import ml.jigi.notification.OutboxMail;
import ml.jigi.web.Csrf;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;
import ml.jigi.web.KeptForms;

/** A founder's report, from its schedule to its submission; what the form refuses, keeps and protects. */
@QuarkusTest
class ProgressReportTest {

    static final String FOUNDER = "rp-founder";

    /** A program reporting in 10 and in 100 days, with a question of its own, and the founder's startup accepted. */
    static MonitoringFixtures.Setup accepted() {
        LocalDate today = Dates.today();
        var p = MonitoringFixtures.program(Fixtures.unique("rp-manager"), List.of(today.plusDays(10), today.plusDays(100)));
        return MonitoringFixtures.accept(p, FOUNDER, Region.segou, true);
    }

    static Response post(String path, Csrf csrf, String... fields) {
        var request = given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.when().post(path);
    }

    @Test
    void acceptanceSchedulesTheReportsOfTheDefaultPlan() {
        var p = MonitoringFixtures.program(Fixtures.unique("rp-manager"), List.of());
        var s = MonitoringFixtures.accept(p, Fixtures.unique("rp-default"), Region.bamako, false);
        List<ProgressReport> reports = MonitoringFixtures.reportsOf(s.application().id);
        LocalDate today = Dates.today();
        assertEquals(List.of(today.plusMonths(3), today.plusMonths(6), today.plusMonths(9), today.plusMonths(12)),
                reports.stream().map(r -> r.dueOn).toList());
        assertEquals(today, reports.get(0).periodStart);
        assertEquals(today.plusMonths(3).plusDays(1), reports.get(1).periodStart);
        assertTrue(reports.stream().allMatch(r -> r.state == ProgressReport.State.open && r.acceptedOn.equals(today)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxMail.count(
                "recipient = ?1 and template = 'application_decision'", s.founder().email)));
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void theFounderSeesTheReportDueAndUpcomingOnes() {
        var s = accepted();
        List<ProgressReport> reports = MonitoringFixtures.reportsOf(s.application().id);
        Document list = Jsoup.parse(given().when().get("/my/reports").then().statusCode(200).extract().asString());
        assertEquals("due", list.select("[data-report=" + reports.get(0).id + "]").attr("data-status"));
        assertTrue(list.select("[data-report=" + reports.get(1).id + "]").isEmpty(), "not open yet");
        assertEquals(1, list.select("[data-upcoming=" + reports.get(1).id + "]").size());
        Document form = Jsoup.parse(given().when().get("/my/reports/" + reports.get(0).id).then().statusCode(200).extract().asString());
        assertEquals("Qu’avez-vous appris ?", form.select("label[for=q0]").text());
        assertEquals(1, form.select("#report-form input[name=jobs_total]").size());
        Document english = Jsoup.parse(given().cookie("jigi_lang", "en").when().get("/my/reports/" + reports.get(0).id).then()
                .statusCode(200).extract().asString());
        assertEquals("en", english.select("html").attr("lang"));
        assertEquals("Jobs (people employed at the end of the period) (required)", english.select("label[for=jobs_total]").text());
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void badInputIsExplainedNextToItsFieldKeptAndNothingIsSaved() {
        var s = accepted();
        ProgressReport r = MonitoringFixtures.reportsOf(s.application().id).get(0);
        Csrf csrf = Csrf.of("/my/reports/" + r.id);
        String html = post("/my/reports/" + r.id + "/submit", csrf, "version", String.valueOf(r.version), "jobs_total", "4",
                "jobs_women", "6", "jobs_youth", "deux", "funding_raised_xof", "1000000", "funding_kind", "none",
                "customers", "", "revenue_band", "1m_10m", "q0", "Beaucoup")
                .then().statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertEquals("Ne peut pas dépasser le nombre total d’emplois (4).", page.select("#jobs_women-error").text());
        assertEquals("true", page.select("#jobs_women").attr("aria-invalid"));
        assertEquals(1, page.select("#jobs_youth-error").size());
        assertEquals("Indiquez la nature des fonds levés.", page.select("#funding_kind-error").text());
        assertEquals(1, page.select("#customers-error").size(), "required to submit");
        assertEquals("6", page.select("#jobs_women").val());
        assertEquals("deux", page.select("#jobs_youth").val());
        assertEquals("Beaucoup", page.select("#q0").text());
        ProgressReport after = MonitoringFixtures.reload(r.id);
        assertEquals(ProgressReport.State.open, after.state);
        assertNull(after.jobsTotal);
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void aDraftIsSavedPartlyThenSubmittedThenClosedToChange() {
        var s = accepted();
        ProgressReport r = MonitoringFixtures.reportsOf(s.application().id).get(0);
        Csrf csrf = Csrf.of("/my/reports/" + r.id);
        post("/my/reports/" + r.id, csrf, "version", "0", "jobs_total", "5", "q0", "La patience").then().statusCode(303)
                .header("Location", containsString("/my/reports/" + r.id + "?done=saved"));
        ProgressReport draft = MonitoringFixtures.reload(r.id);
        assertEquals(ProgressReport.State.draft, draft.state);
        assertEquals(5, draft.jobsTotal);
        assertEquals("La patience", draft.answerMap().get("Qu’avez-vous appris ?"));
        assertEquals("draft", Jsoup.parse(given().when().get("/my/reports").then().extract().asString())
                .select("[data-report=" + r.id + "]").attr("data-status"));

        post("/my/reports/" + r.id + "/submit", csrf, "version", String.valueOf(draft.version), "jobs_total", "5",
                "jobs_women", "2", "jobs_youth", "4", "funding_raised_xof", "2 500 000", "funding_kind", "grant",
                "customers", "120", "revenue_band", "1m_10m", "milestone", "Premier contrat", "q0", "La patience")
                .then().statusCode(303).header("Location", containsString("?done=submitted"));
        ProgressReport sent = MonitoringFixtures.reload(r.id);
        assertEquals(ProgressReport.State.submitted, sent.state);
        assertEquals(2_500_000L, sent.fundingRaisedXof);
        assertEquals(FundingKind.grant, sent.fundingKind);
        assertNotNull(sent.submittedAt);
        assertEquals(s.founder().id, sent.submittedBy);

        Document page = Jsoup.parse(given().when().get("/my/reports/" + r.id).then().statusCode(200).extract().asString());
        assertEquals("submitted", page.select("[data-report]").attr("data-status"));
        assertTrue(page.select("#report-form").isEmpty());
        assertEquals("120", page.select("[data-field=customers]").text());
        // A submitted report is not changed by a post: only a manager can reopen it.
        post("/my/reports/" + r.id, csrf, "version", String.valueOf(sent.version), "jobs_total", "50").then().statusCode(409)
                .body(containsString("demandez à l’équipe du programme de le rouvrir"));
        assertEquals(5, MonitoringFixtures.reload(r.id).jobsTotal);
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void theFoundersDataExportHoldsTheirReports() throws Exception {
        var s = accepted();
        ProgressReport r = MonitoringFixtures.reportsOf(s.application().id).get(0);
        MonitoringFixtures.reports().submit(r.id, s.founder().id, r.version, MonitoringFixtures.values(17, 8, 9, 0, FundingKind.none, 3));
        byte[] zip = given().when().get("/me/data").then().statusCode(200).extract().asByteArray();
        String json = null;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("donnees.json")) {
                    json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        var data = new io.restassured.path.json.JsonPath(json);
        assertEquals(17, data.getInt("progress_reports.find { it.due_on == '" + r.dueOn + "' && it.startup == '"
                + s.startup().slug + "' }.jobs_total"));
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void twoEditsAtOnceConflictOpenly() {
        var s = accepted();
        ProgressReport r = MonitoringFixtures.reportsOf(s.application().id).get(0);
        Csrf csrf = Csrf.of("/my/reports/" + r.id);
        post("/my/reports/" + r.id, csrf, "version", "0", "jobs_total", "5").then().statusCode(303);
        String html = post("/my/reports/" + r.id, csrf, "version", "0", "jobs_total", "9").then().statusCode(409)
                .extract().asString();
        assertEquals("9", Jsoup.parse(html).select("#jobs_total").val(), "the second person's input is kept");
        assertEquals(5, MonitoringFixtures.reload(r.id).jobsTotal, "and the first save stands");
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void theFounderAsksToReopenAndTheManagerIsToldAndReopens() {
        var s = accepted();
        ProgressReport r = MonitoringFixtures.reportsOf(s.application().id).get(0);
        MonitoringFixtures.reports().submit(r.id, s.founder().id, r.version, MonitoringFixtures.values(3, 1, 1, 0, FundingKind.none, 10));
        Csrf csrf = Csrf.of("/my/reports/" + r.id);
        post("/my/reports/" + r.id + "/reopen", csrf, "note", "").then().statusCode(422);
        post("/my/reports/" + r.id + "/reopen", csrf, "note", "Nous avons oublié deux salariés.").then().statusCode(303);
        assertNotNull(MonitoringFixtures.reload(r.id).reopenAskedAt);
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>find(
                "recipient = ?1 and template = 'report_reopen_asked'", s.manager().email).firstResult());
        assertTrue(mail.payload.contains("Nous avons oublié deux salariés."), mail.payload);

        ProgressReport asked = MonitoringFixtures.reload(r.id);
        MonitoringFixtures.reports().reopen(r.id, s.manager().id, asked.version);
        ProgressReport reopened = MonitoringFixtures.reload(r.id);
        assertEquals(ProgressReport.State.draft, reopened.state);
        assertEquals(3, reopened.jobsTotal, "what was sent is kept to be corrected");
        assertNull(reopened.reopenAskedAt);
    }

    @Test
    void aPostAfterTheSessionEndedIsKeptForTheForm() {
        var s = accepted();
        ProgressReport r = MonitoringFixtures.reportsOf(s.application().id).get(0);
        byte[] raw = new byte[16];
        new java.security.SecureRandom().nextBytes(raw);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw); // as a browser's form-token cookie
        Response answer = given().redirects().follow(false).cookie(Csrf.COOKIE, token).formParam(Csrf.FIELD, token)
                .formParam("version", "0").formParam("jobs_total", "12").formParam("milestone", "Écrit pendant une heure")
                .when().post("/my/reports/" + r.id + "/submit");
        answer.then().statusCode(303).header("Location", containsString("/my/reports/" + r.id));
        assertNotNull(answer.getCookie(KeptForms.COOKIE), "the copy's key goes to this browser");
        assertEquals(ProgressReport.State.open, MonitoringFixtures.reload(r.id).state, "nothing saved without a login");
    }

    @Test
    void aNewPlanReschedulesUntouchedReportsAndKeepsWrittenOnes() {
        LocalDate today = Dates.today();
        var s = accepted();
        List<ProgressReport> before = MonitoringFixtures.reportsOf(s.application().id);
        MonitoringFixtures.reports().save(before.get(0).id, s.founder().id, before.get(0).version,
                MonitoringFixtures.values(1, 0, 0, 0, FundingKind.none, 0));
        MonitoringFixtures.reports().plan(s.program().id, s.manager().id, 0, null, null,
                today.plusDays(50) + "," + today.plusDays(200), null);
        List<ProgressReport> after = MonitoringFixtures.reportsOf(s.application().id);
        assertEquals(List.of(today.plusDays(10), today.plusDays(50), today.plusDays(200)), after.stream().map(x -> x.dueOn).toList());
        assertEquals(ProgressReport.State.draft, after.get(0).state, "the draft stays");
        assertEquals(today.plusDays(11), after.get(1).periodStart);
    }
}
