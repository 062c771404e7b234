package ml.jigi.networking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/**
 * Every networking route: anonymous → login, wrong role → 403 (founders cannot ask, partners
 * cannot read applications), someone else's request → 404, and no contact before acceptance.
 */
@QuarkusTest
class NetworkingAuthorizationTest {

    static final String FOUNDER = "na-founder";
    static NetworkingFixtures.Setup setup;
    static Introduction theirs;

    @BeforeAll
    static void data() {
        setup = NetworkingFixtures.setup(FOUNDER, Fixtures.unique("na-partner"));
        theirs = Arc.container().instance(IntroductionService.class).get().request(setup.startup().slug, setup.partner().id,
                setup.investor().id, NetworkingFixtures.MESSAGE);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : new String[] {"/my/introductions", "/me/alerts"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(302).header("Location", startsWith(keycloak));
        }
        given().redirects().follow(false).formParam("message", NetworkingFixtures.MESSAGE).when()
                .post("/startups/" + setup.startup().slug + "/introductions").then().statusCode(302);
        given().redirects().follow(false).formParam("version", "0").when()
                .post("/my/introductions/" + theirs.id + "/accept").then().statusCode(302);
        given().redirects().follow(false).formParam("weekly_" + setup.startup().id, "on").when().post("/me/alerts").then()
                .statusCode(302);
        // The public startup page shows no form to a visitor.
        Document page = Jsoup.parse(given().when().get("/startups/" + setup.startup().slug).then().statusCode(200).extract().asString());
        assertTrue(page.select("#introduction").isEmpty());
    }

    @Test
    @TestSecurity(user = "na-other-founder", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "na-other-founder"))
    void foundersCannotAskAndAnotherFoundersRequestIsNotFound() {
        Fixtures.account("na-other-founder");
        Csrf csrf = Csrf.of("/my/introductions");
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("message", NetworkingFixtures.MESSAGE)
                .when().post("/startups/" + setup.startup().slug + "/introductions").then().statusCode(403);
        for (String action : new String[] {"accept", "decline"}) {
            given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", "0")
                    .when().post("/my/introductions/" + theirs.id + "/" + action).then().statusCode(404);
        }
        assertEquals(IntroductionStatus.requested, NetworkingFixtures.reload(theirs.id).status);
        // Alerts for a startup that is not theirs: the form only knows their own startups; nothing is saved.
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("weekly_" + setup.startup().id, "on").when().post("/me/alerts").then().statusCode(303);
        assertEquals(0L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                AlertSubscription.count("startupId", setup.startup().id)));
        Document mine = Jsoup.parse(given().when().get("/my/introductions").then().statusCode(200).extract().asString());
        assertTrue(mine.select("[data-introduction=" + theirs.id + "]").isEmpty());
    }

    @Test
    @TestSecurity(user = "na-partner-2", roles = "partner")
    @OidcSecurity(claims = @Claim(key = "sub", value = "na-partner-2"))
    void partnersReadNoApplicationsAndAnswerNoRequest() {
        Fixtures.account("na-partner-2");
        given().when().get("/manage").then().statusCode(403);
        given().when().get("/manage/applications/1").then().statusCode(403);
        given().when().get("/my/applications").then().statusCode(403);
        given().when().get("/me/alerts").then().statusCode(403);
        given().when().get("/my/introductions").then().statusCode(200);
        Csrf alerts = Csrf.of("/my/introductions");
        given().cookie(Csrf.COOKIE, alerts.cookie()).formParam(Csrf.FIELD, alerts.token()).formParam("weekly_" + setup.startup().id, "on")
                .when().post("/me/alerts").then().statusCode(403);
        Csrf csrf = Csrf.of("/my/introductions");
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("version", "0")
                .when().post("/my/introductions/" + theirs.id + "/accept").then().statusCode(404);
        // A partner of no organization is told so, and a forged organization is refused next to its field.
        Document page = Jsoup.parse(given().when().get("/startups/" + setup.startup().slug).then().statusCode(200).extract().asString());
        assertTrue(page.select("#introduction-form").isEmpty());
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("message", NetworkingFixtures.MESSAGE)
                .formParam("organization", String.valueOf(setup.investor().id))
                .when().post("/startups/" + setup.startup().slug + "/introductions").then().statusCode(422);
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void theFounderSeesWhoAsksButNoContactBeforeAccepting() {
        Document page = Jsoup.parse(given().when().get("/my/introductions").then().statusCode(200).extract().asString());
        var row = page.select("[data-introduction=" + theirs.id + "]");
        assertEquals("requested", row.attr("data-status"));
        assertTrue(row.text().contains(setup.partner().displayName));
        assertTrue(row.text().contains(NetworkingFixtures.MESSAGE));
        assertFalse(page.html().contains(setup.partner().email), "no contact before acceptance");
        given().formParam("version", "0").when().post("/my/introductions/" + theirs.id + "/accept").then().statusCode(400);
    }
}
