package ml.jigi.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateData;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;

/** A report with the names a page shows beside it, and its status on the day. */
@TemplateData
public record ReportRow(ProgressReport report, String program, String programSlug, String organization, String startup,
        ReportStatus status) {

    /** Rows for these reports, their programs and startups read in two queries. */
    static List<ReportRow> of(List<ProgressReport> reports, LocalDate today) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Set<Long> programIds = reports.stream().map(r -> r.programId).collect(Collectors.toSet());
        Set<Long> startupIds = reports.stream().map(r -> r.startupId).collect(Collectors.toSet());
        Map<Long, Program> programs = new HashMap<>();
        Program.<Program>list("from Program p join fetch p.organization where p.id in ?1", programIds)
                .forEach(p -> programs.put(p.id, p));
        Map<Long, String> startups = new HashMap<>();
        Startup.<Startup>list("id in ?1", startupIds).forEach(s -> startups.put(s.id, s.name));
        List<ReportRow> rows = new ArrayList<>();
        for (ProgressReport r : reports) {
            Program p = programs.get(r.programId);
            rows.add(new ReportRow(r, p.title, p.slug, p.organization.name, startups.get(r.startupId), r.status(today)));
        }
        rows.sort(Comparator.comparing((ReportRow row) -> row.report().dueOn).thenComparing(row -> row.report().id));
        return rows;
    }
}
