package ml.jigi.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import ml.jigi.code.Stage;
import ml.jigi.notification.OutboxMail;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramQuestion;
import ml.jigi.web.Csrf;
import ml.jigi.web.Dates;
import ml.jigi.web.PageChecks;

/** The founder's side: one application per startup and program, drafts kept as typed, submission checked. */
@QuarkusTest
class ApplyTest {

    /** A multipart request as a browser sends it: the token, and text parts in UTF-8 (see {@link #with}). */
    static RequestSpecification multipart(Csrf csrf) {
        return given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token());
    }

    static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain")
                .charset(java.nio.charset.StandardCharsets.UTF_8).build();
    }

    static long idFrom(String location) {
        return Long.parseLong(location.replaceAll(".*/my/applications/(\\d+).*", "$1"));
    }

    @Test
    @TestSecurity(user = "ap-founder", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "ap-founder"), @Claim(key = "email", value = "ap-founder@example.ml")})
    void applyingTwiceOrAtOnceMakesOneApplication() throws Exception {
        var s = ApplicationFixtures.setup("ap-founder", ml.jigi.web.Fixtures.unique("ap-manager"));
        Csrf csrf = Csrf.of("/programs/" + s.program().slug + "/apply");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        Set<String> locations = new HashSet<>();
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie())
                        .formParam(Csrf.FIELD, csrf.token()).formParam("startup", s.startup().id)
                        .when().post("/programs/" + s.program().slug + "/apply").then().statusCode(303).extract()
                        .header("Location"));
            }
            for (Future<String> f : pool.invokeAll(calls)) {
                locations.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, locations.size(), locations.toString());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Application.count(
                "program.id = ?1 and startup.id = ?2", s.program().id, s.startup().id)));
        // With one startup and its application started, "Postuler" goes straight to it.
        given().redirects().follow(false).when().get("/programs/" + s.program().slug + "/apply").then().statusCode(303)
                .header("Location", containsString(locations.iterator().next().replaceAll(".*(/my/applications/\\d+).*", "$1")));
    }

    @Test
    @TestSecurity(user = "ap-drafter", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "ap-drafter"), @Claim(key = "email", value = "ap-drafter@example.ml")})
    void aDraftKeepsAnythingAndSubmissionSaysWhatIsMissing() {
        var s = ApplicationFixtures.setup("ap-drafter", ml.jigi.web.Fixtures.unique("ap-manager"));
        List<ProgramQuestion> q = ApplicationFixtures.questions(s.program().id);
        long id = ApplicationFixtures.service().start(s.program().id, s.startup().id, s.founder().id).id;
        Application a = ApplicationFixtures.reload(id);
        // Saved as typed, even a wrong number and a missing required answer.
        multipart(Csrf.of("/my/applications/" + id)).multiPart(text("version", String.valueOf(a.version)))
                .multiPart(text(q.get(1).field(), "beaucoup")).when().post("/my/applications/" + id).then().statusCode(303);
        Application draft = ApplicationFixtures.reload(id);
        assertEquals(List.of("beaucoup"), draft.answerMap().get(String.valueOf(q.get(1).id)));
        assertEquals(ApplicationStatus.draft, draft.status);

        String body = multipart(Csrf.of("/my/applications/" + id)).multiPart(text("version", String.valueOf(draft.version)))
                .multiPart(text(q.get(1).field(), "beaucoup")).when().post("/my/applications/" + id + "/submit").then()
                .statusCode(422).extract().asString();
        PageChecks.checkMarkup("the refused submission", body);
        Document page = Jsoup.parse(body);
        assertEquals("Ce champ est obligatoire.", page.select("[id='" + q.get(0).field() + "-error']").text());
        assertEquals("Saisissez un nombre entier, sans lettres (par exemple 5).",
                page.select("[id='" + q.get(1).field() + "-error']").text());
        assertEquals("beaucoup", page.select("[id='" + q.get(1).field() + "']").val());
        assertEquals(ApplicationStatus.draft, ApplicationFixtures.reload(id).status);

        Application fresh = ApplicationFixtures.reload(id);
        multipart(Csrf.of("/my/applications/" + id)).multiPart(text("version", String.valueOf(fresh.version)))
                .multiPart(text(q.get(0).field(), "Des jus de mangue pressés à froid")).multiPart(text(q.get(1).field(), "120"))
                .when().post("/my/applications/" + id + "/submit").then().log().ifValidationFails().statusCode(303);
        Application submitted = ApplicationFixtures.reload(id);
        assertEquals(ApplicationStatus.submitted, submitted.status);
        assertTrue(submitted.matchScoreAtSubmit != null && submitted.matchScoreAtSubmit > 0);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxMail.count(
                "recipient = ?1 and template = 'application_submitted'", "ap-drafter@example.ml")), "a receipt is queued");
        given().when().get("/my/applications").then().statusCode(200)
                .body(containsString("data-application=\"" + id + "\" data-status=\"submitted\""));
        given().when().get("/my/applications/" + id + "?done=submitted").then()
                .body(containsString("Candidature envoyée."))
                .body(containsString("Des jus de mangue pressés à froid"));
    }

    @Test
    @TestSecurity(user = "ap-late", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "ap-late"))
    void aPassedDeadlineOrAnUnmetRuleStopsTheSubmissionAndSaysWhy() {
        var s = ApplicationFixtures.setup("ap-late", ml.jigi.web.Fixtures.unique("ap-manager"));
        List<ProgramQuestion> q = ApplicationFixtures.questions(s.program().id);
        long id = ApplicationFixtures.service().start(s.program().id, s.startup().id, s.founder().id).id;
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(s.program().id);
            p.opensAt = Dates.today().minusDays(30);
            p.deadline = Dates.today().minusDays(1);
            p.stages = EnumSet.of(Stage.growth);
        });
        Application a = ApplicationFixtures.reload(id);
        String body = multipart(Csrf.of("/my/applications/" + id)).multiPart(text("version", String.valueOf(a.version)))
                .multiPart(text(q.get(0).field(), "Réponse")).when().post("/my/applications/" + id + "/submit").then()
                .statusCode(422).extract().asString();
        String blocking = Jsoup.parse(body).select("#blocking").text();
        assertTrue(blocking.contains("Candidatures closes depuis le"), blocking);
        assertTrue(blocking.contains("Réservé aux startups au stade Croissance ou plus"), blocking);
        assertEquals(ApplicationStatus.draft, ApplicationFixtures.reload(id).status);
        assertEquals(List.of("Réponse"), ApplicationFixtures.reload(id).answerMap().get(String.valueOf(q.get(0).id)),
                "the answer typed with the refused submission is kept");
    }

    @Test
    @TestSecurity(user = "ap-quitter", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "ap-quitter"))
    void aFounderWithdrawsOnceAndAFinalApplicationCannotMove() {
        var s = ApplicationFixtures.setup("ap-quitter", ml.jigi.web.Fixtures.unique("ap-manager"));
        Application a = ApplicationFixtures.submitted(s);
        Csrf csrf = Csrf.of("/my/applications/" + a.id);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("version", a.version).when().post("/my/applications/" + a.id + "/withdraw").then().statusCode(303);
        Application withdrawn = ApplicationFixtures.reload(a.id);
        assertEquals(ApplicationStatus.withdrawn, withdrawn.status);
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", withdrawn.version)
                .when().post("/my/applications/" + a.id + "/withdraw").then().statusCode(409)
                .body(containsString("<h1>Conflit</h1>"));
    }
}
