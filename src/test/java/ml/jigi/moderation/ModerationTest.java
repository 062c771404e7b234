package ml.jigi.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;
import ml.jigi.audit.AuditEntry;
import ml.jigi.code.ModerationStatus;
import ml.jigi.notification.OutboxMail;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramStatus;
import ml.jigi.startup.Startup;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/**
 * The moderation queue and its decisions: approve, reject with a reason, suspend, restore, verify;
 * the owner told in their language; every decision audited; two admins at once; only admins.
 */
@QuarkusTest
class ModerationTest {

    static final String ADMIN = "md-admin";
    static final String FOUNDER = "md-founder";
    static final String REASON = "Le nom doit être celui de l’entreprise enregistrée.";

    static Startup pendingStartup(String name, Account owner) {
        Startup s = Fixtures.startup(Fixtures.unique(name), owner);
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(s.id).moderationStatus = ModerationStatus.pending);
        return reload(s.id);
    }

    static Startup reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>findById(id));
    }

    static Organization reloadOrganization(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(id));
    }

    /** A founder of its own, who reads English. */
    private static Account englishFounder() {
        Account founder = Fixtures.account(Fixtures.unique("md-founder"));
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(founder.id).locale = "en");
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(founder.id));
    }

    /** An approved organization with a manager of its own. */
    private static Organization organization() {
        return Fixtures.organization(Fixtures.unique("Org à modérer"), Fixtures.account(Fixtures.unique("md-manager")));
    }

    /** A program of the organization, waiting for publication. */
    private static Program pendingProgram(Organization org) {
        return Fixtures.program(org, Fixtures.unique("Programme à publier"), ProgramStatus.pending,
                ml.jigi.web.Dates.today(), ml.jigi.web.Dates.today().plusDays(20));
    }

    /** An administrator's decision on a startup (what its moderation page makes); the startup as it is then. */
    private static Startup decided(Startup s, ModerationService.Decision decision, String reason) {
        Arc.container().instance(ModerationService.class).get().decide(ModerationService.Kind.startup, s.id,
                reload(s.id).version, decision, reason, Fixtures.account(ADMIN).id);
        return reload(s.id);
    }

    static io.restassured.response.Response post(String path, Csrf csrf, Object... fields) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.formParam(fields[i].toString(), fields[i + 1]);
        }
        return request.when().post(path);
    }

    static long audited(String action, long objectId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and objectId = ?2", action, objectId));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void theQueueShowsWhatWaitsOldestFirstAndApprovingTellsTheOwner() {
        Account admin = Fixtures.account(ADMIN);
        Account founder = englishFounder();
        Startup pending = pendingStartup("Karité de Ségou", founder);
        Startup younger = pendingStartup("Startup plus récente", founder);
        Program program = pendingProgram(organization());
        Document queue = Jsoup.parse(given().when().get("/admin/moderation").then().statusCode(200).extract().asString());
        List<String> ids = queue.select("#pending-startups [data-kind=startup]").eachAttr("data-id");
        assertTrue(ids.indexOf(String.valueOf(pending.id)) >= 0 && ids.indexOf(String.valueOf(pending.id)) < ids
                .indexOf(String.valueOf(younger.id)), "oldest first: " + ids);
        assertEquals(1, queue.select("#pending-programs [data-id=" + program.id + "]").size());

        Csrf csrf = Csrf.of("/admin/moderation/startup/" + pending.id);
        post("/admin/moderation/startup/" + pending.id, csrf, "decision", "approve", "version", pending.version)
                .then().statusCode(303).header("Location", containsString("/admin/moderation?done=approve"));
        Startup approved = reload(pending.id);
        assertEquals(ModerationStatus.approved, approved.moderationStatus);
        assertTrue(approved.approvedAt != null);
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>find(
                "recipient = ?1 and template = 'moderation_decision' order by id desc", founder.email).firstResult());
        assertEquals("en", mail.locale);
        assertTrue(mail.payload.contains("\"decision\":\"approve\""), mail.payload);
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "action = 'startup.approve' and objectId = ?1", pending.id).firstResult());
        assertEquals(admin.id, entry.actorId);
        // The search finds it by a part of its name; the visitor's wildcards are literal.
        Document found = Jsoup.parse(given().queryParam("q", "arité de Ség").when().get("/admin/moderation").then()
                .statusCode(200).extract().asString());
        assertEquals(1, found.select("#search [data-kind=startup][data-id=" + pending.id + "]").size());
        assertEquals(0, Jsoup.parse(given().queryParam("q", "%_%").when().get("/admin/moderation").then().statusCode(200)
                .extract().asString()).select("#search [data-kind]").size());
        // Approved: no longer waiting, and public.
        given().when().get("/admin/moderation").then().body(not(containsString(
                "data-kind=\"startup\" data-id=\"" + pending.id + "\"><a")));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void rejectingNeedsAReasonAndKeepsWhatWasTyped() {
        Startup toReject = pendingStartup("Startup à refuser", Fixtures.account(Fixtures.unique("md-founder")));
        Csrf csrf = Csrf.of("/admin/moderation/startup/" + toReject.id);
        String page = post("/admin/moderation/startup/" + toReject.id, csrf, "decision", "reject", "reason", "",
                "version", toReject.version).then().statusCode(422).extract().asString();
        Document doc = Jsoup.parse(page);
        assertTrue(!doc.select("#reason-error").text().isEmpty(), "the message sits next to the reason");
        assertEquals("reject", doc.select("#decision option[selected]").val(), "the choice is kept");
        assertEquals(ModerationStatus.pending, reload(toReject.id).moderationStatus, "nothing saved");
        assertEquals(0, audited("startup.reject", toReject.id));

        post("/admin/moderation/startup/" + toReject.id, csrf, "decision", "reject", "reason", REASON,
                "version", toReject.version).then().statusCode(303);
        Startup rejected = reload(toReject.id);
        assertEquals(ModerationStatus.rejected, rejected.moderationStatus);
        assertEquals(REASON, rejected.moderationNote);
        assertEquals(1, audited("startup.reject", toReject.id));
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void theOwnerSeesTheReasonOnMe() {
        Startup rejected = decided(pendingStartup("Startup à refuser", Fixtures.account(FOUNDER)),
                ModerationService.Decision.reject, REASON);
        Document me = Jsoup.parse(given().when().get("/me").then().statusCode(200).extract().asString());
        assertTrue(me.select("[data-startup=" + rejected.slug + "] [data-moderation-note]").text().contains(REASON),
                me.select("#founder").text());
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void aDecisionOnAChangedItemIsAConflictAndAClosedOneIsRefused() {
        Account founder = Fixtures.account(Fixtures.unique("md-founder"));
        Startup s = pendingStartup("Startup modifiée", founder);
        Csrf csrf = Csrf.of("/admin/moderation/startup/" + s.id);
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(s.id).tagline = "Changée par sa fondatrice");
        String page = post("/admin/moderation/startup/" + s.id, csrf, "decision", "approve", "version", s.version)
                .then().statusCode(409).extract().asString();
        assertTrue(page.contains("Changée par sa fondatrice"), "the page shows the item as it is now");
        assertEquals(ModerationStatus.pending, reload(s.id).moderationStatus);

        // Already decided (rejected): approving it now is not open.
        Startup rejected = decided(pendingStartup("Startup à refuser", founder), ModerationService.Decision.reject, REASON);
        post("/admin/moderation/startup/" + rejected.id, csrf, "decision", "approve", "version", rejected.version)
                .then().statusCode(422);
        assertEquals(ModerationStatus.rejected, reload(rejected.id).moderationStatus);
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void programsArePublishedAndOrganizationsSuspendedRestoredAndVerified() {
        Organization org = organization();
        Program program = pendingProgram(org);
        Csrf csrf = Csrf.of("/admin/moderation/program/" + program.id);
        post("/admin/moderation/program/" + program.id, csrf, "decision", "approve", "version", program.version)
                .then().statusCode(303);
        Program published = QuarkusTransaction.requiringNew().call(() -> Program.<Program>findById(program.id));
        assertEquals(ProgramStatus.published, published.status);
        given().when().get("/programs/" + program.slug).then().statusCode(200);

        Organization o = reloadOrganization(org.id);
        post("/admin/moderation/organization/" + o.id, csrf, "decision", "suspend", "reason", "Signalements répétés.",
                "version", o.version).then().statusCode(303);
        assertEquals(ModerationStatus.suspended, reloadOrganization(org.id).moderationStatus);
        given().when().get("/programs").then().body(not(containsString(program.slug)));
        Document item = Jsoup.parse(given().when().get("/admin/moderation/organization/" + o.id).then().statusCode(200)
                .extract().asString());
        assertEquals(List.of("restore"), item.select("#decision option[value~=.+]").eachAttr("value"));
        long version = Long.parseLong(item.select("#decide input[name=version]").val());
        post("/admin/moderation/organization/" + o.id, csrf, "decision", "restore", "version", version).then().statusCode(303);
        Organization restored = reloadOrganization(org.id);
        assertEquals(ModerationStatus.approved, restored.moderationStatus);

        post("/admin/moderation/organization/" + o.id + "/verify", csrf, "verified", "on", "version", restored.version)
                .then().statusCode(303);
        assertTrue(reloadOrganization(org.id).verified);
        given().when().get("/organizations/" + org.slug).then().statusCode(200).body(containsString("data-verified=\"true\""));
        for (String action : new String[] {"organization.suspend", "organization.restore", "organization.verify"}) {
            assertEquals(1, audited(action, org.id), action);
        }
        assertEquals(1, audited("program.approve", program.id));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void theAuditLogFiltersPaginatesAndExportsAndNobodyChangesIt() {
        Startup rejected = decided(pendingStartup("Startup à refuser", Fixtures.account(Fixtures.unique("md-founder"))),
                ModerationService.Decision.reject, REASON);
        // An organization suspended, restored and verified: three entries about it.
        ModerationService moderation = Arc.container().instance(ModerationService.class).get();
        long adminId = Fixtures.account(ADMIN).id;
        Organization org = Fixtures.organization(Fixtures.unique("Org auditée"), null);
        moderation.decide(ModerationService.Kind.organization, org.id, reloadOrganization(org.id).version,
                ModerationService.Decision.suspend, "Signalements répétés.", adminId);
        moderation.decide(ModerationService.Kind.organization, org.id, reloadOrganization(org.id).version,
                ModerationService.Decision.restore, null, adminId);
        moderation.verify(org.id, reloadOrganization(org.id).version, true, adminId);

        Document log = Jsoup.parse(given().when().get("/admin/audit?action=startup.reject&objectId=" + rejected.id).then()
                .statusCode(200).extract().asString());
        assertEquals(1, log.select("[data-audit]").size());
        assertEquals("startup.reject", log.select("[data-audit]").attr("data-action"));
        assertTrue(log.select("[data-audit]").text().contains(ADMIN), "the actor is named");
        Document byActor = Jsoup.parse(given().when().get("/admin/audit?actor=nobody-is-called-this").then().statusCode(200)
                .extract().asString());
        assertEquals(0, byActor.select("[data-audit]").size());
        // Hostile filters are no filters, never an error.
        given().when().get("/admin/audit?from=yesterday&objectId=x&action=drop%20table&page=-4").then().statusCode(200);
        given().when().get("/admin/audit?object=&action=&to=2026-13-45").then().statusCode(200);

        String csv = given().when().get("/admin/audit.csv?object=organization&objectId=" + org.id).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFid;at;actor_id;actor;action;object_type;object_id;details"), lines.get(0));
        assertEquals(4, lines.size(), "header + suspend, restore, verify: " + csv);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = 'audit.export'")) >= 1);

        AuditEntry first = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>findAll().firstResult());
        long anyId = first.id;
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> AuditEntry.getEntityManager()
                .createNativeQuery("UPDATE audit_entry SET details = 'changed' WHERE id = " + anyId).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> AuditEntry.getEntityManager()
                .createNativeQuery("DELETE FROM audit_entry WHERE id = " + anyId).executeUpdate()));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void aRefusedOrganizationCorrectedByItsManagersIsBackInTheQueue() {
        Account manager = Fixtures.account(Fixtures.unique("md-org-manager"));
        Organization o = Fixtures.organization(Fixtures.unique("Org refusée"), manager);
        QuarkusTransaction.requiringNew().run(() -> Organization.<Organization>findById(o.id).moderationStatus = ModerationStatus.pending);
        Organization waiting = reloadOrganization(o.id);
        Csrf csrf = Csrf.of("/admin/moderation/organization/" + o.id);
        post("/admin/moderation/organization/" + o.id, csrf, "decision", "reject", "reason", "Site web introuvable.",
                "version", waiting.version).then().statusCode(303);
        Organization refused = reloadOrganization(o.id);
        assertEquals(ModerationStatus.rejected, refused.moderationStatus);
        refused.website = "https://example.ml";
        Arc.container().instance(ml.jigi.program.ProgramService.class).get()
                .updateOrganization(o.id, manager.id, refused.version, refused, java.util.Optional.empty());
        assertEquals(ModerationStatus.pending, reloadOrganization(o.id).moderationStatus);
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void anEditedProfileComesBackWithWhatChangedSinceItsApproval() {
        Account founder = Fixtures.account(Fixtures.unique("md-founder"));
        Startup approved = decided(pendingStartup("Savon de Kita", founder), ModerationService.Decision.approve, null);
        assertEquals(ModerationStatus.approved, approved.moderationStatus);
        String approvedTagline = approved.tagline;
        approved.tagline = "Karité bio, désormais exporté";
        Arc.container().instance(ml.jigi.startup.StartupService.class).get()
                .update(approved.id, founder.id, approved.version, approved, java.util.Optional.empty(), java.util.Optional.empty());
        assertEquals(ModerationStatus.pending, reload(approved.id).moderationStatus, "an edited profile waits again");

        Startup fresh = pendingStartup("Startup nouvelle", founder);
        Document queue = Jsoup.parse(given().when().get("/admin/moderation").then().statusCode(200).extract().asString());
        assertEquals("true", queue.select("#pending-startups [data-id=" + approved.id + "] [data-edited]").attr("data-edited"));
        assertEquals("false", queue.select("#pending-startups [data-id=" + fresh.id + "] [data-edited]").attr("data-edited"),
                "never approved: new");
        Document item = Jsoup.parse(given().when().get("/admin/moderation/startup/" + approved.id).then().statusCode(200)
                .extract().asString());
        assertEquals(List.of("tagline"), item.select("#changes [data-field]").eachAttr("data-field"));
        assertTrue(item.select("#changes [data-field=tagline]").text().contains("Karité bio, désormais exporté"));
        assertTrue(item.select("#changes [data-field=tagline]").text().contains(approvedTagline), "and what was approved");
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void unknownItemsAreNotFoundAndPagesSpeakEnglishOnRequest() {
        given().when().get("/admin/moderation").then().statusCode(200).body(containsString("<h1>Modération</h1>"));
        given().cookie("jigi_lang", "en").when().get("/admin/moderation").then().statusCode(200)
                .body(containsString("<h1>Moderation</h1>")).body(containsString("lang=\"en\""));
        given().cookie("jigi_lang", "en").when().get("/admin/audit").then().body(containsString("<h1>Audit log</h1>"));
        given().when().get("/admin/moderation/startup/999999999").then().statusCode(404);
        given().when().get("/admin/moderation/spaceship/1").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "md-founder-2", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "md-founder-2"))
    void foundersAreRefusedEverywhere() {
        refusedEverywhere("/my/startups/new");
    }

    @Test
    @TestSecurity(user = "md-manager-2", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "md-manager-2"))
    void managersAreRefusedEverywhere() {
        refusedEverywhere("/manage/organizations/new");
    }

    static void refusedEverywhere(String formPage) {
        Startup pending = pendingStartup("Startup en attente", null);
        Organization org = Fixtures.organization(Fixtures.unique("Org à vérifier"), null);
        for (String path : new String[] {"/admin/moderation", "/admin/moderation/startup/" + pending.id, "/admin/audit",
                "/admin/audit.csv"}) {
            given().when().get(path).then().statusCode(403);
        }
        Csrf csrf = Csrf.of(formPage);
        post("/admin/moderation/startup/" + pending.id, csrf, "decision", "approve", "version", 0).then().statusCode(403);
        post("/admin/moderation/organization/" + org.id + "/verify", csrf, "verified", "on", "version", 0).then()
                .statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : new String[] {"/admin/moderation", "/admin/moderation/startup/1", "/admin/audit",
                "/admin/audit.csv"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(302).header("Location", startsWith(keycloak));
        }
    }
}
