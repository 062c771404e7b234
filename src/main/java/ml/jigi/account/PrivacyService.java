package ml.jigi.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ml.jigi.application.Application;
import ml.jigi.application.ApplicationEvent;
import ml.jigi.application.Review;
import ml.jigi.audit.Audit;
import ml.jigi.audit.AuditEntry;
import ml.jigi.notification.OutboxMail;
import ml.jigi.program.Organization;
import ml.jigi.program.OrganizationManager;
import ml.jigi.startup.CodeSets;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupInvitation;
import ml.jigi.startup.StartupOwner;
import ml.jigi.startup.Visibility;

/**
 * What Mali's personal-data law (2013-015) gives a person: everything Jigi holds about them, and its
 * erasure. See docs/privacy.md for what is kept, why and for how long.
 */
@ApplicationScoped
public class PrivacyService {

    @Inject
    Audit audit;

    @Inject
    KeycloakUsers keycloak;

    /** Everything held about the account, as plain maps and lists ready for JSON. */
    @Transactional
    public Map<String, Object> export(long accountId) {
        Account a = Account.findById(accountId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exported_at", Instant.now().toString());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", a.username);
        account.put("email", a.email);
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
                    s.moderationNote, "has_logo", s.logoFileId != null, "has_pitch_deck", s.pitchDeckFileId != null,
                    "created_at", String.valueOf(s.createdAt), "updated_at", String.valueOf(s.updatedAt)));
        }
        data.put("startups", startupData);
        List<Object> applications = new ArrayList<>();
        for (Application app : Application.<Application>list("startup.id in (select o.startupId from StartupOwner o "
                + "where o.accountId = ?1) order by id", accountId)) {
            applications.add(map("program", app.program.slug, "startup", app.startup.slug, "status", app.status.name(),
                    "answers", app.answerMap(), "submitted_at", String.valueOf(app.submittedAt), "decision_message",
                    app.decisionMessage, "timeline", ApplicationEvent.timeline(app.id, false).stream()
                            .map(e -> map("at", String.valueOf(e.at), "to", e.toStatus.name(), "message", e.note)).toList()));
        }
        data.put("applications", applications);
        data.put("organizations_managed", Organization.<Organization>list("id in (select m.organizationId from "
                + "OrganizationManager m where m.accountId = ?1)", accountId).stream().map(o -> o.slug).toList());
        data.put("reviews_written", Review.<Review>list("reviewerId", accountId).stream().map(r -> map("application",
                r.applicationId, "scores", r.scoreMap(), "comment", r.comment, "recommendation",
                r.recommendation == null ? null : r.recommendation.name(), "conflict_of_interest", r.conflictDeclared,
                "submitted_at", String.valueOf(r.submittedAt))).toList());
        data.put("invitations_received", a.email == null ? List.of() : StartupInvitation.<StartupInvitation>list(
                "lower(email) = lower(?1)", a.email).stream().map(i -> map("startup", i.startupId, "created_at",
                        String.valueOf(i.createdAt), "accepted_at", String.valueOf(i.acceptedAt))).toList());
        data.put("mails", a.email == null ? List.of() : OutboxMail.<OutboxMail>list("recipient = ?1 order by id", a.email)
                .stream().map(m -> map("template", m.template, "created_at", String.valueOf(m.createdAt), "sent_at",
                        String.valueOf(m.sentAt))).toList());
        data.put("decisions_recorded", AuditEntry.<AuditEntry>list("actorId = ?1 order by id", accountId).stream()
                .map(e -> map("at", String.valueOf(e.at), "action", e.action, "object_type", e.objectType, "object_id",
                        e.objectId, "details", e.details)).toList());
        return data;
    }

    /**
     * Erases the person: their identity at Keycloak is deleted, the account here is anonymized and
     * closed (its Keycloak subject kept, so that a login with it is refused instead of re-creating
     * the person), their place among a startup's
     * owners or an organization's managers is removed, a startup left without owner is unpublished,
     * invitations and mails addressed to them are deleted. Applications, reviews and the audit trail
     * stay, naming only the anonymized account.
     */
    @Transactional
    public void erase(long accountId) {
        Account a = Account.findById(accountId);
        if (a == null || a.status == AccountStatus.deleted) {
            return;
        }
        String email = a.email;
        List<Long> owned = StartupOwner.<StartupOwner>list("accountId", accountId).stream().map(o -> o.startupId).toList();
        StartupOwner.delete("accountId", accountId);
        for (Long startupId : owned) {
            if (StartupOwner.count("startupId", startupId) == 0) {
                Startup s = Startup.findById(startupId);
                s.visibility = Visibility.hidden;
                s.phone = null;
                s.updatedAt = Instant.now();
            }
        }
        OrganizationManager.delete("accountId", accountId);
        if (email != null) {
            StartupInvitation.delete("lower(email) = lower(?1)", email);
            OutboxMail.delete("recipient", email);
        }
        a.username = "deleted-" + a.id;
        a.displayName = "deleted-" + a.id;
        a.email = null;
        a.status = AccountStatus.deleted;
        audit.record(accountId, "account.delete", "account", accountId, null);
        Account.getEntityManager().flush(); // any error here comes before Keycloak is touched
        keycloak.delete(a.keycloakSubject); // last: if Keycloak refuses, nothing here is erased either
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
