package ml.jigi.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import ml.jigi.account.Account;
import ml.jigi.application.Application;
import ml.jigi.application.ApplicationAccepted;
import ml.jigi.application.ApplicationStatus;
import ml.jigi.audit.Audit;
import ml.jigi.notification.Outbox;
import ml.jigi.program.Program;
import ml.jigi.web.EditConflict;

/**
 * Every rule of progress reports, whoever calls: the schedule (made when an application is accepted,
 * redone when the plan changes, never touching what founders wrote), saving a draft, submitting,
 * asking a manager to reopen a submitted report and reopening it. Two saves at once: the second is
 * a conflict, never an overwrite.
 */
@ApplicationScoped
public class ReportService {

    /** A submitted report: only a manager may reopen it. */
    public static class Submitted extends RuntimeException {
        public Submitted() {
            super("The report is submitted", null, false, false);
        }
    }

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "jigi.public-url")
    String publicUrl;

    /** An accepted application: its reports are scheduled in the decision's transaction. */
    void onAccepted(@Observes ApplicationAccepted accepted) {
        schedule(accepted.applicationId(), accepted.programId(), accepted.startupId(), accepted.on(),
                ReportingPlan.of(accepted.programId()));
    }

    /** Adds the reports the plan asks for that do not exist yet; removes untouched ones it no longer asks for. */
    void schedule(long applicationId, long programId, long startupId, LocalDate acceptedOn, ReportingPlan plan) {
        List<LocalDate> dates = plan.dueDates(acceptedOn);
        List<ProgressReport> existing = ProgressReport.list("applicationId", applicationId);
        Set<LocalDate> have = new HashSet<>();
        for (ProgressReport r : existing) {
            if (r.state == ProgressReport.State.open && !dates.contains(r.dueOn)) {
                r.delete();
            } else {
                have.add(r.dueOn);
            }
        }
        // A new report covers the days since the previous one, kept drafts and submitted reports included.
        List<LocalDate> all = new java.util.ArrayList<>(have);
        dates.stream().filter(d -> !have.contains(d)).forEach(all::add);
        java.util.Collections.sort(all);
        Instant now = Instant.now();
        for (LocalDate due : dates) {
            if (have.contains(due)) {
                continue;
            }
            ProgressReport r = new ProgressReport();
            r.applicationId = applicationId;
            r.programId = programId;
            r.startupId = startupId;
            r.acceptedOn = acceptedOn;
            r.dueOn = due;
            r.periodStart = ReportSchedule.periodStart(acceptedOn, all, due);
            r.createdAt = now;
            r.updatedAt = now;
            r.persist();
        }
    }

    /** Saves a manager's plan and redoes the schedule of the program's cohort. */
    @Transactional
    public ReportingPlan plan(long programId, long managerId, long formVersion, Integer everyMonths, Integer forMonths,
            String fixedDates, String questions) {
        Program program = Program.findManaged(programId, managerId).orElseThrow(NotFoundException::new);
        ReportingPlan plan = ReportingPlan.find("programId", program.id).firstResult();
        if (plan == null) {
            EditConflict.check(formVersion, 0);
            plan = new ReportingPlan();
            plan.programId = program.id;
        } else {
            EditConflict.check(formVersion, plan.version);
        }
        plan.everyMonths = everyMonths;
        plan.forMonths = forMonths;
        plan.fixedDates = fixedDates;
        plan.questions = questions;
        plan.updatedAt = Instant.now();
        plan.persist();
        EditConflict.flush(ReportingPlan.getEntityManager());
        List<Application> cohort = Application.list("program.id = ?1 and status = ?2", program.id, ApplicationStatus.accepted);
        for (Application a : cohort) {
            schedule(a.id, program.id, a.startup.id, acceptedOn(a), plan);
        }
        audit.record(managerId, "reporting.plan", "program", program.id, fixedDates != null ? "dates " + fixedDates
                : "every " + everyMonths + " months for " + forMonths);
        return plan;
    }

    /** The day an application was accepted, as its reports know it. */
    static LocalDate acceptedOn(Application a) {
        ProgressReport any = ProgressReport.find("applicationId", a.id).firstResult();
        if (any != null) {
            return any.acceptedOn;
        }
        Instant decided = a.decidedAt == null ? a.updatedAt : a.decidedAt;
        return decided.atZone(ml.jigi.web.Dates.MALI).toLocalDate();
    }

    /** A founder saves what they typed (a draft); a submitted report refuses. */
    @Transactional
    public ProgressReport save(long id, long accountId, long formVersion, ReportForm.Values values) {
        ProgressReport r = ProgressReport.lockOwned(id, accountId).orElseThrow(NotFoundException::new);
        if (!r.isEditable()) {
            throw new Submitted();
        }
        EditConflict.check(formVersion, r.version);
        fill(r, values);
        r.state = ProgressReport.State.draft;
        r.updatedAt = Instant.now();
        EditConflict.flush(ProgressReport.getEntityManager());
        return r;
    }

    /** A founder submits a complete report (the caller checked it with the submission's rules). */
    @Transactional
    public ProgressReport submit(long id, long accountId, long formVersion, ReportForm.Values values) {
        ProgressReport r = ProgressReport.lockOwned(id, accountId).orElseThrow(NotFoundException::new);
        if (!r.isEditable()) {
            throw new Submitted();
        }
        EditConflict.check(formVersion, r.version);
        if (values.jobsTotal() == null || values.jobsWomen() == null || values.jobsYouth() == null
                || values.fundingRaisedXof() == null || values.fundingKind() == null || values.revenueBand() == null
                || values.customers() == null) {
            throw new IllegalArgumentException("An incomplete report cannot be submitted");
        }
        fill(r, values);
        Instant now = Instant.now();
        r.state = ProgressReport.State.submitted;
        r.submittedAt = now;
        r.submittedBy = accountId;
        r.reopenAskedAt = null;
        r.reopenNote = null;
        r.updatedAt = now;
        EditConflict.flush(ProgressReport.getEntityManager());
        audit.record(accountId, "report.submit", "progress_report", r.id, "due " + r.dueOn);
        return r;
    }

    /** A founder asks the program's managers to reopen a submitted report (to correct it). */
    @Transactional
    public ProgressReport askReopen(long id, long accountId, String note) {
        ProgressReport r = ProgressReport.lockOwned(id, accountId).orElseThrow(NotFoundException::new);
        if (r.state != ProgressReport.State.submitted) {
            return r;
        }
        r.reopenAskedAt = Instant.now();
        r.reopenNote = note;
        r.updatedAt = r.reopenAskedAt;
        Program program = Program.findById(r.programId);
        String startup = ml.jigi.startup.Startup.<ml.jigi.startup.Startup>findById(r.startupId).name;
        for (Account manager : Account.<Account>list("id in (select m.accountId from OrganizationManager m "
                + "where m.organizationId = ?1)", program.organization.id)) {
            if (manager.email != null) {
                outbox.enqueue(manager.id, manager.email, manager.locale, MonitoringMails.REOPEN_ASKED,
                        Map.of("name", manager.displayName, "program", program.title, "startup", startup,
                                "note", note == null ? "" : note, "url", publicUrl + "/manage/reports/" + r.id));
            }
        }
        return r;
    }

    /** A manager reopens a submitted report: its founders may change it and submit it again. */
    @Transactional
    public ProgressReport reopen(long id, long managerId, long formVersion) {
        ProgressReport r = ProgressReport.lockManaged(id, managerId).orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, r.version);
        if (r.state == ProgressReport.State.submitted) {
            r.state = ProgressReport.State.draft;
            r.reopenAskedAt = null;
            r.updatedAt = Instant.now();
            audit.record(managerId, "report.reopen", "progress_report", r.id, "due " + r.dueOn);
        }
        EditConflict.flush(ProgressReport.getEntityManager());
        return r;
    }

    private static void fill(ProgressReport r, ReportForm.Values v) {
        r.revenueBand = v.revenueBand();
        r.jobsTotal = v.jobsTotal();
        r.jobsWomen = v.jobsWomen();
        r.jobsYouth = v.jobsYouth();
        r.fundingRaisedXof = v.fundingRaisedXof();
        r.fundingKind = v.fundingKind();
        r.customers = v.customers();
        r.milestone = v.milestone();
        r.answerMap(v.answers());
    }
}
