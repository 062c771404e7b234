package ml.jigi.me;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;
import ml.jigi.account.Consent;
import ml.jigi.account.KeycloakUsers;
import ml.jigi.application.Application;
import ml.jigi.application.ApplicationEvent;
import ml.jigi.application.Review;
import ml.jigi.audit.Audit;
import ml.jigi.audit.AuditEntry;
import ml.jigi.code.CodeSets;
import ml.jigi.file.Files;
import ml.jigi.moderation.Report;
import ml.jigi.notification.OutboxMail;
import ml.jigi.program.Organization;
import ml.jigi.program.OrganizationManager;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupInvitation;
import ml.jigi.startup.StartupOwner;
import ml.jigi.startup.Visibility;

/**
 * What Mali's personal-data law (2013-015) gives a person: everything Jigi holds about them, and its
 * erasure. Both go by account, never by an email address (an address proves nothing until Keycloak
 * has verified it). See docs/privacy.md for what is kept, why and for how long.
 */
@ApplicationScoped
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class);

    @Inject
    Audit audit;

    @Inject
    KeycloakUsers keycloak;

    @Inject
    Files files;

    @Inject
    ml.jigi.application.ApplicationFiles answerFiles;

    /** How long a startup left without any founder is kept (hidden) before it is erased. */
    @ConfigProperty(name = "jigi.privacy.orphan-days", defaultValue = "90")
    int orphanDays;

    /** Everything held about the account, as plain maps and lists ready for JSON; files are listed, their content comes apart. */
    @Transactional
    public Map<String, Object> export(long accountId) {
        Account a = Account.findById(accountId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exported_at", Instant.now().toString());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", a.username);
        account.put("email", a.email);
        account.put("email_verified", a.emailVerified);
        account.put("display_name", a.displayName);
        account.put("locale", a.locale);
        account.put("status", a.status.name());
        account.put("created_at", String.valueOf(a.createdAt));
        account.put("last_seen_at", String.valueOf(a.lastSeenAt));
        data.put("account", account);
        data.put("consents", Consent.<Consent>list("accountId", accountId).stream().map(c -> map("purpose", c.purpose,
                "text_version", c.textVersion, "accepted_at", String.valueOf(c.acceptedAt))).toList());
        List<Startup> startups = Startup.list("id in (select o.startupId from StartupOwner o where o.accountId = ?1)", accountId);
        List<Object> startupData = new ArrayList<>();
        for (Startup s : startups) {
            startupData.add(map("name", s.name, "slug", s.slug, "tagline", s.tagline, "description", s.description,
                    "sectors", CodeSets.join(s.sectors), "stage", s.stage.name(), "region", s.region.name(), "city", s.city,
                    "founded_year", s.foundedYear, "team_size", s.teamSize, "women_led", s.womenLed, "youth_led",
                    s.youthLed, "incorporated", s.incorporated, "website", s.website, "phone", s.phone, "visibility",
                    s.visibility.name(), "moderation_status", s.moderationStatus.name(), "moderation_note",
                    s.moderationNote, "logo_file", s.logoFileId, "pitch_deck_file", s.pitchDeckFileId,
                    "created_at", String.valueOf(s.createdAt), "updated_at", String.valueOf(s.updatedAt)));
        }
        data.put("startups", startupData);
        List<Object> applications = new ArrayList<>();
        for (Application app : Application.<Application>list("startup.id in (select o.startupId from StartupOwner o "
                + "where o.accountId = ?1) order by id", accountId)) {
            applications.add(map("program", app.program.slug, "startup", app.startup.slug, "status", app.status.name(),
                    "answers", app.answerMap(), "file_answers", answerFiles.of(app.id).values().stream()
                            .map(f -> map("question", f.questionId(), "name", f.filename(), "size", f.size())).toList(),
                    "submitted_at", String.valueOf(app.submittedAt), "decision_message",
                    app.decisionMessage, "timeline", ApplicationEvent.timeline(app.id, false).stream()
                            .map(e -> map("at", String.valueOf(e.at), "to", e.toStatus.name(), "message", e.note)).toList()));
        }
        data.put("applications", applications);
        data.put("progress_reports", ml.jigi.monitoring.ProgressReport.<ml.jigi.monitoring.ProgressReport>list(
                "startupId in (select o.startupId from StartupOwner o where o.accountId = ?1) order by id", accountId)
                .stream().map(r -> map("startup", slugOf(r.startupId), "program", r.programId, "period_start",
                        String.valueOf(r.periodStart), "due_on", String.valueOf(r.dueOn), "state", r.state.name(),
                        "revenue_band", r.revenueBand == null ? null : r.revenueBand.code(), "jobs_total", r.jobsTotal,
                        "jobs_women", r.jobsWomen, "jobs_youth", r.jobsYouth, "funding_raised_xof", r.fundingRaisedXof,
                        "funding_kind", r.fundingKind == null ? null : r.fundingKind.name(), "customers", r.customers,
                        "milestone", r.milestone, "answers", r.answerMap(), "submitted_at", String.valueOf(r.submittedAt)))
                .toList());
        data.put("organizations_managed", Organization.<Organization>list("id in (select m.organizationId from "
                + "OrganizationManager m where m.accountId = ?1)", accountId).stream().map(o -> o.slug).toList());
        data.put("reviews_written", Review.<Review>list("reviewerId", accountId).stream().map(r -> map("application",
                r.applicationId, "scores", r.scoreMap(), "comment", r.comment, "recommendation",
                r.recommendation == null ? null : r.recommendation.name(), "conflict_of_interest", r.conflictDeclared,
                "submitted_at", String.valueOf(r.submittedAt))).toList());
        data.put("reports_filed", Report.<Report>list("reporterId = ?1 order by id", accountId).stream().map(r -> map(
                "object_type", r.objectType.name(), "object_id", r.objectId, "reason", r.reason.name(), "message",
                r.message, "status", r.status.name(), "created_at", String.valueOf(r.createdAt), "resolution",
                r.resolution)).toList());
        data.put("invitations_received", received(a).stream().map(i -> map("startup", slugOf(i.startupId), "email",
                i.email, "created_at", String.valueOf(i.createdAt), "accepted_at", String.valueOf(i.acceptedAt))).toList());
        data.put("invitations_sent", StartupInvitation.<StartupInvitation>list("invitedBy = ?1 order by id", accountId)
                .stream().map(i -> map("startup", slugOf(i.startupId), "email", i.email, "created_at",
                        String.valueOf(i.createdAt), "accepted_at", String.valueOf(i.acceptedAt))).toList());
        data.put("mails", OutboxMail.<OutboxMail>list("accountId = ?1 order by id", accountId).stream().map(m -> map(
                "template", m.template, "created_at", String.valueOf(m.createdAt), "sent_at", String.valueOf(m.sentAt)))
                .toList());
        data.put("files", files.ownedBy(accountId).stream().map(f -> map("id", f.id(), "name", f.filename(), "type",
                f.contentType(), "size", f.size(), "sha256", f.sha256(), "created_at", String.valueOf(f.createdAt()),
                "in_archive", fileEntry(f))).toList());
        data.put("decisions_recorded", AuditEntry.<AuditEntry>list("actorId = ?1 order by id", accountId).stream()
                .map(e -> map("at", String.valueOf(e.at), "action", e.action, "object_type", e.objectType, "object_id",
                        e.objectId, "details", e.details)).toList());
        return data;
    }

    /** Where a file lies in the download's archive. */
    static String fileEntry(Files.Info f) {
        return "fichiers/" + f.id() + "-" + f.filename().replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    /**
     * Invitations this person received: those they accepted, and open ones to their address once
     * Keycloak has proven it is theirs.
     */
    static List<StartupInvitation> received(Account a) {
        List<StartupInvitation> list = new ArrayList<>(StartupInvitation.<StartupInvitation>list("acceptedBy = ?1 order by id",
                a.id));
        list.addAll(StartupInvitation.openFor(a));
        return list;
    }

    private static String slugOf(long startupId) {
        Startup s = Startup.findById(startupId);
        return s == null ? null : s.slug;
    }

    /**
     * Erases the person: their identity at Keycloak is deleted, the account here is anonymized and
     * closed (its Keycloak subject kept, so that a login with it is refused instead of re-creating
     * the person), their place among a startup's owners or an organization's managers is removed, a
     * startup left without owner is unpublished (and erased after {@link #orphanDays} days), the
     * invitations they sent and the mails written for them are deleted, and the texts of the reports
     * they filed. Applications, reviews and the audit trail stay, naming only the anonymized account.
     */
    @Transactional
    public void erase(long accountId) {
        Account a = Account.findById(accountId);
        if (a == null || a.status == AccountStatus.deleted) {
            return;
        }
        Instant now = Instant.now();
        List<Long> owned = StartupOwner.<StartupOwner>list("accountId", accountId).stream().map(o -> o.startupId).toList();
        StartupOwner.delete("accountId", accountId);
        for (Long startupId : owned) {
            if (StartupOwner.count("startupId", startupId) == 0) {
                Startup s = Startup.findById(startupId);
                s.visibility = Visibility.hidden;
                s.phone = null;
                s.orphanedAt = now;
                s.updatedAt = now;
            }
        }
        OrganizationManager.delete("accountId", accountId);
        StartupInvitation.delete("invitedBy = ?1 and acceptedAt is null", accountId);
        StartupInvitation.openFor(a).forEach(StartupInvitation::delete);
        StartupInvitation.delete("acceptedBy", accountId); // they hold the person's address
        OutboxMail.delete("accountId", accountId);
        Report.update("message = null where reporterId = ?1", accountId);
        a.username = "deleted-" + a.id;
        a.displayName = "deleted-" + a.id;
        a.email = null;
        a.emailVerified = false;
        a.status = AccountStatus.deleted;
        audit.record(accountId, "account.delete", "account", accountId, null);
        Account.getEntityManager().flush(); // any error here comes before Keycloak is touched
        keycloak.delete(a.keycloakSubject); // last: if Keycloak refuses, nothing here is erased either
    }

    /**
     * Every night: startups left without a founder for longer than the delay are erased (one
     * transaction each), and mails sent more than 90 days ago are forgotten (older ones carry no
     * account, so only time can erase them).
     */
    @Scheduled(cron = "${jigi.privacy.orphan-cron:0 17 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseOrphansNightly() {
        int erased = eraseOrphans(Instant.now());
        if (erased > 0) {
            LOG.infof("Erased %d startups left without a founder for %d days", erased, orphanDays);
        }
        forgetSentMails(Instant.now());
    }

    /** Deletes the mails sent (or given up) more than 90 days before this moment; returns how many. */
    public long forgetSentMails(Instant now) {
        Instant before = now.minus(Duration.ofDays(MAIL_DAYS));
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.delete(
                "status <> ?1 and createdAt < ?2", OutboxMail.Status.pending, before));
    }

    /** How long a mail is kept once it left (or failed for good). */
    static final int MAIL_DAYS = 90;

    /** Erases the startups without a founder since before the delay; returns how many. */
    public int eraseOrphans(Instant now) {
        Instant before = now.minus(Duration.ofDays(orphanDays));
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>list(
                "orphanedAt < ?1 and id not in (select o.startupId from StartupOwner o)", before).stream()
                .map(s -> s.id).toList());
        int erased = 0;
        for (Long id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> eraseStartup(id, before))) {
                erased++;
            }
        }
        return erased;
    }

    /**
     * Erases one startup without founder, with what hangs on it (its applications and their reviews,
     * its files), in one transaction, audited without an actor (the delay decided, not a person).
     */
    boolean eraseStartup(long id, Instant before) {
        Startup s = Startup.<Startup>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (s == null || s.orphanedAt == null || !s.orphanedAt.isBefore(before) || StartupOwner.count("startupId", id) > 0) {
            return false;
        }
        String slug = s.slug;
        List<Long> applications = Application.<Application>list("startup.id", id).stream().map(x -> x.id).toList();
        List<Long> boundFiles = new ArrayList<>();
        if (!applications.isEmpty()) {
            Application.getEntityManager().createNativeQuery("SELECT file_id FROM application_file WHERE application_id IN (:ids)")
                    .setParameter("ids", applications).getResultList().forEach(f -> boundFiles.add(((Number) f).longValue()));
            Review.delete("applicationId in ?1", applications);
            ApplicationEvent.delete("applicationId in ?1", applications);
            ml.jigi.monitoring.ProgressReport.delete("applicationId in ?1", applications);
            Application.getEntityManager().createNativeQuery("DELETE FROM application_file WHERE application_id IN (:ids)")
                    .setParameter("ids", applications).executeUpdate();
            Application.delete("id in ?1", applications);
        }
        Long logo = s.logoFileId;
        Long deck = s.pitchDeckFileId;
        s.delete();
        files.release(logo);
        files.release(deck);
        boundFiles.forEach(files::release);
        audit.record(null, "startup.erase", "startup", id, slug + " (no founder for " + orphanDays + " days)");
        return true;
    }

    /** A map from alternating keys and values, keeping nulls (a JSON null says "nothing held"). */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i].toString(), pairs[i + 1]);
        }
        return m;
    }
}
