package ml.jigi.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.code.Region;
import ml.jigi.notification.OutboxMail;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;
import ml.jigi.web.Mailbox;

/** Reminders a week before and when late, once each; the managers' weekly digest, once a week. */
@QuarkusTest
class RemindersTest {

    @Inject
    ReportReminders reminders;

    @Inject
    ml.jigi.notification.MailSender sender;

    static long mails(String to, String template) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipient = ?1 and template = ?2", to, template));
    }

    @Test
    void aReportIsRemindedAWeekBeforeAndOnceLateAndNeverWhenSent() {
        LocalDate today = Dates.today();
        var p = MonitoringFixtures.program(Fixtures.unique("rm-manager"), List.of(today.plusDays(6), today.plusDays(60)));
        var s = MonitoringFixtures.accept(p, Fixtures.unique("rm-founder"), Region.sikasso, false);
        reminders.remind(today);
        reminders.remind(today);
        assertEquals(1, mails(s.founder().email, MonitoringMails.DUE_SOON), "once, for the report due in 6 days only");
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>find(
                "recipient = ?1 and template = ?2", s.founder().email, MonitoringMails.DUE_SOON).firstResult());
        assertTrue(mail.payload.contains("/my/reports/"), mail.payload);
        // Through the real SMTP server of the tests.
        Mailbox.Mail received = ml.jigi.notification.Deliveries.deliver(s.founder().email, m -> m.subject().contains("attendu dans une semaine"));
        assertEquals("Votre rapport d’avancement pour " + s.program().title + " est attendu dans une semaine", received.subject());
        assertTrue(received.text().contains("/my/reports/"), received.text());

        reminders.remind(today.plusDays(7)); // the day after its due date
        reminders.remind(today.plusDays(8));
        assertEquals(1, mails(s.founder().email, MonitoringMails.LATE));

        var sent = MonitoringFixtures.accept(p, Fixtures.unique("rm-sent"), Region.sikasso, false);
        ProgressReport r = MonitoringFixtures.reportsOf(sent.application().id).get(0);
        MonitoringFixtures.reports().submit(r.id, sent.founder().id, r.version, MonitoringFixtures.values(1, 0, 0, 0, FundingKind.none, 1));
        reminders.remind(today);
        reminders.remind(today.plusDays(7));
        assertEquals(0, mails(sent.founder().email, MonitoringMails.DUE_SOON) + mails(sent.founder().email, MonitoringMails.LATE));
    }

    @Test
    void managersGetOneDigestAWeekOfTheReportsThatCameIn() {
        LocalDate today = Dates.today();
        var p = MonitoringFixtures.program(Fixtures.unique("rm-digest"), List.of(today.plusDays(20)));
        var s = MonitoringFixtures.accept(p, Fixtures.unique("rm-digest-founder"), Region.segou, true);
        ProgressReport r = MonitoringFixtures.reportsOf(s.application().id).get(0);
        MonitoringFixtures.reports().submit(r.id, s.founder().id, r.version, MonitoringFixtures.values(4, 2, 2, 0, FundingKind.none, 9));
        Instant now = Instant.now();
        reminders.digest(now);
        reminders.digest(now.plusSeconds(3600));
        assertEquals(1, mails(s.manager().email, MonitoringMails.DIGEST));
        OutboxMail digest = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>find(
                "recipient = ?1 and template = ?2", s.manager().email, MonitoringMails.DIGEST).firstResult());
        assertTrue(digest.payload.contains(s.startup().name), digest.payload);
        reminders.digest(now.plusSeconds(8 * 24 * 3600));
        assertEquals(1, mails(s.manager().email, MonitoringMails.DIGEST), "nothing new came: no second digest");
    }
}
