package ml.jigi.monitoring;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import ml.jigi.account.Account;
import ml.jigi.application.Application;
import ml.jigi.application.ApplicationService;
import ml.jigi.application.ApplicationStatus;
import ml.jigi.code.Region;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;

/** A program whose manager accepted a founder's startup, through the services (so the reports are scheduled). */
final class MonitoringFixtures {

    record Setup(Account founder, Startup startup, Account manager, Organization org, Program program, Application application) {
    }

    private MonitoringFixtures() {
    }

    static ReportService reports() {
        return Arc.container().instance(ReportService.class).get();
    }

    /** A program of a new organization of this manager, its plan fixed dates (none: the default plan). */
    static Setup program(String managerSubject, List<LocalDate> fixedDates) {
        Account manager = Fixtures.account(managerSubject);
        Organization org = Fixtures.organization(Fixtures.unique("Org suivi"), manager);
        Program program = Fixtures.program(org, Fixtures.unique("Programme suivi"));
        if (!fixedDates.isEmpty()) {
            reports().plan(program.id, manager.id, 0, null, null,
                    String.join(",", fixedDates.stream().map(LocalDate::toString).toList()), "Qu’avez-vous appris ?");
        }
        return new Setup(null, null, manager, org, program, null);
    }

    /** A new founder's startup (in this region) accepted in the setup's program. */
    static Setup accept(Setup p, String founderSubject, Region region, boolean womenLed) {
        Account founder = Fixtures.account(founderSubject);
        Startup startup = Fixtures.startup(Fixtures.unique("Suivie"), founder);
        QuarkusTransaction.requiringNew().run(() -> {
            Startup s = Startup.findById(startup.id);
            s.region = region;
            s.womenLed = womenLed;
        });
        ApplicationService service = Arc.container().instance(ApplicationService.class).get();
        Application a = service.start(p.program().id, startup.id, founder.id);
        a = service.submit(a.id, founder.id, a.version, Dates.today());
        a = service.changeStatus(a.id, p.manager().id, a.version, ApplicationStatus.under_review, null, false);
        a = service.changeStatus(a.id, p.manager().id, a.version, ApplicationStatus.accepted, "Bienvenue", false);
        return new Setup(founder, startup, p.manager(), p.org(), p.program(), a);
    }

    static List<ProgressReport> reportsOf(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> ProgressReport.<ProgressReport>list(
                "applicationId = ?1 order by dueOn", applicationId));
    }

    static ProgressReport reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ProgressReport.<ProgressReport>findById(id));
    }

    /** Complete values: jobs, revenue, money raised, customers. */
    static ReportForm.Values values(int jobs, int women, int youth, long raised, FundingKind kind, int customers) {
        return new ReportForm.Values(ml.jigi.code.Band.m1_10m, jobs, women, youth, raised, kind, customers, "Un jalon",
                java.util.Map.of());
    }

    /** Moves a report in time (test data of past periods): accepted on, period start and due date. */
    static void dated(long reportId, LocalDate acceptedOn, LocalDate dueOn) {
        QuarkusTransaction.requiringNew().run(() -> ProgressReport.update(
                "acceptedOn = ?1, periodStart = ?1, dueOn = ?2 where id = ?3", acceptedOn, dueOn, reportId));
    }
}
