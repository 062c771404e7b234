package ml.jigi.moderation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import ml.jigi.account.Account;
import ml.jigi.audit.Audit;
import ml.jigi.code.ModerationStatus;
import ml.jigi.notification.Outbox;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramStatus;
import ml.jigi.startup.Startup;
import ml.jigi.web.EditConflict;

/**
 * AGETIC's decisions on what is published: approve or reject what is pending (with a reason the
 * owner reads), suspend and restore what is published, mark an organization verified. Each decision
 * locks the item, checks the version the administrator saw, tells the owners by mail in their
 * language, and writes the audit trail, all in one transaction.
 */
@ApplicationScoped
public class ModerationService {

    /** What can be moderated. */
    public enum Kind {
        startup, organization, program
    }

    /**
     * What an administrator decides (the form field is `decision`), and the moderation status it
     * leads to. Which decision is open comes from the statuses' own table
     * ({@link ModerationStatus#canMoveTo}, {@link ProgramStatus#canMoveTo}): there is no second one.
     */
    public enum Decision {
        approve(ModerationStatus.approved, ProgramStatus.published),
        reject(ModerationStatus.rejected, ProgramStatus.draft),
        suspend(ModerationStatus.suspended, null),
        restore(ModerationStatus.approved, null);

        final ModerationStatus to;
        final ProgramStatus programTo;

        Decision(ModerationStatus to, ProgramStatus programTo) {
            this.to = to;
            this.programTo = programTo;
        }

        /** A reason is required: the owner must know what to change. */
        public boolean needsReason() {
            return this == reject || this == suspend;
        }

        /** Open for a profile or organization in this status: the move is legal, and named for where it starts. */
        boolean openFrom(ModerationStatus from) {
            return from.canMoveTo(to) && switch (this) {
                case approve, reject -> from == ModerationStatus.pending;
                case restore -> from == ModerationStatus.suspended;
                case suspend -> true;
            };
        }

        /** Open for a program in this status: only a program waiting for publication is moderated. */
        boolean openFrom(ProgramStatus from) {
            return programTo != null && from == ProgramStatus.pending && from.canMoveTo(programTo);
        }
    }

    /** A decision the item's state does not allow (it was decided meanwhile, or never could be): 409. */
    public static class NotOpen extends jakarta.ws.rs.ClientErrorException {
        public NotOpen(Kind kind, Decision decision) {
            super("Cannot " + decision + " this " + kind + " now", 409);
        }
    }

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "jigi.public-url")
    String publicUrl;

    /** The decisions open for a startup's or an organization's moderation status. */
    public static List<Decision> open(ModerationStatus status) {
        return java.util.Arrays.stream(Decision.values()).filter(d -> d.openFrom(status)).toList();
    }

    /** The decisions open for a program's status. */
    public static List<Decision> open(ProgramStatus status) {
        return java.util.Arrays.stream(Decision.values()).filter(d -> d.openFrom(status)).toList();
    }

    @Transactional
    public void decide(Kind kind, long id, long formVersion, Decision decision, String reason, long adminId) {
        Instant now = Instant.now();
        String note = decision.needsReason() ? reason : null;
        switch (kind) {
            case startup -> {
                Startup s = Startup.<Startup>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                        .orElseThrow(NotFoundException::new);
                EditConflict.check(formVersion, s.version);
                s.moderationStatus = next(s.moderationStatus, decision, kind);
                s.moderationNote = note;
                if (s.moderationStatus == ModerationStatus.approved) {
                    s.approvedAt = now;
                    Snapshots.keep(kind, s.id, Snapshots.of(s));
                }
                tell(owners(s.id), kind, s.name, decision, reason, publicUrl + "/my/startups/" + s.id + "/edit");
            }
            case organization -> {
                Organization o = Organization.<Organization>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                        .orElseThrow(NotFoundException::new);
                EditConflict.check(formVersion, o.version);
                o.moderationStatus = next(o.moderationStatus, decision, kind);
                o.moderationNote = note;
                o.updatedAt = now;
                if (o.moderationStatus == ModerationStatus.approved) {
                    Snapshots.keep(kind, o.id, Snapshots.of(o));
                }
                tell(managers(o.id), kind, o.name, decision, reason, publicUrl + "/manage/organizations/" + o.id + "/edit");
            }
            case program -> {
                Program p = Program.<Program>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                        .orElseThrow(NotFoundException::new);
                EditConflict.check(formVersion, p.version);
                if (!open(p.status).contains(decision)
                        || decision == Decision.approve && !p.organization.isPublic()) { // its organization first
                    throw new NotOpen(kind, decision);
                }
                p.status = decision.programTo;
                if (decision == Decision.approve) {
                    p.publishedAt = now;
                    Snapshots.keep(kind, p.id, Snapshots.of(p));
                }
                p.moderationNote = note;
                p.updatedAt = now;
                tell(managers(p.organization.id), kind, p.title, decision, reason,
                        publicUrl + "/manage/programs/" + p.id + "/edit");
            }
        }
        audit.record(adminId, kind + "." + decision, kind.name(), id, note);
        EditConflict.flush(Startup.getEntityManager());
    }

    /** Marks an organization verified (a badge on its pages), or takes the mark away. */
    @Transactional
    public void verify(long organizationId, long formVersion, boolean verified, long adminId) {
        Organization o = Organization.<Organization>findByIdOptional(organizationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, o.version);
        if (o.verified != verified || o.recheckSince != null) { // an administrator looked: no longer to look at again
            o.verified = verified;
            o.recheckSince = null;
            o.updatedAt = Instant.now();
            audit.record(adminId, verified ? "organization.verify" : "organization.unverify", "organization", o.id, null);
        }
        EditConflict.flush(Organization.getEntityManager());
    }

    private static ModerationStatus next(ModerationStatus from, Decision decision, Kind kind) {
        if (!decision.openFrom(from)) {
            throw new NotOpen(kind, decision);
        }
        return decision.to;
    }

    private static List<Account> owners(long startupId) {
        return Account.list("id in (select o.accountId from StartupOwner o where o.startupId = ?1)", startupId);
    }

    private static List<Account> managers(long organizationId) {
        return Account.list("id in (select m.accountId from OrganizationManager m where m.organizationId = ?1)",
                organizationId);
    }

    private void tell(List<Account> people, Kind kind, String object, Decision decision, String reason, String url) {
        for (Account person : people) {
            if (person.email == null) {
                continue;
            }
            Map<String, String> payload = new HashMap<>();
            payload.put("name", person.displayName);
            payload.put("kind", kind.name());
            payload.put("object", object);
            payload.put("decision", decision.name());
            payload.put("reason", reason == null ? "" : reason);
            payload.put("url", url);
            outbox.enqueue(person.id, person.email, person.locale, "moderation_decision", payload);
        }
    }
}
