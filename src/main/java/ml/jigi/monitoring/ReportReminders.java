package ml.jigi.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import ml.jigi.account.Account;
import ml.jigi.notification.Outbox;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;

/**
 * The mails that keep reports coming, through the outbox in each person's language: a reminder a
 * week before a report is due, one when it is late (once each, for every founder of the startup),
 * and each week a digest for the program's managers of the reports that came in. Every instance
 * runs it; rows are taken with SKIP LOCKED, so each mail is queued once.
 */
@ApplicationScoped
public class ReportReminders {

    /** Days before the due date of the first reminder. */
    static final int SOON_DAYS = 7;
    /** A report late for longer than this gets no reminder any more (data imported or restored). */
    static final int LATE_AT_MOST_DAYS = 30;
    static final int BATCH = 100;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "jigi.public-url")
    String publicUrl;

    @Scheduled(every = "${jigi.reports.every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${jigi.reports.delay:60s}")
    void tick() {
        LocalDate today = Dates.today();
        remind(today);
        digest(Instant.now());
    }

    /** Queues the reminders due today; returns how many reports were reminded of. */
    public int remind(LocalDate today) {
        int count = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> remindBatch(
                    "state <> ?1 and remindedSoonAt is null and dueOn >= ?2 and dueOn <= ?3", today, today.plusDays(SOON_DAYS),
                    true));
            count += batch;
        } while (batch == BATCH);
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> remindBatch(
                    "state <> ?1 and remindedLateAt is null and dueOn < ?3 and dueOn >= ?2", today.minusDays(LATE_AT_MOST_DAYS),
                    today, false));
            count += batch;
        } while (batch == BATCH);
        return count;
    }

    private int remindBatch(String where, LocalDate a, LocalDate b, boolean soon) {
        List<ProgressReport> due = ProgressReport.<ProgressReport>find(where + " order by dueOn, id",
                ProgressReport.State.submitted, a, b).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2).page(0, BATCH).list();
        Instant now = Instant.now();
        for (ProgressReport r : due) {
            Program program = Program.findById(r.programId);
            Startup startup = Startup.findById(r.startupId);
            for (Account founder : Account.<Account>list("id in (select o.accountId from StartupOwner o where o.startupId = ?1)",
                    r.startupId)) {
                if (founder.email == null) {
                    continue;
                }
                Map<String, String> p = new HashMap<>();
                p.put("name", founder.displayName);
                p.put("program", program.title);
                p.put("startup", startup.name);
                p.put("due", longDate(r.dueOn, founder.locale));
                p.put("url", publicUrl + MyReportResource.path(r.id));
                outbox.enqueue(founder.id, founder.email, founder.locale, soon ? MonitoringMails.DUE_SOON : MonitoringMails.LATE, p);
            }
            if (soon) {
                r.remindedSoonAt = now;
            } else {
                r.remindedLateAt = now;
            }
        }
        return due.size();
    }

    /** Queues the weekly digest of each program that received reports since its last one; returns how many programs. */
    public int digest(Instant now) {
        Instant weekAgo = now.minus(Duration.ofDays(7));
        @SuppressWarnings("unchecked")
        List<Number> programs = em.createNativeQuery("SELECT DISTINCT r.program_id FROM progress_report r "
                + "LEFT JOIN report_digest d ON d.program_id = r.program_id WHERE r.state = 'submitted' AND r.submitted_at >= ?1 "
                + "AND (d.sent_at IS NULL OR d.sent_at <= ?1) AND r.submitted_at > COALESCE(d.sent_at, ?1)")
                .setParameter(1, utc(weekAgo)).getResultList();
        int sent = 0;
        for (Number id : programs) {
            if (Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(() -> digestOne(id.longValue(), now, weekAgo)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean digestOne(long programId, Instant now, Instant weekAgo) {
        em.createNativeQuery("INSERT IGNORE INTO report_digest (program_id, sent_at) VALUES (?1, ?2)")
                .setParameter(1, programId).setParameter(2, utc(weekAgo)).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object> locked = em.createNativeQuery("SELECT program_id FROM report_digest WHERE program_id = ?1 AND sent_at <= ?2 "
                + "FOR UPDATE SKIP LOCKED").setParameter(1, programId).setParameter(2, utc(weekAgo)).getResultList();
        if (locked.isEmpty()) {
            return false; // another instance is sending it, or it went out this week
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT r.id FROM progress_report r JOIN report_digest d ON d.program_id = r.program_id "
                + "WHERE r.program_id = ?1 AND r.state = 'submitted' AND r.submitted_at > d.sent_at ORDER BY r.submitted_at, r.id")
                .setParameter(1, programId).getResultList();
        List<ProgressReport> came = ids.isEmpty() ? List.of()
                : ProgressReport.list("id in ?1 order by submittedAt, id", ids.stream().map(Number::longValue).toList());
        em.createNativeQuery("UPDATE report_digest SET sent_at = ?1 WHERE program_id = ?2")
                .setParameter(1, utc(now)).setParameter(2, programId).executeUpdate();
        if (came.isEmpty()) {
            return false;
        }
        Program program = Program.findById(programId);
        Map<Long, String> names = new HashMap<>();
        Startup.<Startup>list("id in ?1", came.stream().map(r -> r.startupId).distinct().toList())
                .forEach(s -> names.put(s.id, s.name));
        for (Account manager : Account.<Account>list("id in (select m.accountId from OrganizationManager m "
                + "where m.organizationId = ?1)", program.organization.id)) {
            if (manager.email == null) {
                continue;
            }
            StringBuilder list = new StringBuilder();
            for (ProgressReport r : came) {
                list.append("- ").append(names.get(r.startupId)).append(" (").append(longDate(r.dueOn, manager.locale))
                        .append(") : ").append(publicUrl).append("/manage/reports/").append(r.id).append('\n');
            }
            outbox.enqueue(manager.id, manager.email, manager.locale, MonitoringMails.DIGEST, Map.of("name",
                    manager.displayName, "program", program.title, "count", String.valueOf(came.size()), "list",
                    list.toString().strip(), "url", publicUrl + "/manage/programs/" + programId + "/cohort"));
        }
        return true;
    }

    static String longDate(LocalDate date, String locale) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu",
                java.util.Locale.forLanguageTag(locale == null ? "fr" : locale)));
    }

    /** An instant as the database's DATETIME columns hold it (UTC, quarkus.hibernate-orm.jdbc.timezone). */
    static java.time.LocalDateTime utc(Instant at) {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    }
}
