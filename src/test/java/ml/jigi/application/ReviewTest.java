package ml.jigi.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;
import ml.jigi.notification.OutboxMail;
import ml.jigi.program.OrganizationManager;
import ml.jigi.program.RubricCriterion;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;
import ml.jigi.web.PageChecks;

/** The managers' side: the list, reviews hidden until yours, conflicts, the more-information loop, decisions, CSV. */
@QuarkusTest
class ReviewTest {

    static void addManager(long orgId, Account other) {
        QuarkusTransaction.requiringNew().run(() -> OrganizationManager.of(orgId, other.id, java.time.Instant.now()).persist());
    }

    @Test
    @TestSecurity(user = "rv-first", roles = "manager")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "rv-first"), @Claim(key = "name", value = "Première Évaluatrice")})
    void othersReviewsStayHiddenUntilYoursAndTheAverageIsTheRubricsWeightedMean() {
        var s = ApplicationFixtures.setup(Fixtures.unique("rv-founder"), "rv-first");
        Account second = Fixtures.account(Fixtures.unique("rv-second"));
        addManager(s.org().id, second);
        Application a = ApplicationFixtures.submitted(s);
        List<RubricCriterion> rubric = ApplicationFixtures.rubric(s.program().id);
        // The second reviewer reviews first: 5/5 on team (weight 2), 5/10 on market (weight 1).
        ApplicationFixtures.service().review(a.id, second.id, Map.of(String.valueOf(rubric.get(0).id), 5,
                String.valueOf(rubric.get(1).id), 5), "Très bonne équipe", Recommendation.yes, false);

        Document before = Jsoup.parse(given().when().get("/manage/applications/" + a.id).then().statusCode(200).extract().asString());
        assertTrue(before.select("#reviews .help").text().contains("1 autre(s) évaluation(s)"), before.select("#reviews").text());
        assertTrue(before.select("#reviews").text().indexOf("Très bonne équipe") < 0, "hidden until mine is in");

        Csrf csrf = Csrf.of("/manage/applications/" + a.id);
        String refused = given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam(rubric.get(0).scoreField(), "9").formParam("recommendation", "maybe")
                .when().post("/manage/applications/" + a.id + "/review").then().statusCode(422).extract().asString();
        PageChecks.checkMarkup("the refused review", refused);
        assertEquals("Le nombre doit être au plus 5.", Jsoup.parse(refused).select("[id='" + rubric.get(0).scoreField() + "-error']").text());

        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam(rubric.get(0).scoreField(), "4").formParam(rubric.get(1).scoreField(), "10")
                .formParam("comment", "Marché clair").formParam("recommendation", "maybe")
                .when().post("/manage/applications/" + a.id + "/review").then().statusCode(303);
        given().when().get("/manage/applications/" + a.id).then().body(containsString("Très bonne équipe"));
        // Second: (2×5/5 + 1×5/10)/3 = 83.33; mine: (2×4/5 + 1×10/10)/3 = 86.67; mean 85.00.
        Application reviewed = ApplicationFixtures.reload(a.id);
        assertEquals(new BigDecimal("85.00"), reviewed.reviewAverage);
        assertEquals(2, reviewed.reviewCount);
    }

    @Test
    @TestSecurity(user = "rv-conflicted", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "rv-conflicted"))
    void aConflictOfInterestRemovesTheReviewer() {
        var s = ApplicationFixtures.setup(Fixtures.unique("rv-founder"), "rv-conflicted");
        Account other = Fixtures.account(Fixtures.unique("rv-other"));
        addManager(s.org().id, other);
        Application a = ApplicationFixtures.submitted(s);
        List<RubricCriterion> rubric = ApplicationFixtures.rubric(s.program().id);
        ApplicationFixtures.service().review(a.id, other.id, Map.of(String.valueOf(rubric.get(0).id), 3,
                String.valueOf(rubric.get(1).id), 6), "Avis confidentiel", Recommendation.no, false);
        Csrf csrf = Csrf.of("/manage/applications/" + a.id);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("conflict", "on").when().post("/manage/applications/" + a.id + "/review").then().statusCode(303);
        given().when().get("/manage/applications/" + a.id + "?done=conflict").then()
                .body(containsString("Conflit d’intérêts déclaré")).body(not(containsString("Avis confidentiel")));
        assertEquals(1, ApplicationFixtures.reload(a.id).reviewCount, "the conflicted reviewer does not count");
    }

    @Test
    @TestSecurity(user = "rv-asker", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "rv-asker"))
    void theMoreInformationLoopAndADecisionReachTheFounder() {
        var s = ApplicationFixtures.setup(Fixtures.unique("rv-founder"), "rv-asker");
        Application a = ApplicationFixtures.submitted(s);
        Csrf csrf = Csrf.of("/manage/applications/" + a.id);
        decide(csrf, a.id, a.version, "more_info", "Envoyez vos chiffres de vente 2026.").statusCode(303);
        Application asked = ApplicationFixtures.reload(a.id);
        assertEquals(ApplicationStatus.more_info, asked.status);
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>find(
                "recipient = ?1 and template = 'application_more_info'", s.founder().email).singleResult());
        assertTrue(mail.payload.contains("Envoyez vos chiffres de vente 2026."));

        ApplicationFixtures.service().answer(a.id, s.founder().id, asked.version,
                new AnswerForm.Typed(Map.of(), Map.of(), java.util.Set.of()), "Voici nos chiffres.");
        Application answered = ApplicationFixtures.reload(a.id);
        assertEquals(ApplicationStatus.under_review, answered.status);

        // An illegal move is refused with words, next to the field.
        String refused = decide(csrf, a.id, answered.version, "under_review", "").statusCode(422).extract().asString();
        assertTrue(Jsoup.parse(refused).select("#status-error").text().startsWith("Impossible de passer de"));

        decide(csrf, a.id, answered.version, "accepted", "Bienvenue dans la cohorte !").statusCode(303);
        Application accepted = ApplicationFixtures.reload(a.id);
        assertEquals(ApplicationStatus.accepted, accepted.status);
        assertEquals("Bienvenue dans la cohorte !", accepted.decisionMessage);
        given().when().get("/manage/applications/" + a.id).then()
                .body(containsString("Voici nos chiffres.")).body(containsString("data-status=\"accepted\""));
    }

    @Test
    @TestSecurity(user = "rv-racer", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "rv-racer"))
    void twoStatusChangesAtOnceGiveOneWinnerAndOneClearConflict() throws Exception {
        var s = ApplicationFixtures.setup(Fixtures.unique("rv-founder"), "rv-racer");
        Application a = ApplicationFixtures.submitted(s);
        Csrf csrf = Csrf.of("/manage/applications/" + a.id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of("shortlisted", "rejected").stream().map(next -> (Callable<Integer>) () ->
                    decide(csrf, a.id, a.version, next, "Décision " + next).extract().statusCode()).toList();
            List<Integer> codes = pool.invokeAll(both).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
            assertEquals(List.of(303, 409), codes);
        } finally {
            pool.shutdown();
        }
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.count(
                "applicationId = ?1", a.id)) - 1, "one status change besides the submission");
    }

    /**
     * The second of two decisions, taken on the page as it was before the first, is told that the
     * application changed meanwhile, even when its move would not be allowed from the new status
     * (rejected, then shortlisted): the race above, in the order that used to answer 422.
     */
    @Test
    @TestSecurity(user = "rv-second", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "rv-second"))
    void aDecisionOnAnOlderPageIsAConflictNotAnIllegalMove() {
        var s = ApplicationFixtures.setup(Fixtures.unique("rv-founder"), "rv-second");
        Application a = ApplicationFixtures.submitted(s);
        Csrf csrf = Csrf.of("/manage/applications/" + a.id);
        decide(csrf, a.id, a.version, "rejected", "Non retenue.").statusCode(303);
        String page = decide(csrf, a.id, a.version, "shortlisted", "Présélectionnée !").statusCode(409).extract().asString();
        assertTrue(page.contains("a changé pendant que vous la regardiez"), "the conflict, in words");
        assertEquals(ApplicationStatus.rejected, ApplicationFixtures.reload(a.id).status, "the first decision stands");
    }

    @Test
    @TestSecurity(user = "rv-lister", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "rv-lister"))
    void theListCountsFiltersBulkMovesAndExportsCsv() {
        var s = ApplicationFixtures.setup(Fixtures.unique("rv-founder"), "rv-lister");
        Application a = ApplicationFixtures.submitted(s);
        var t = ApplicationFixtures.setup(Fixtures.unique("rv-founder2"), Fixtures.unique("rv-x"));
        // A second startup applying to the same program.
        Application b = ApplicationFixtures.service().start(s.program().id, t.startup().id, t.founder().id);
        Document list = Jsoup.parse(given().when().get("/manage/programs/" + s.program().id + "/applications").then()
                .statusCode(200).extract().asString());
        assertEquals("1", list.select("[data-count=submitted] strong").text());
        assertEquals(1, list.select("[data-application]").size(), "drafts are not shown to managers");
        assertEquals("submitted", list.select("[data-application=" + a.id + "]").attr("data-status"));

        Csrf csrf = Csrf.of("/manage/programs/" + s.program().id + "/applications");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("ids", a.id).formParam("ids", b.id).formParam("newStatus", "under_review")
                .formParam("message", "Nous lisons votre dossier.")
                .when().post("/manage/programs/" + s.program().id + "/applications/status").then().statusCode(303)
                .header("Location", containsString("moved=1"));
        assertEquals(ApplicationStatus.under_review, ApplicationFixtures.reload(a.id).status);
        assertEquals(ApplicationStatus.draft, ApplicationFixtures.reload(b.id).status, "a draft cannot be moved");

        // The list is kept rendered, yet the next page shows every change: the move, and a startup renamed.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                ml.jigi.startup.Startup.<ml.jigi.startup.Startup>findById(s.startup().id).name = "Nom changé " + a.id);
        Document after = Jsoup.parse(given().when().get("/manage/programs/" + s.program().id + "/applications").then()
                .statusCode(200).extract().asString());
        assertEquals("under_review", after.select("[data-application=" + a.id + "]").attr("data-status"));
        assertEquals("1", after.select("[data-count=under_review] strong").text());
        assertTrue(after.select("[data-count=submitted]").isEmpty(), after.select(".counts").text());
        assertEquals("Nom changé " + a.id, after.select("[data-application=" + a.id + "] a").text());

        String csv = given().when().get("/manage/programs/" + s.program().id + "/applications.csv").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", containsString("attachment")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFapplication;status;submitted_at;startup"), lines.get(0));
        assertTrue(lines.get(0).contains("Décrivez votre produit") && lines.get(0).contains("Équipe (/5)"));
        assertEquals(2, lines.size(), "the header and one application (no draft)");
        assertTrue(lines.get(1).startsWith(a.id + ";under_review;"), lines.get(1));
        assertTrue(lines.get(1).contains("Un produit qui marche"));

        // The move and the export are in the audit trail.
        assertEquals(1L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ml.jigi.audit.AuditEntry
                .count("action = 'application.status' and objectId = ?1 and details = 'submitted → under_review'", a.id)));
        assertEquals(1L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ml.jigi.audit.AuditEntry
                .count("action = 'application.export' and objectId = ?1", s.program().id)));
    }

    /** A manager's decision posted from the application's page, as loaded at {@code version}; redirects not followed. */
    private static io.restassured.response.ValidatableResponse decide(Csrf csrf, long id, long version, String status,
            String message) {
        return given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("version", version).formParam("status", status).formParam("message", message)
                .when().post("/manage/applications/" + id + "/status").then();
    }
}
