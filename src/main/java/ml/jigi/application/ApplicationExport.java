package ml.jigi.application;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ml.jigi.account.CurrentUser;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramQuestion;
import ml.jigi.program.RubricCriterion;
import ml.jigi.web.Csv;

/**
 * `/manage/programs/{id}/applications.csv`: one row per application (drafts left out), with the
 * startup, every answer, the review average and each criterion's mean score. Streamed a few hundred
 * rows at a time, UTF-8 with a byte-order mark so that spreadsheets read the accents.
 */
@Path("/manage/programs/{id}/applications.csv")
@RolesAllowed("manager")
public class ApplicationExport {

    static final int BATCH = 500;

    @Inject
    CurrentUser user;

    @Inject
    ml.jigi.audit.Audit audit;

    @Inject
    ml.jigi.web.UiLocale ui;

    @GET
    public Response export(@PathParam("id") long id) {
        Program program = Program.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
        List<ProgramQuestion> questions = List.copyOf(program.questions);
        List<RubricCriterion> rubric = List.copyOf(program.rubric);
        long programId = program.id;
        Long managerId = user.id();
        QuarkusTransaction.requiringNew().run(() -> audit.record(managerId, "application.export", "program", programId, null));
        char sep = ml.jigi.web.Csv.separator(ui.code());
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of("application", "status", "submitted_at", "startup", "slug",
                    "region", "stage", "sectors", "team_size", "women_led", "youth_led", "incorporated", "website",
                    "match_score", "review_average", "review_count"));
            questions.forEach(q -> header.add(q.label));
            rubric.forEach(c -> header.add(c.name + " (/" + c.maxScore + ")"));
            Csv.line(w, sep, header);
            long after = 0;
            while (true) {
                long from = after;
                List<List<String>> rows = QuarkusTransaction.requiringNew().call(() -> batch(programId, managerId, from,
                        questions, rubric, sep));
                for (List<String> row : rows) {
                    Csv.line(w, sep, row.subList(1, row.size()));
                }
                if (rows.size() < BATCH) {
                    break;
                }
                after = Long.parseLong(rows.get(rows.size() - 1).get(0));
                w.flush();
            }
            w.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"applications-" + program.slug + ".csv\"").build();
    }

    /** The next rows after an application id; the first column of each is the id, to continue from. */
    static List<List<String>> batch(long programId, long managerId, long after, List<ProgramQuestion> questions,
            List<RubricCriterion> rubric, char sep) {
        List<Application> apps = Application.<Application>find("select a from Application a join fetch a.startup "
                + "where a.program.id = ?1 and a.status <> ?2 and a.id > ?3 order by a.id", programId,
                ApplicationStatus.draft, after).page(0, BATCH).list();
        Map<Long, List<Review>> reviews = new HashMap<>();
        Map<Long, Map<Long, String>> files = new HashMap<>();
        java.util.Set<Long> conflicts = new java.util.HashSet<>();
        if (!apps.isEmpty()) {
            List<Long> ids = apps.stream().map(a -> a.id).toList();
            Review.<Review>list("applicationId in ?1", ids).forEach(r -> {
                if (r.conflictDeclared && r.reviewerId == managerId) {
                    conflicts.add(r.applicationId);
                } else if (!r.conflictDeclared) {
                    reviews.computeIfAbsent(r.applicationId, k -> new ArrayList<>()).add(r);
                }
            });
            @SuppressWarnings("unchecked")
            List<Object[]> named = Application.getEntityManager().createNativeQuery("SELECT af.application_id, "
                    + "af.question_id, f.filename FROM application_file af JOIN stored_file f ON f.id = af.file_id "
                    + "WHERE af.application_id IN (:ids)").setParameter("ids", ids).getResultList();
            named.forEach(r -> files.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .put(((Number) r[1]).longValue(), (String) r[2]));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Application a : apps) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(a.id));
            row.add(String.valueOf(a.id));
            row.add(a.status.name());
            row.add(a.submittedAt == null ? "" : a.submittedAt.toString());
            row.add(a.startup.name);
            row.add(a.startup.slug);
            row.add(a.startup.region.name());
            row.add(a.startup.stage.name());
            row.add(ml.jigi.code.CodeSets.join(a.startup.sectors).replace(',', ' '));
            row.add(String.valueOf(a.startup.teamSize));
            row.add(String.valueOf(a.startup.womenLed));
            row.add(String.valueOf(a.startup.youthLed));
            row.add(String.valueOf(a.startup.incorporated));
            row.add(a.startup.website == null ? "" : a.startup.website);
            row.add(a.matchScoreAtSubmit == null ? "" : String.valueOf(a.matchScoreAtSubmit));
            boolean conflicted = conflicts.contains(a.id); // no averages for a manager who declared a conflict
            row.add(a.reviewAverage == null || conflicted ? "" : Csv.decimal(a.reviewAverage.toPlainString(), sep));
            row.add(String.valueOf(a.reviewCount));
            Map<String, List<String>> answers = a.answerMap();
            Map<Long, String> fileNames = files.getOrDefault(a.id, Map.of());
            for (ProgramQuestion q : questions) {
                row.add(fileNames.containsKey(q.id) ? fileNames.get(q.id)
                        : String.join(" | ", answers.getOrDefault(String.valueOf(q.id), List.of())));
            }
            List<Review> mine = conflicted ? List.of() : reviews.getOrDefault(a.id, List.of());
            for (RubricCriterion c : rubric) {
                double sum = 0;
                int n = 0;
                for (Review r : mine) {
                    Integer score = r.scoreMap().get(String.valueOf(c.id));
                    if (score != null) {
                        sum += score;
                        n++;
                    }
                }
                row.add(n == 0 ? "" : Csv.decimal(String.format(java.util.Locale.ROOT, "%.2f", sum / n), sep));
            }
            rows.add(row);
        }
        return rows;
    }
}
