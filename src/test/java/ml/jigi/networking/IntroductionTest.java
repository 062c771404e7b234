package ml.jigi.networking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import ml.jigi.notification.OutboxMail;
import ml.jigi.startup.Startup;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/** Introductions: asked by a partner, limits, the founder's answer, contacts only after acceptance, expiry. */
@QuarkusTest
class IntroductionTest {

    static final String PARTNER = "in-partner";

    static IntroductionService service() {
        return Arc.container().instance(IntroductionService.class).get();
    }

    static Response ask(NetworkingFixtures.Setup s, Csrf csrf, String message) {
        return given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("organization", String.valueOf(s.investor().id)).formParam("message", message)
                .when().post("/startups/" + s.startup().slug + "/introductions");
    }

    static List<OutboxMail> mails(String to, String template) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>list("recipient = ?1 and template = ?2", to,
                template));
    }

    @Test
    @TestSecurity(user = PARTNER, roles = "partner")
    @OidcSecurity(claims = @Claim(key = "sub", value = PARTNER))
    void aPartnerAsksAndTheFoundersAreToldWithoutAnyContact() {
        var s = NetworkingFixtures.setup(Fixtures.unique("in-founder"), PARTNER);
        Document page = Jsoup.parse(given().when().get("/startups/" + s.startup().slug).then().statusCode(200).extract().asString());
        assertEquals(1, page.select("#introduction-form textarea[name=message]").size());
        assertEquals(1, page.select("#introduction-form [name=organization] option[value=" + s.investor().id + "]").size());
        Csrf csrf = Csrf.of("/startups/" + s.startup().slug);

        String html = ask(s, csrf, "Bonjour, parlons.").then().statusCode(422).extract().asString();
        Document refused = Jsoup.parse(html);
        assertEquals("Présentez-vous en 50 caractères au moins : ce que vous proposez, et pourquoi cette startup.",
                refused.select("#message-error").text());
        assertEquals("Bonjour, parlons.", refused.select("#message").text(), "kept");

        ask(s, csrf, NetworkingFixtures.MESSAGE).then().log().ifValidationFails().statusCode(303);
        Introduction i = NetworkingFixtures.last(s.startup().id);
        assertEquals(IntroductionStatus.requested, i.status);
        assertEquals(s.investor().id, i.organizationId);
        OutboxMail told = mails(s.founder().email, NetworkingMails.REQUESTED).get(0);
        assertTrue(told.payload.contains(NetworkingFixtures.MESSAGE));
        assertFalse(told.payload.contains(s.partner().email), "no contact before the founder accepts");

        // One open request per requester and startup.
        String again = ask(s, csrf, NetworkingFixtures.MESSAGE).then().statusCode(422).extract().asString();
        assertEquals("Vous avez déjà une demande en attente pour cette startup.", Jsoup.parse(again).select("#message-error").text());
        Document waiting = Jsoup.parse(given().when().get("/startups/" + s.startup().slug).then().extract().asString());
        assertEquals("requested", waiting.select("#introduction [data-introduction]").attr("data-status"));
        assertTrue(waiting.select("#introduction-form").isEmpty());
        assertFalse(waiting.html().contains(s.founder().email), "no contact of the founder either");
    }

    @Test
    @TestSecurity(user = PARTNER, roles = "partner")
    @OidcSecurity(claims = @Claim(key = "sub", value = PARTNER))
    void aStartupThatRefusesIntroductionsSaysSoAndAPostIsRefused() {
        var s = NetworkingFixtures.setup(Fixtures.unique("in-closed"), PARTNER);
        QuarkusTransaction.requiringNew().run(() -> Startup.update("introductionsOpen = false where id = ?1", s.startup().id));
        Document page = Jsoup.parse(given().when().get("/startups/" + s.startup().slug).then().statusCode(200).extract().asString());
        assertEquals(1, page.select("#introductions-closed").size());
        assertTrue(page.select("#introduction-form").isEmpty());
        Csrf csrf = Csrf.of("/startups/" + s.startup().slug);
        ask(s, csrf, NetworkingFixtures.MESSAGE).then().statusCode(422)
                .body(containsString("Cette startup n’accepte pas de demandes de mise en relation."));
        assertNull(NetworkingFixtures.last(s.startup().id));
    }

    @Test
    void atMostTwentyOpenRequestsPerRequester() {
        var partner = Fixtures.account(Fixtures.unique("in-busy"));
        var org = NetworkingFixtures.partnerOf(partner, Fixtures.unique("Investisseur pressé"));
        for (int n = 0; n < IntroductionService.MAX_OPEN; n++) {
            var startup = Fixtures.startup(Fixtures.unique("Cible"), Fixtures.account(Fixtures.unique("in-target")));
            service().request(startup.slug, partner.id, org.id, NetworkingFixtures.MESSAGE);
        }
        var one = Fixtures.startup(Fixtures.unique("Cible de trop"), Fixtures.account(Fixtures.unique("in-target")));
        IntroductionService.Refused refused = assertThrows(IntroductionService.Refused.class,
                () -> service().request(one.slug, partner.id, org.id, NetworkingFixtures.MESSAGE));
        assertEquals(IntroductionService.Refusal.limit, refused.refusal);
    }

    @Test
    void acceptingGivesBothSidesEachOthersContactAndDecliningTellsPolitely() {
        var s = NetworkingFixtures.setup(Fixtures.unique("in-accept"), Fixtures.unique("in-asker"));
        Introduction i = service().request(s.startup().slug, s.partner().id, s.investor().id, NetworkingFixtures.MESSAGE);
        service().accept(i.id, s.founder().id, i.version);
        assertEquals(IntroductionStatus.accepted, NetworkingFixtures.reload(i.id).status);
        assertTrue(mails(s.founder().email, NetworkingMails.ACCEPTED_FOUNDER).get(0).payload.contains(s.partner().email));
        assertTrue(mails(s.partner().email, NetworkingMails.ACCEPTED_REQUESTER).get(0).payload.contains(s.founder().email));

        var d = NetworkingFixtures.setup(Fixtures.unique("in-decline"), Fixtures.unique("in-asker"));
        Introduction j = service().request(d.startup().slug, d.partner().id, d.investor().id, NetworkingFixtures.MESSAGE);
        service().decline(j.id, d.founder().id, j.version);
        OutboxMail declined = mails(d.partner().email, NetworkingMails.DECLINED).get(0);
        assertFalse(declined.payload.contains(d.founder().email));
        // Answered once: a co-founder's second answer (same version, or any) is a conflict, not a change.
        assertThrows(ml.jigi.web.EditConflict.class,
                () -> service().accept(j.id, d.founder().id, NetworkingFixtures.reload(j.id).version));
        assertEquals(IntroductionStatus.declined, NetworkingFixtures.reload(j.id).status);
    }

    @Test
    @TestSecurity(user = "in-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "in-admin"))
    void agecticsDashboardCountsRequestsAndAcceptancesByOrganizationKind() {
        String today = ml.jigi.web.Dates.today().toString();
        Document before = Jsoup.parse(given().when().get("/admin?from=" + today + "&to=" + today).then().statusCode(200)
                .extract().asString());
        long requested = count(before, "requested");
        long accepted = count(before, "accepted");
        var s = NetworkingFixtures.setup(Fixtures.unique("in-dash"), Fixtures.unique("in-asker"));
        Introduction i = service().request(s.startup().slug, s.partner().id, s.investor().id, NetworkingFixtures.MESSAGE);
        service().accept(i.id, s.founder().id, i.version);
        var d = NetworkingFixtures.setup(Fixtures.unique("in-dash"), Fixtures.unique("in-asker"));
        service().request(d.startup().slug, d.partner().id, d.investor().id, NetworkingFixtures.MESSAGE);
        Document after = Jsoup.parse(given().when().get("/admin?from=" + today + "&to=" + today).then().statusCode(200)
                .extract().asString());
        assertEquals(requested + 2, count(after, "requested"));
        assertEquals(accepted + 1, count(after, "accepted"));
        assertEquals("Investisseurs", after.select("#introductions tr[data-kind=investor] th").text());
    }

    static long count(Document page, String field) {
        String text = page.select("#introductions tr[data-kind=investor] [data-field=" + field + "]").text();
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    @Test
    void anUnansweredRequestExpiresAfterThirtyDaysAndMayBeAskedAgain() {
        var s = NetworkingFixtures.setup(Fixtures.unique("in-old"), Fixtures.unique("in-asker"));
        Introduction i = service().request(s.startup().slug, s.partner().id, s.investor().id, NetworkingFixtures.MESSAGE);
        QuarkusTransaction.requiringNew().run(() -> Introduction.update("createdAt = ?1 where id = ?2",
                Instant.now().minusSeconds(31L * 24 * 3600), i.id));
        assertTrue(service().expire() >= 1);
        Introduction expired = NetworkingFixtures.reload(i.id);
        assertEquals(IntroductionStatus.expired, expired.status);
        assertNull(expired.openFlag);
        assertNotNull(service().request(s.startup().slug, s.partner().id, s.investor().id, NetworkingFixtures.MESSAGE).id);
    }
}
