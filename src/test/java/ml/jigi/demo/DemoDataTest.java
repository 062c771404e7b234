package ml.jigi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.monitoring.Cohort;
import ml.jigi.monitoring.ProgressReport;
import ml.jigi.monitoring.ReportStatus;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;

/** The demo of bin/jigi run loads, and shows monitoring at once (loaded in a transaction rolled back after). */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Inject
    Cohort cohort;

    @Test
    void awasStartupHasAReportDueAndTheBootcampCohortAYearOfReports() {
        LocalDate today = Dates.today();
        QuarkusTransaction.begin();
        {
            try {
                demo.loadAll(today, Instant.now());
                Startup kene = Startup.<Startup>find("slug", "kene-bio").firstResult();
                List<ProgressReport> reports = ProgressReport.list("startupId = ?1 order by dueOn", kene.id);
                assertEquals(4, reports.size());
                assertEquals(ReportStatus.due, reports.get(0).status(today));
                Program bootcamp = Program.<Program>find("title", "RWL Founders Bootcamp 2026").firstResult();
                List<Cohort.Member> members = cohort.of(bootcamp.id, today);
                assertEquals(7, members.size());
                assertEquals("due", members.stream().filter(m -> m.startupId() == kene.id).findFirst().orElseThrow().reportStatus());
                assertTrue(members.stream().filter(m -> m.submitted() == 4).count() >= 5, "a year of reports");
                assertTrue(members.stream().allMatch(m -> m.startupId() == kene.id || m.jobs() != null), "each draws a trend");
            } finally {
                QuarkusTransaction.rollback(); // the test database keeps none of it
            }
        }
    }
}
