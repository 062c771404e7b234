package ml.jigi.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import ml.jigi.audit.AuditEntry;
import ml.jigi.notification.OutboxMail;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupOwner;
import ml.jigi.startup.Visibility;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/** /me/data gives everything held about the person; /me/delete anonymizes them, and only them. */
@QuarkusTest
class PrivacyTest {

    @Test
    @TestSecurity(user = "pv-founder", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "pv-founder"), @Claim(key = "email", value = "pv-founder@example.ml"),
        @Claim(key = "preferred_username", value = "pv-founder")})
    void aFounderDownloadsTheirDataThenClosesTheirAccount() {
        Account me = Fixtures.account("pv-founder");
        Startup mine = Fixtures.startup(Fixtures.unique("Ma startup"), me);
        Account partner = Fixtures.account(Fixtures.unique("pv-partner"));
        Startup shared = Fixtures.startup(Fixtures.unique("Startup partagée"), partner);
        QuarkusTransaction.requiringNew().run(() -> {
            StartupOwner.of(shared.id, me.id, Instant.now()).persist();
            Consent c = new Consent();
            c.accountId = me.id;
            c.purpose = "startup_profile";
            c.textVersion = "2026-11";
            c.acceptedAt = Instant.now();
            c.persist();
            OutboxMail m = new OutboxMail();
            m.recipient = me.email;
            m.locale = "fr";
            m.template = "application_submitted";
            m.payload = "{}";
            m.createdAt = Instant.now();
            m.nextAttemptAt = m.createdAt;
            m.persist();
        });

        var download = given().when().get("/me/data").then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", containsString("attachment")).extract();
        JsonPath json = download.jsonPath();
        assertEquals("pv-founder", json.getString("account.username"));
        assertEquals(me.email, json.getString("account.email"));
        List<String> slugs = json.getList("startups.slug");
        assertTrue(slugs.contains(mine.slug) && slugs.contains(shared.slug), slugs.toString());
        assertEquals("2026-11", json.getString("consents[0].text_version"));
        assertEquals(1, json.getList("mails").size());

        // Without the confirmation, nothing happens.
        Csrf csrf = Csrf.of("/me/delete");
        String refused = given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .when().post("/me/delete").then().statusCode(422).extract().asString();
        assertTrue(!Jsoup.parse(refused).select("#confirm-error").text().isEmpty());
        assertEquals(AccountStatus.active, reload(me.id).status);

        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("confirm", "on").when().post("/me/delete").then().statusCode(303)
                .header("Location", containsString("/logout"));
        Account gone = reload(me.id);
        assertEquals(AccountStatus.deleted, gone.status);
        assertEquals("deleted-" + me.id, gone.username);
        assertEquals("deleted-" + me.id, gone.displayName);
        assertNull(gone.email);
        assertEquals(Visibility.hidden, startup(mine.id).visibility, "left without founder: unpublished");
        assertEquals(Visibility.visible, startup(shared.id).visibility, "the partner's startup stays");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> StartupOwner.count("accountId", me.id)));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipient", me.email)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'account.delete' and objectId = ?1", me.id)));

        // The same login no longer opens anything, and does not bring the name back.
        given().when().get("/me").then().statusCode(403);
        assertEquals("deleted-" + me.id, reload(me.id).displayName);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : new String[] {"/me/data", "/me/delete"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(302).header("Location", startsWith(keycloak));
        }
    }

    static Account reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(id));
    }

    static Startup startup(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>findById(id));
    }
}
