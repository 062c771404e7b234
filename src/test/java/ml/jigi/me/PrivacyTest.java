package ml.jigi.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;
import ml.jigi.account.Consent;
import ml.jigi.audit.AuditEntry;
import ml.jigi.file.StoredFile;
import ml.jigi.moderation.ModerationService;
import ml.jigi.moderation.Report;
import ml.jigi.notification.OutboxMail;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupInvitation;
import ml.jigi.startup.StartupOwner;
import ml.jigi.startup.Visibility;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/**
 * /me/data gives everything held about the person, files included, found by account and never by
 * address; /me/delete anonymizes them, and only them; a startup left without founder goes after 90 days.
 */
@QuarkusTest
class PrivacyTest {

    static final byte[] DECK = "%PDF-1.4\n% deck\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    PrivacyService privacy;

    @Test
    @TestSecurity(user = "pv-founder", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "pv-founder"), @Claim(key = "email", value = "pv-founder@example.ml"),
        @Claim(key = "email_verified", value = "true"), @Claim(key = "preferred_username", value = "pv-founder")})
    void aFounderDownloadsTheirDataThenClosesTheirAccount() throws IOException {
        Instant started = Instant.now().minusSeconds(1);
        Account found = Fixtures.account("pv-founder");
        QuarkusTransaction.requiringNew().run(() -> Account.update("status = ?1, email = ?2, username = ?3, displayName = ?3 "
                + "where id = ?4", AccountStatus.active, "pv-founder@example.ml", "pv-founder", found.id)); // a run before closed it
        Account me = reload(found.id);
        Startup mine = Fixtures.startup(Fixtures.unique("Ma startup"), me);
        Account partner = Fixtures.account(Fixtures.unique("pv-partner"));
        Startup shared = Fixtures.startup(Fixtures.unique("Startup partagée"), partner);
        String stranger = Fixtures.unique("stranger") + "@example.ml";
        StoredFile deck = Fixtures.storedFile(me.id, "mon deck.pdf", DECK);
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            StartupOwner.of(shared.id, me.id, Instant.now()).persist();
            Consent c = new Consent();
            c.accountId = me.id;
            c.purpose = "startup_profile";
            c.textVersion = "2026-11";
            c.acceptedAt = Instant.now();
            c.persist();
            OutboxMail mine1 = mail(me.id, me.email);
            OutboxMail theirs = mail(null, me.email); // sent to the same address, for no account: not theirs to read
            Startup.<Startup>findById(mine.id).pitchDeckFileId = deck.id;
            StartupInvitation sent = new StartupInvitation();
            sent.startupId = mine.id;
            sent.email = stranger;
            sent.invitedBy = me.id;
            sent.createdAt = Instant.now();
            sent.persist();
            StartupInvitation accepted = new StartupInvitation(); // how they joined the partner's startup
            accepted.startupId = shared.id;
            accepted.email = me.email;
            accepted.invitedBy = partner.id;
            accepted.createdAt = Instant.now();
            accepted.acceptedAt = Instant.now();
            accepted.acceptedBy = me.id;
            accepted.persist();
            Report r = new Report();
            r.objectType = ModerationService.Kind.startup;
            r.objectId = shared.id;
            r.reporterId = me.id;
            r.reason = Report.Reason.values()[0];
            r.message = "Ce profil copie le nôtre mot pour mot.";
            r.createdAt = Instant.now();
            r.persist();
            return new long[] {mine1.id, theirs.id, deck.id, sent.id, r.id, accepted.id};
        });

        byte[] zip = given().when().get("/me/data").then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("attachment")).header("Cache-Control", "no-store")
                .extract().asByteArray();
        Map<String, byte[]> entries = unzip(zip);
        JsonPath json = new JsonPath(new String(entries.get("donnees.json"), StandardCharsets.UTF_8));
        assertEquals("pv-founder", json.getString("account.username"));
        assertEquals(me.email, json.getString("account.email"));
        List<String> slugs = json.getList("startups.slug");
        assertTrue(slugs.contains(mine.slug) && slugs.contains(shared.slug), slugs.toString());
        assertEquals("2026-11", json.getString("consents[0].text_version"));
        long forTheAccount = QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("accountId", me.id));
        long toTheAddress = QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipient", me.email));
        assertEquals(forTheAccount, json.getList("mails").size(), "the mails written for the account");
        assertTrue(toTheAddress > forTheAccount, "not the one merely sent to its address");
        assertTrue(json.getList("invitations_sent.email").contains(stranger));
        assertTrue(json.getList("invitations_received.startup").contains(shared.slug));
        assertTrue(json.getList("reports_filed.message").contains("Ce profil copie le nôtre mot pour mot."));
        List<String> files = json.getList("files.name");
        assertTrue(files.contains("mon deck.pdf"), files.toString());
        String inArchive = json.getString("files[" + files.lastIndexOf("mon deck.pdf") + "].in_archive");
        assertArrayEquals(DECK, entries.get(inArchive), "the file itself is in the archive");

        // Without the confirmation, nothing happens.
        Csrf csrf = Csrf.of("/me/delete");
        String refused = given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .when().post("/me/delete").then().statusCode(422).extract().asString();
        assertTrue(!Jsoup.parse(refused).select("#confirm-error").text().isEmpty());
        assertEquals(AccountStatus.active, reload(me.id).status);

        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("confirm", "on").when().post("/me/delete").then().statusCode(303)
                .header("Clear-Site-Data", containsString("storage"));
        Account gone = reload(me.id);
        assertEquals(AccountStatus.deleted, gone.status);
        assertEquals("deleted-" + me.id, gone.username);
        assertEquals("deleted-" + me.id, gone.displayName);
        assertNull(gone.email);
        assertEquals(Visibility.hidden, startup(mine.id).visibility, "left without founder: unpublished");
        assertNotNull(startup(mine.id).orphanedAt, "and counted from now for its erasure");
        assertEquals(Visibility.visible, startup(shared.id).visibility, "the partner's startup stays");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> StartupOwner.count("accountId", me.id)));
        assertNull(QuarkusTransaction.requiringNew().call(() -> OutboxMail.findById(ids[0])), "their mail is gone");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> OutboxMail.findById(ids[1])),
                "a mail found only by address is nobody's to erase");
        assertNull(QuarkusTransaction.requiringNew().call(() -> StartupInvitation.findById(ids[3])), "invitations sent go");
        assertNull(QuarkusTransaction.requiringNew().call(() -> StartupInvitation.findById(ids[5])),
                "and the invitation they accepted, which holds their address");
        Report report = QuarkusTransaction.requiringNew().call(() -> Report.findById(ids[4]));
        assertNull(report.message, "the report's text goes, the report stays for the moderators");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'account.delete' and objectId = ?1 and at >= ?2", me.id, started)));

        // The same login no longer opens anything, and does not bring the name back.
        given().when().get("/me").then().statusCode(403);
        assertEquals("deleted-" + me.id, reload(me.id).displayName);
    }

    @Test
    void aStartupLeftWithoutFounderIsErasedAfterTheDelayAndAudited() {
        Startup young = Fixtures.startup(Fixtures.unique("Orpheline récente"), null);
        Startup old = Fixtures.startup(Fixtures.unique("Orpheline ancienne"), null);
        Account founder = Fixtures.account(Fixtures.unique("pv-kept"));
        Startup kept = Fixtures.startup(Fixtures.unique("Avec fondatrice"), founder);
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            Startup.<Startup>findById(young.id).orphanedAt = now.minus(Duration.ofDays(10));
            Startup.<Startup>findById(old.id).orphanedAt = now.minus(Duration.ofDays(91));
            Startup.<Startup>findById(kept.id).orphanedAt = now.minus(Duration.ofDays(200)); // someone joined since
        });
        privacy.eraseOrphans(now);
        assertNull(startup(old.id), "erased after 90 days without founder");
        assertNotNull(startup(young.id), "kept within the delay");
        assertNotNull(startup(kept.id), "a startup with a founder is never erased");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'startup.erase' and objectId = ?1 and actorId is null", old.id)));
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : new String[] {"/me/data", "/me/delete"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(302).header("Location", startsWith(keycloak));
        }
    }

    static OutboxMail mail(Long accountId, String to) {
        OutboxMail m = new OutboxMail();
        m.accountId = accountId;
        m.recipient = to;
        m.locale = "fr";
        m.template = "application_submitted";
        m.payload = "{}";
        m.createdAt = Instant.now();
        m.nextAttemptAt = m.createdAt;
        m.persist();
        return m;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static Account reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(id));
    }

    static Startup startup(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>findById(id));
    }
}
