package ml.jigi.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Writes the audit trail in the transaction of the decision it records (it requires one): an entry
 * exists if and only if the decision was saved. Details name objects by id, slug or code, never a
 * person's name or email.
 */
@ApplicationScoped
public class Audit {

    /** The actions recorded, as stored in `audit_entry.action`. */
    public static final java.util.List<String> ACTIONS = java.util.List.of("startup.approve", "startup.reject",
            "startup.suspend", "startup.restore", "organization.approve", "organization.reject", "organization.suspend",
            "organization.restore", "organization.verify", "organization.unverify", "program.approve", "program.reject",
            "application.status", "application.export", "audit.export", "account.delete", "report.close", "user.manager_add", "user.manager_remove", "user.partner_add", "user.partner_remove", "user.disable", "user.enable", "import.run", "import.create", "import.update",
            "startup.erase", "organization.recheck", "report.submit", "report.reopen", "reporting.plan", "cohort.export");

    /** The kinds of object entries are about. */
    public static final java.util.List<String> OBJECTS = java.util.List.of("startup", "organization", "program",
            "application", "audit", "account", "report", "import", "progress_report");

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(Long actorId, String action, String objectType, Long objectId, String details) {
        AuditEntry e = new AuditEntry();
        e.at = Instant.now();
        e.actorId = actorId;
        e.action = action;
        e.objectType = objectType;
        e.objectId = objectId;
        e.details = details == null ? null : details.length() > 2000 ? details.substring(0, 2000) : details;
        e.persist();
        return e;
    }
}
