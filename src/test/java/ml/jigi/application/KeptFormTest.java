package ml.jigi.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
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
class KeptFormTest {

    static final String FOUNDER = "kf-founder";
    static final String TYPED = "Nous séchons les mangues au soleil — écrit pendant une heure, sans réseau.";

    /**
     * A draft application, its first question (a long answer), and what it holds before anything is
     * posted (pre-filled from the profile).
     */
    private record Draft(Application application, ProgramQuestion first, Map<String, List<String>> before) {

        String path() {
            return "/my/applications/" + application.id;
        }

        /** The first answer as saved before anything was posted. */
        String savedFirstAnswer() {
            return String.join("", before.get(String.valueOf(first.id)));
        }
    }

    /** A draft of the founder's own startup to a program of its own. */
    private static Draft draft(String founderSubject) {
        ApplicationFixtures.Setup setup = ApplicationFixtures.setup(founderSubject, Fixtures.unique("kf-manager"));
        Application draft = ApplicationFixtures.service().start(setup.program().id, setup.startup().id, setup.founder().id);
        return new Draft(draft, ApplicationFixtures.questions(setup.program().id).get(0),
                ApplicationFixtures.reload(draft.id).answerMap());
    }

    /** A text part as a browser sends it: UTF-8. */
    static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name)
                .charset(java.nio.charset.StandardCharsets.UTF_8).build();
    }

    /** A form-token cookie as a browser had it before its session ended. */
    static String token() {
        byte[] raw = new byte[16];
        new SecureRandom().nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** "Submit" as sent by a browser with this form token and no session, the answer typed in the first question. */
    private static Response submitWithoutSession(Draft draft, String token, String answer) {
        return given().redirects().follow(false).cookie(Csrf.COOKIE, token)
                .multiPart(Csrf.FIELD, token).multiPart("version", String.valueOf(draft.application().version))
                .multiPart(text("q" + draft.first().id, answer))
                .when().post(draft.path() + "/submit");
    }

    /** "Save" as sent by a browser with this form token and no session, on version 0, with an answer and a file. */
    private static Response saveWithFileWithoutSession(Draft draft, String token, String answer) {
        return given().redirects().follow(false).cookie(Csrf.COOKIE, token)
                .multiPart(Csrf.FIELD, token).multiPart("version", "0")
                .multiPart(text("q" + draft.first().id, answer))
                .multiPart("q" + draft.first().id + "x", "presentation.pdf", "%PDF-1.4".getBytes(), "application/pdf")
                .when().post(draft.path());
    }

    /**
     * Sends these requests as a browser whose session has ended, in a test otherwise logged in
     * ({@code @TestSecurity}): the test identity is set aside meanwhile, as it is between tests.
     */
    private static <T> T withoutSession(Supplier<T> requests) {
        TestIdentityAssociation association = Arc.container().instance(TestIdentityAssociation.class).get();
        SecurityIdentity loggedIn = association.getTestIdentity();
        association.setTestIdentity(null);
        try {
            return requests.get();
        } finally {
            association.setTestIdentity(loggedIn);
        }
    }

    @Test
    void aPostWithoutSessionIsKeptAndSentToTheForm() {
        Draft draft = draft(Fixtures.unique("kf-founder"));
        Response answer = submitWithoutSession(draft, token(), TYPED);
        assertEquals(303, answer.statusCode(), answer.asString());
        assertTrue(answer.header("Location").endsWith(draft.path()), answer.header("Location"));
        String key = answer.getCookie(KeptForms.COOKIE);
        assertNotNull(key, "the browser holds the key to its copy");
        assertEquals(draft.before(), ApplicationFixtures.reload(draft.application().id).answerMap(),
                "nothing saved without a login");
        // The form itself asks for the login.
        given().redirects().follow(false).cookie(KeptForms.COOKIE, key).when().get(draft.path())
                .then().statusCode(302);
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void anotherBrowserWithoutTheFormTokenGetsNothing() {
        Draft draft = draft(FOUNDER);
        String token = token();
        String key = withoutSession(() -> submitWithoutSession(draft, token, TYPED)).getCookie(KeptForms.COOKIE);
        assertNotNull(key);
        // The key alone (without the form token of the browser that posted) shows nothing, and spends the copy.
        Document page = Jsoup.parse(given().cookie(KeptForms.COOKIE, key).cookie(Csrf.COOKIE, token())
                .when().get(draft.path()).then().statusCode(200).extract().asString());
        assertEquals(draft.savedFirstAnswer(), page.select("textarea[name=q" + draft.first().id + "]").text(),
                "the saved draft, not the copy");
        assertTrue(!page.html().contains("Votre session avait pris fin"));
        Document spent = Jsoup.parse(given().cookie(KeptForms.COOKIE, key).cookie(Csrf.COOKIE, token)
                .when().get(draft.path()).then().statusCode(200).extract().asString());
        assertEquals(draft.savedFirstAnswer(), spent.select("textarea[name=q" + draft.first().id + "]").text(),
                "spent: not even the browser that posted gets it now");
    }

    @Test
    void aSecondPostWithoutSessionKeepsItsOwnCopy() {
        Draft draft = draft(Fixtures.unique("kf-founder"));
        String token = token();
        String firstKey = submitWithoutSession(draft, token, TYPED).getCookie(KeptForms.COOKIE);
        assertNotNull(firstKey);
        Response answer = saveWithFileWithoutSession(draft, token, TYPED + " Encore une phrase.");
        assertEquals(303, answer.statusCode());
        String key = answer.getCookie(KeptForms.COOKIE);
        assertNotNull(key);
        assertNotEquals(firstKey, key, "a copy of its own");
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void theOwnerFindsTheCopyWithTheVersionItWasWrittenOn() {
        Draft draft = draft(FOUNDER);
        String token = token();
        Response posted = withoutSession(() -> saveWithFileWithoutSession(draft, token, TYPED + " Encore une phrase."));
        assertEquals(303, posted.statusCode());
        String key = posted.getCookie(KeptForms.COOKIE);
        assertNotNull(key);

        String page = given().cookie(KeptForms.COOKIE, key).cookie(Csrf.COOKIE, token)
                .when().get(draft.path()).then().statusCode(200)
                .body(containsString("Votre session avait pris fin"))
                .body(containsString("choisissez-les à nouveau")).extract().asString();
        Document doc = Jsoup.parse(page);
        assertEquals(TYPED + " Encore une phrase.", doc.select("textarea[name=q" + draft.first().id + "]").text());
        assertEquals("0", doc.select("input[name=version]").val(), "a later save still sees what changed meanwhile");
        // Once: the next visit shows the saved answers.
        Document next = Jsoup.parse(given().cookie(KeptForms.COOKIE, key).cookie(Csrf.COOKIE, token)
                .when().get(draft.path()).then().statusCode(200).extract().asString());
        assertEquals(draft.savedFirstAnswer(), next.select("textarea[name=q" + draft.first().id + "]").text());
        assertEquals(draft.before(), ApplicationFixtures.reload(draft.application().id).answerMap(),
                "a copy is never saved by itself");
    }

    @Test
    @TestSecurity(user = "kf-stranger", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "kf-stranger"))
    void aCopyIsNeverShownOnSomeoneElsesApplication() {
        Fixtures.account("kf-stranger");
        Draft someoneElses = draft(Fixtures.unique("kf-founder"));
        given().cookie(KeptForms.COOKIE, "anything").cookie(Csrf.COOKIE, token())
                .when().get(someoneElses.path()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "kf-manager-only", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "kf-manager-only"))
    void aLoggedInNonFounderIsRefused() {
        Fixtures.account("kf-manager-only");
        Draft draft = draft(Fixtures.unique("kf-founder"));
        String token = token();
        given().cookie(Csrf.COOKIE, token).multiPart(Csrf.FIELD, token).multiPart("version", "0")
                .when().post(draft.path()).then().statusCode(403);
    }

    @Test
    void nothingIsKeptForAnApplicationThatDoesNotExist() {
        String token = token();
        Response answer = given().redirects().follow(false).cookie(Csrf.COOKIE, token).multiPart(Csrf.FIELD, token)
                .multiPart("version", "0").multiPart(text("q1", "x")).when().post("/my/applications/999999999/submit");
        assertEquals(303, answer.statusCode());
        assertNull(answer.getCookie(KeptForms.COOKIE));
    }

    @Test
    void aPostWithoutFormTokenIsRefusedAndKeepsNothing() {
        Draft draft = draft(Fixtures.unique("kf-founder"));
        Response answer = given().redirects().follow(false).multiPart("version", "0").multiPart("q" + draft.first().id, "x")
                .when().post(draft.path());
        assertEquals(400, answer.statusCode());
        assertNull(answer.getCookie(KeptForms.COOKIE));
    }
}
