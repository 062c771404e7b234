package ml.jigi.networking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import ml.jigi.notification.MailSender;
import ml.jigi.notification.OutboxMail;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Csrf;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;
import ml.jigi.web.Mailbox;

/** Alerts: chosen per startup, the weekly mail of new programs that fit, deadline reminders, one-click unsubscribe. */
@QuarkusTest
class AlertsTest {

    static final String FOUNDER = "al-founder";

    @Inject
    Alerts alerts;

    @Inject
    MailSender sender;

    @Inject
    AlertLinks links;

    static long queued(String to, String template) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipient = ?1 and template = ?2", to, template));
    }

    static AlertSubscription subscription(long accountId, long startupId) {
        return QuarkusTransaction.requiringNew().call(() -> AlertSubscription.<AlertSubscription>find(
                "accountId = ?1 and startupId = ?2", accountId, startupId).firstResult());
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void alertsAreOffUntilChosenAndAreChosenPerStartup() {
        var founder = Fixtures.account(FOUNDER);
        Startup startup = Fixtures.startup(Fixtures.unique("Alertée"), founder);
        given().when().get("/me/alerts").then().statusCode(200)
                .body(containsString("name=\"weekly_" + startup.id + "\" value=\"on\">"));
        Csrf csrf = Csrf.of("/me/alerts");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("weekly_" + startup.id, "on").formParam("threshold_" + startup.id, "55")
                .when().post("/me/alerts").then().statusCode(422).body(containsString("threshold_" + startup.id + "-error"));
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("weekly_" + startup.id, "on").formParam("threshold_" + startup.id, "70")
                .when().post("/me/alerts").then().statusCode(303);
        AlertSubscription s = subscription(founder.id, startup.id);
        assertTrue(s.weekly);
        assertEquals(70, s.threshold);
        assertFalse(s.deadlines);
    }

    @Test
    void theWeeklyMailListsNewProgramsThatFitAndItsLinkStopsIt() {
        var founder = Fixtures.account(Fixtures.unique("al-weekly"));
        Startup startup = Fixtures.startup(Fixtures.unique("Alertée"), founder);
        Program fits = NetworkingFixtures.fittingProgram(Fixtures.unique("Programme qui convient"));
        QuarkusTransaction.requiringNew().run(() -> {
            AlertChoices.choose(founder.id, startup.id, true, 40, false);
            // Only this test's subscription is due (others' would only add mails to other addresses).
        });
        Instant now = Instant.now();
        alerts.weekly(now, Dates.today());
        assertEquals(1, queued(founder.email, NetworkingMails.WEEKLY));
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>find(
                "recipient = ?1 and template = ?2", founder.email, NetworkingMails.WEEKLY).firstResult());
        assertTrue(mail.payload.contains(fits.title), mail.payload);
        alerts.weekly(now.plusSeconds(3600), Dates.today());
        assertEquals(1, queued(founder.email, NetworkingMails.WEEKLY), "once a week");

        Mailbox.Mail received = ml.jigi.notification.Deliveries.deliver(founder.email, m -> m.subject().contains(startup.name));
        assertTrue(received.text().contains(fits.title));
        String unsubscribe = received.header("List-Unsubscribe");
        assertTrue(unsubscribe.startsWith("<http") && unsubscribe.contains("/alerts/unsubscribe?"), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", received.header("List-Unsubscribe-Post"));

        // The mail program's one-click POST: no session, no form token.
        URI link = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
        String path = link.getRawPath() + "?" + link.getRawQuery();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").when().post(path).then().statusCode(303);
        assertFalse(subscription(founder.id, startup.id).weekly);
        given().when().get(path + "&done=1").then().statusCode(200).body(containsString("id=\"unsubscribed\""));
        alerts.weekly(now.plusSeconds(8L * 24 * 3600), Dates.today());
        assertEquals(1, queued(founder.email, NetworkingMails.WEEKLY), "no more mail");
    }

    @Test
    void theStartupCreationFormSubscribesToTheAlertsChosenThere() {
        var founder = Fixtures.account(Fixtures.unique("al-new"));
        Startup typed = new Startup();
        typed.name = Fixtures.unique("Nouvelle alertée");
        typed.tagline = "Accroche";
        typed.description = "Description";
        typed.sectors = java.util.EnumSet.of(ml.jigi.code.Sector.fintech);
        typed.stage = ml.jigi.code.Stage.idea;
        typed.region = ml.jigi.code.Region.kayes;
        typed.teamSize = 2;
        typed.languages = java.util.EnumSet.of(ml.jigi.code.Language.fr);
        var service = io.quarkus.arc.Arc.container().instance(ml.jigi.startup.StartupService.class).get();
        Startup created = service.create(founder.id, typed, java.util.Optional.empty(), java.util.Optional.empty(), true, false);
        AlertSubscription s = subscription(founder.id, created.id);
        assertTrue(s.weekly);
        assertFalse(s.deadlines);
        assertEquals(AlertSubscription.DEFAULT_THRESHOLD, s.threshold);
        Startup without = service.create(founder.id, typed, java.util.Optional.empty(), java.util.Optional.empty());
        assertEquals(null, subscription(founder.id, without.id), "nothing chosen, nothing sent");
    }

    @Test
    void aForgedOrBorrowedLinkStopsNothing() {
        var founder = Fixtures.account(Fixtures.unique("al-forged"));
        Startup startup = Fixtures.startup(Fixtures.unique("Alertée"), founder);
        QuarkusTransaction.requiringNew().run(() -> AlertChoices.choose(founder.id, startup.id, true, 60, true));
        long id = subscription(founder.id, startup.id).id;
        String weekly = links.unsubscribe(id, AlertLinks.Kind.weekly);
        String token = weekly.substring(weekly.indexOf("&t=") + 3);
        given().redirects().follow(false).when().post("/alerts/unsubscribe?s=" + (id + 1) + "&k=weekly&t=" + token).then()
                .statusCode(404);
        given().redirects().follow(false).when().post("/alerts/unsubscribe?s=" + id + "&k=deadlines&t=" + token).then()
                .statusCode(404);
        given().when().get("/alerts/unsubscribe?s=" + id + "&k=weekly&t=x" + token).then().statusCode(404);
        AlertSubscription s = subscription(founder.id, startup.id);
        assertTrue(s.weekly && s.deadlines);
    }

    @Test
    void aDraftIsRemindedOnceThreeDaysBeforeTheDeadline() {
        LocalDate today = Dates.today();
        var founder = Fixtures.account(Fixtures.unique("al-deadline"));
        Startup startup = Fixtures.startup(Fixtures.unique("Pressée"), founder);
        var org = Fixtures.organization(Fixtures.unique("Org échéance"), null);
        Program closing = Fixtures.program(org, Fixtures.unique("Programme qui ferme"), ml.jigi.program.ProgramStatus.published,
                today.minusDays(10), today.plusDays(2));
        var service = io.quarkus.arc.Arc.container().instance(ml.jigi.application.ApplicationService.class).get();
        service.start(closing.id, startup.id, founder.id);
        QuarkusTransaction.requiringNew().run(() -> AlertChoices.choose(founder.id, startup.id, false, 60, true));
        assertEquals(1, alerts.deadlines(today));
        assertEquals(0, alerts.deadlines(today));
        assertEquals(1, queued(founder.email, NetworkingMails.DEADLINE));
    }
}
