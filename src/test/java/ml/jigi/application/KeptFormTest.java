package ml.jigi.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import ml.jigi.program.ProgramQuestion;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;
import ml.jigi.web.KeptForms;

/**
 * A form posted after the session ended is kept, not lost: the browser goes to the form (which asks
 * for the login) and, once logged in, finds what it typed; only that browser, only once.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeptFormTest {

    static final String FOUNDER = "kf-founder";
    static ApplicationFixtures.Setup setup;
    static Application draft;
    static ProgramQuestion first;
    /** What the draft holds before anything is posted (pre-filled from the profile). */
    static java.util.Map<String, java.util.List<String>> before;
    /** A form-token cookie as the browser had it before its session ended. */
    static final String TOKEN = token();
    static String keptKey;
    static String typed = "Nous séchons les mangues au soleil — écrit pendant une heure, sans réseau.";

    /** A text part as a browser sends it: UTF-8. */
    static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name)
                .charset(java.nio.charset.StandardCharsets.UTF_8).build();
    }

    static String token() {
        byte[] raw = new byte[16];
        new SecureRandom().nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @BeforeAll
    static void aDraft() {
        setup = ApplicationFixtures.setup(FOUNDER, Fixtures.unique("kf-manager"));
        draft = ApplicationFixtures.service().start(setup.program().id, setup.startup().id, setup.founder().id);
        first = ApplicationFixtures.questions(setup.program().id).get(0);
        before = ApplicationFixtures.reload(draft.id).answerMap();
    }

    @Test
    @Order(1)
    void aPostWithoutSessionIsKeptAndSentToTheForm() {
        Response answer = given().redirects().follow(false).cookie(Csrf.COOKIE, TOKEN)
                .multiPart(Csrf.FIELD, TOKEN).multiPart("version", String.valueOf(draft.version))
                .multiPart(text("q" + first.id, typed))
                .when().post("/my/applications/" + draft.id + "/submit");
        assertEquals(303, answer.statusCode(), answer.asString());
        assertTrue(answer.header("Location").endsWith("/my/applications/" + draft.id), answer.header("Location"));
        keptKey = answer.getCookie(KeptForms.COOKIE);
        assertNotNull(keptKey, "the browser holds the key to its copy");
        assertEquals(before, ApplicationFixtures.reload(draft.id).answerMap(), "nothing saved without a login");
        // The form itself asks for the login.
        given().redirects().follow(false).cookie(KeptForms.COOKIE, keptKey).when().get("/my/applications/" + draft.id)
                .then().statusCode(302);
    }

    @Test
    @Order(2)
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void anotherBrowserWithoutTheFormTokenGetsNothing() {
        // The key alone (without the form token of the browser that posted) shows nothing, and spends the copy.
        Document page = Jsoup.parse(given().cookie(KeptForms.COOKIE, keptKey).cookie(Csrf.COOKIE, token())
                .when().get("/my/applications/" + draft.id).then().statusCode(200).extract().asString());
        assertEquals(String.join("", before.get(String.valueOf(first.id))),
                page.select("textarea[name=q" + first.id + "]").text(), "the saved draft, not the copy");
        assertTrue(!page.html().contains("Votre session avait pris fin"));
    }

    @Test
    @Order(4)
    void aSecondPostWithoutSessionKeepsItsOwnCopy() {
        Response answer = given().redirects().follow(false).cookie(Csrf.COOKIE, TOKEN)
                .multiPart(Csrf.FIELD, TOKEN).multiPart("version", "0")
                .multiPart(text("q" + first.id, typed + " Encore une phrase."))
                .multiPart("q" + first.id + "x", "presentation.pdf", "%PDF-1.4".getBytes(), "application/pdf")
                .when().post("/my/applications/" + draft.id);
        assertEquals(303, answer.statusCode());
        keptKey = answer.getCookie(KeptForms.COOKIE);
        assertNotNull(keptKey);
    }

    @Test
    @Order(5)
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void theOwnerFindsTheCopyWithTheVersionItWasWrittenOn() {
        String page = given().cookie(KeptForms.COOKIE, keptKey).cookie(Csrf.COOKIE, TOKEN)
                .when().get("/my/applications/" + draft.id).then().statusCode(200)
                .body(containsString("Votre session avait pris fin"))
                .body(containsString("choisissez-les à nouveau")).extract().asString();
        Document doc = Jsoup.parse(page);
        assertEquals(typed + " Encore une phrase.", doc.select("textarea[name=q" + first.id + "]").text());
        assertEquals("0", doc.select("input[name=version]").val(), "a later save still sees what changed meanwhile");
        // Once: the next visit shows the saved answers.
        Document next = Jsoup.parse(given().cookie(KeptForms.COOKIE, keptKey).cookie(Csrf.COOKIE, TOKEN)
                .when().get("/my/applications/" + draft.id).then().statusCode(200).extract().asString());
        assertEquals(String.join("", before.get(String.valueOf(first.id))), next.select("textarea[name=q" + first.id + "]").text());
        assertEquals(before, ApplicationFixtures.reload(draft.id).answerMap(), "a copy is never saved by itself");
    }

    @Test
    @Order(6)
    @TestSecurity(user = "kf-stranger", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "kf-stranger"))
    void aCopyIsNeverShownOnSomeoneElsesApplication() {
        Fixtures.account("kf-stranger");
        given().cookie(KeptForms.COOKIE, "anything").cookie(Csrf.COOKIE, TOKEN)
                .when().get("/my/applications/" + draft.id).then().statusCode(404);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "kf-manager-only", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "kf-manager-only"))
    void aLoggedInNonFounderIsRefused() {
        Fixtures.account("kf-manager-only");
        given().cookie(Csrf.COOKIE, TOKEN).multiPart(Csrf.FIELD, TOKEN).multiPart("version", "0")
                .when().post("/my/applications/" + draft.id).then().statusCode(403);
    }

    @Test
    @Order(9)
    void nothingIsKeptForAnApplicationThatDoesNotExist() {
        Response answer = given().redirects().follow(false).cookie(Csrf.COOKIE, TOKEN).multiPart(Csrf.FIELD, TOKEN)
                .multiPart("version", "0").multiPart(text("q1", "x")).when().post("/my/applications/999999999/submit");
        assertEquals(303, answer.statusCode());
        assertNull(answer.getCookie(KeptForms.COOKIE));
    }

    @Test
    @Order(8)
    void aPostWithoutFormTokenIsRefusedAndKeepsNothing() {
        Response answer = given().redirects().follow(false).multiPart("version", "0").multiPart("q" + first.id, "x")
                .when().post("/my/applications/" + draft.id);
        assertEquals(400, answer.statusCode());
        assertNull(answer.getCookie(KeptForms.COOKIE));
    }
}
