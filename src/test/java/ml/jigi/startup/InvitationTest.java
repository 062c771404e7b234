package ml.jigi.startup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/**
 * Co-founders: the owner invites by email; only someone logged in with that email, once Keycloak has
 * proven it (email_verified), may join.
 */
@QuarkusTest
class InvitationTest {

    static final String INVITED_EMAIL = "cofondatrice.invitee@example.ml";

    @Test
    @TestSecurity(user = "inv-owner", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "inv-owner"), @Claim(key = "email", value = "inv-owner@example.ml")})
    void ownerInvitesAndTheInvitationIsListed() {
        Account me = Fixtures.account("inv-owner");
        Startup startup = Fixtures.startup(Fixtures.unique("Invitante"), me);
        Csrf csrf = Csrf.of("/my/startups/" + startup.id + "/edit");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("email", "pas-un-email").when().post("/my/startups/" + startup.id + "/invitations")
                .then().statusCode(422).body(containsString("Saisissez une adresse e-mail"));
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("email", "  Seydou.Invite@Example.ML ").when().post("/my/startups/" + startup.id + "/invitations")
                .then().statusCode(303);
        given().when().get("/my/startups/" + startup.id + "/edit").then()
                .body(containsString("data-invitation=\"seydou.invite@example.ml\""));
    }

    @Test
    @TestSecurity(user = "inv-joiner", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "inv-joiner"), @Claim(key = "email", value = INVITED_EMAIL),
        @Claim(key = "email_verified", value = "true")})
    void theInvitedPersonJoinsOnceTheyAcceptThePurposeStatement() {
        Account owner = Fixtures.account(Fixtures.unique("inv-first"));
        Startup startup = Fixtures.startup(Fixtures.unique("Rejointe"), owner);
        long invitationId = invite(startup.id, INVITED_EMAIL, owner.id);
        String me = given().when().get("/me").asString();
        assertTrue(me.contains("data-invitation=\"" + invitationId + "\""), "the invitation is on /me");
        Csrf csrf = Csrf.of("/me");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .when().post("/my/invitations/" + invitationId + "/accept").then().statusCode(303)
                .header("Location", containsString("/me?consent=missing"));
        given().when().get("/me?consent=missing").then()
                .body(containsString("cochez la case d’acceptation"));
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("consent", "on").when().post("/my/invitations/" + invitationId + "/accept").then()
                .statusCode(303).header("Location", containsString("/my/startups/" + startup.id + "/edit"));
        Account joined = QuarkusTransaction.requiringNew().call(() -> Account.findBySubject("inv-joiner").orElseThrow());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> startup.isOwnedBy(joined.id)));
        given().when().get("/my/startups/" + startup.id + "/edit").then().statusCode(200);
        assertEquals(0, Jsoup.parse(given().when().get("/me").asString()).select("[data-invitation]").size(),
                "an accepted invitation leaves /me");
    }

    @Test
    @TestSecurity(user = "inv-stranger", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "inv-stranger"), @Claim(key = "email", value = "stranger@example.ml")})
    void someoneElseCannotUseTheInvitation() {
        Account owner = Fixtures.account(Fixtures.unique("inv-owner2"));
        Startup startup = Fixtures.startup(Fixtures.unique("Protégée"), owner);
        long invitationId = invite(startup.id, "quelquun.dautre@example.ml", owner.id);
        Csrf csrf = Csrf.of("/my/startups/new");
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("consent", "on")
                .when().post("/my/invitations/" + invitationId + "/accept").then().statusCode(404);
    }

    static final String UNPROVEN_EMAIL = "cofondatrice.non.prouvee@example.ml";

    @Test
    @TestSecurity(user = "inv-unproven", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "inv-unproven"), @Claim(key = "email", value = UNPROVEN_EMAIL),
        @Claim(key = "email_verified", value = "false")})
    void anAddressKeycloakHasNotProvenOpensNoInvitation() {
        // Someone registered at Keycloak with the invited address, without proving they receive mail there.
        Account owner = Fixtures.account(Fixtures.unique("inv-owner3"));
        Startup startup = Fixtures.startup(Fixtures.unique("Convoitée"), owner);
        long invitationId = invite(startup.id, UNPROVEN_EMAIL, owner.id);
        assertEquals(0, Jsoup.parse(given().when().get("/me").asString()).select("[data-invitation]").size(),
                "the invitation is not shown to an unproven address");
        Csrf csrf = Csrf.of("/me");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("consent", "on").when().post("/my/invitations/" + invitationId + "/accept").then().statusCode(404);
        Account stranger = QuarkusTransaction.requiringNew().call(() -> Account.findBySubject("inv-unproven").orElseThrow());
        assertTrue(!QuarkusTransaction.requiringNew().call(() -> startup.isOwnedBy(stranger.id)), "no co-owner by an unproven address");
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> StartupInvitation.<StartupInvitation>findById(invitationId))
                .acceptedAt);
    }

    /** An open invitation of the owner, as the profile form makes it. */
    static long invite(long startupId, String email, long ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StartupInvitation i = new StartupInvitation();
            i.startupId = startupId;
            i.email = email;
            i.invitedBy = ownerId;
            i.createdAt = java.time.Instant.now();
            i.persist();
            return i.id;
        });
    }
}
