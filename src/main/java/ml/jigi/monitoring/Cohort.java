package ml.jigi.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import ml.jigi.code.Region;

/**
 * A program's cohort (its accepted applications) with their reports, in two queries whatever its
 * size: each startup's reporting status, the figures of its last submitted report and their trend.
 */
@ApplicationScoped
public class Cohort {

    /** One startup of the cohort. */
    @TemplateData
    public record Member(long applicationId, long startupId, String slug, String name, Region region, boolean womenLed,
            LocalDate acceptedOn, List<ProgressReport> reports, String reportStatus, ProgressReport last, int submitted,
            int due, Sparkline jobs, Sparkline customers, long fundingTotal, LocalDate nextDue) {
    }

    @Inject
    EntityManager em;

    public List<Member> of(long programId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> accepted = em.createQuery("select a.id, s.id, s.slug, s.name, s.region, s.womenLed, a.decidedAt "
                + "from Application a join a.startup s where a.program.id = ?1 and a.status = ?2")
                .setParameter(1, programId).setParameter(2, ml.jigi.application.ApplicationStatus.accepted).getResultList();
        Map<Long, List<ProgressReport>> byApplication = new HashMap<>();
        for (ProgressReport r : ProgressReport.<ProgressReport>list("programId = ?1 order by dueOn", programId)) {
            byApplication.computeIfAbsent(r.applicationId, k -> new ArrayList<>()).add(r);
        }
        List<Member> members = new ArrayList<>();
        for (Object[] row : accepted) {
            long applicationId = (Long) row[0];
            List<ProgressReport> reports = byApplication.getOrDefault(applicationId, List.of());
            java.time.Instant decided = (java.time.Instant) row[6];
            LocalDate acceptedOn = !reports.isEmpty() ? reports.get(0).acceptedOn
                    : decided == null ? null : decided.atZone(ml.jigi.web.Dates.MALI).toLocalDate();
            members.add(member(applicationId, (Long) row[1], (String) row[2], (String) row[3], (Region) row[4],
                    (Boolean) row[5], acceptedOn, reports, today));
        }
        members.sort(ml.jigi.code.Names.byName(Member::name));
        return members;
    }

    static Member member(long applicationId, long startupId, String slug, String name, Region region, boolean womenLed,
            LocalDate acceptedOn, List<ProgressReport> reports, LocalDate today) {
        List<Integer> jobs = new ArrayList<>();
        List<Integer> customers = new ArrayList<>();
        ProgressReport last = null;
        int submitted = 0;
        int due = 0;
        long funding = 0;
        boolean late = false;
        boolean open = false;
        LocalDate nextDue = null;
        for (ProgressReport r : reports) {
            ReportStatus status = r.status(today);
            if (status == ReportStatus.submitted) {
                submitted++;
                last = r;
                jobs.add(r.jobsTotal == null ? 0 : r.jobsTotal);
                customers.add(r.customers == null ? 0 : r.customers);
                funding += r.fundingRaisedXof == null ? 0 : r.fundingRaisedXof;
            }
            if (!r.dueOn.isAfter(today)) {
                due++;
            }
            if (status == ReportStatus.late) {
                late = true;
            } else if (status == ReportStatus.due || status == ReportStatus.draft) {
                open = true;
            }
            if (status != ReportStatus.submitted && nextDue == null && !r.dueOn.isBefore(today)) {
                nextDue = r.dueOn;
            }
        }
        String status = late ? "late" : open ? "due" : submitted > 0 ? "submitted" : "none";
        return new Member(applicationId, startupId, slug, name, region, womenLed, acceptedOn, reports, status, last,
                submitted, due, Sparkline.of(jobs), Sparkline.of(customers), funding, nextDue);
    }

    /** How many of the cohort are in each reporting status (for the page's summary). */
    public static Map<String, Long> counts(List<Member> members) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("late", "due", "submitted", "none")) {
            counts.put(s, members.stream().filter(m -> m.reportStatus().equals(s)).count());
        }
        return counts;
    }
}
