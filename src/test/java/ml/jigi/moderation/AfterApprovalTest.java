package ml.jigi.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import ml.jigi.account.Account;
import ml.jigi.audit.AuditEntry;
import ml.jigi.code.ModerationStatus;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramStatus;
import ml.jigi.startup.Startup;
import ml.jigi.web.Csrf;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;

/**
 * What AGETIC approved stays vouched for: an organization that changes its name or website loses its
 * verified mark until an administrator looks again; invitations to apply go out only for a published
 * program of an approved organization.
 */
@QuarkusTest
class AfterApprovalTest {

    static Organization verified(String name, Account manager) {
        Organization o = Fixtures.organization(Fixtures.unique(name), manager);
        QuarkusTransaction.requiringNew().run(() -> {
            Organization org = Organization.findById(o.id);
            org.verified = true;
            org.website = "https://ancien-site.ml";
        });
        return reload(o.id);
    }

    static Organization reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(id));
    }

    static void edit(Organization o, String name, String website) {
        Csrf csrf = Csrf.of("/manage/organizations/" + o.id + "/edit");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("version", String.valueOf(o.version))
                .multiPart(new MultiPartSpecBuilder(name).controlName("name").charset(StandardCharsets.UTF_8).build())
                .multiPart("kind", "accelerator").multiPart("country", "Mali").multiPart("website", website)
                .multiPart(new MultiPartSpecBuilder(o.description).controlName("description").charset(StandardCharsets.UTF_8).build())
                .when().post("/manage/organizations/" + o.id + "/edit").then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "aa-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "aa-manager"))
    void aNewNameOrWebsiteTakesTheVerifiedMarkAwayUntilAgeticLooks() {
        Account me = Fixtures.account("aa-manager");
        Organization o = verified("Org vérifiée", me);
        edit(o, o.name, o.website); // the description alone, or nothing: the mark stays
        assertTrue(reload(o.id).verified);

        Organization before = reload(o.id);
        edit(before, before.name + " (nouveau nom)", before.website);
        Organization after = reload(o.id);
        assertFalse(after.verified, "a name AGETIC has not seen is not vouched for");
        assertNotNull(after.recheckSince);
        assertEquals(ModerationStatus.approved, after.moderationStatus, "still public, without the mark");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'organization.unverify' and objectId = ?1", o.id)));

        Organization other = verified("Org au site changé", me);
        edit(other, other.name, "https://autre-site.ml");
        assertFalse(reload(other.id).verified, "a new website too");
    }

    @Test
    @TestSecurity(user = "aa-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "aa-admin"))
    void theOrganizationWaitsInTheQueueUntilAnAdministratorVerifiesItAgain() {
        Organization o = Fixtures.organization(Fixtures.unique("Org à revoir"), null);
        QuarkusTransaction.requiringNew().run(() -> Organization.<Organization>findById(o.id).recheckSince = Instant.now());
        Document queue = Jsoup.parse(given().when().get("/admin/moderation").asString());
        assertTrue(queue.select("#recheck-organizations a[href='/admin/moderation/organization/" + o.id + "']").size() == 1,
                queue.select("#recheck-organizations").outerHtml());

        Organization now = reload(o.id);
        Csrf csrf = Csrf.of("/admin/moderation/organization/" + o.id);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("verified", "on").formParam("version", now.version)
                .when().post("/admin/moderation/organization/" + o.id + "/verify").then().statusCode(303);
        Organization looked = reload(o.id);
        assertTrue(looked.verified);
        assertNull(looked.recheckSince);
        assertTrue(Jsoup.parse(given().when().get("/admin/moderation").asString())
                .select("#recheck-organizations a[href='/admin/moderation/organization/" + o.id + "']").isEmpty());
    }

    @Test
    @TestSecurity(user = "aa-inviter", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "aa-inviter"))
    void invitationsNeedAPublishedProgramOfAnApprovedOrganization() {
        Account me = Fixtures.account("aa-inviter");
        Startup target = Fixtures.startup(Fixtures.unique("Invitable"), null);
        Organization org = Fixtures.organization(Fixtures.unique("Org invitante"), me);
        Program pending = Fixtures.program(org, Fixtures.unique("Programme en attente"), ProgramStatus.pending,
                Dates.today(), Dates.today().plusDays(20));
        Csrf csrf = Csrf.of("/manage/programs/" + pending.id + "/matches");
        Document page = Jsoup.parse(given().when().get("/manage/programs/" + pending.id + "/matches").asString());
        assertEquals(1, page.select("#not-invitable").size(), "the page says why invitations cannot go out yet");
        assertTrue(page.select("button[name=startup]").isEmpty(), "no invitation button");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("startup", target.slug).when().post("/manage/programs/" + pending.id + "/invite")
                .then().statusCode(409);

        Program published = Fixtures.program(org, Fixtures.unique("Programme publié"));
        QuarkusTransaction.requiringNew().run(() -> Organization.<Organization>findById(org.id).moderationStatus
                = ModerationStatus.suspended);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("startup", target.slug).when().post("/manage/programs/" + published.id + "/invite")
                .then().statusCode(409).body(containsString("Conflit"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ml.jigi.matching.ProgramInvitation.count(
                "startupId", target.id)), "no invitation, no mail");
    }

    @Test
    @TestSecurity(user = "aa-founder", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "aa-founder"))
    void aSuspendedOrganizationCollectsNoApplication() {
        Account me = Fixtures.account("aa-founder");
        Startup mine = Fixtures.startup(Fixtures.unique("Candidate prudente"), me);
        Organization org = Fixtures.organization(Fixtures.unique("Org suspendue"), null);
        Program program = Fixtures.program(org, Fixtures.unique("Programme d'une org suspendue"));
        long draft = ml.jigi.application.ApplicationFixturesAccess.draft(program.id, mine.id, me.id);
        QuarkusTransaction.requiringNew().run(() -> Organization.<Organization>findById(org.id).moderationStatus
                = ModerationStatus.suspended);

        given().redirects().follow(false).when().get("/programs/" + program.slug).then().statusCode(404);
        given().redirects().follow(false).when().get("/programs/" + program.slug + "/apply").then().statusCode(404);
        Csrf csrf = Csrf.of("/my/applications/" + draft);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("startup", mine.id).when().post("/programs/" + program.slug + "/apply").then().statusCode(404);
        long version = QuarkusTransaction.requiringNew().call(
                () -> ml.jigi.application.Application.<ml.jigi.application.Application>findById(draft).version);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("version", String.valueOf(version)).when().post("/my/applications/" + draft + "/submit")
                .then().statusCode(409);
        assertEquals(ml.jigi.application.ApplicationStatus.draft, QuarkusTransaction.requiringNew().call(
                () -> ml.jigi.application.Application.<ml.jigi.application.Application>findById(draft).status));
    }

    @Test
    @TestSecurity(user = "aa-curious", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "aa-curious"))
    void theMatchesPageNamesOnlyAStartupThisProgramInvited() {
        Account me = Fixtures.account("aa-curious");
        Organization org = Fixtures.organization(Fixtures.unique("Org curieuse"), me);
        Program program = Fixtures.program(org, Fixtures.unique("Programme curieux"));
        Startup hidden = Fixtures.startup(Fixtures.unique("Startup cachée"), null);
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(hidden.id).visibility
                = ml.jigi.startup.Visibility.hidden);
        String page = given().when().get("/manage/programs/" + program.id + "/matches?invited=" + hidden.slug).asString();
        assertFalse(page.contains(hidden.name), "a slug typed in the address does not reveal a hidden startup's name");
    }
}
