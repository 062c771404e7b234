package ml.jigi.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import ml.jigi.account.Account;
import ml.jigi.matching.MatchService;
import ml.jigi.notification.Outbox;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramQuestion;
import ml.jigi.program.QuestionType;
import ml.jigi.startup.Startup;
import ml.jigi.web.EditConflict;

/**
 * Applications from draft to decision, and their reviews. Each method is one transaction; its
 * timeline event and its mail (through the outbox) are saved with the change or not at all.
 */
@ApplicationScoped
public class ApplicationService {

    /** A move the status does not allow: answered 409 with the statuses named. */
    public static class IllegalMove extends jakarta.ws.rs.ClientErrorException {
        public final ApplicationStatus from;
        public final ApplicationStatus to;

        IllegalMove(ApplicationStatus from, ApplicationStatus to) {
            super("An application cannot go from " + from + " to " + to, 409);
            this.from = from;
            this.to = to;
        }
    }

    /** A manager who declared a conflict of interest on the application tries to decide it: 409. */
    public static class Conflicted extends jakarta.ws.rs.ClientErrorException {
        Conflicted() {
            super("A manager with a declared conflict of interest takes no part in the decision", 409);
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    MatchService matches;

    @Inject
    ml.jigi.audit.Audit audit;

    @Inject
    ml.jigi.file.Files storedFiles;

    @Inject
    ApplicationFiles answerFiles;

    @ConfigProperty(name = "jigi.public-url")
    String publicUrl;

    /**
     * The startup's application to the program, made (a draft, pre-filled from the profile) the
     * first time. Two clicks, a reload or a second tab at once still make one: the unique key
     * (startup, program) decides, and the loser reads the winner's.
     */
    public Application start(long programId, long startupId, long accountId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> findOrCreate(programId, startupId, accountId));
        } catch (PersistenceException raced) {
            return QuarkusTransaction.requiringNew().call(() -> Application.<Application>find(
                    "program.id = ?1 and startup.id = ?2", programId, startupId).firstResultOptional()
                    .orElseThrow(() -> raced));
        }
    }

    private Application findOrCreate(long programId, long startupId, long accountId) {
        Application existing = Application.<Application>find("program.id = ?1 and startup.id = ?2", programId, startupId)
                .firstResult();
        if (existing != null) {
            return existing;
        }
        Startup startup = Startup.findOwned(startupId, accountId).orElseThrow(NotFoundException::new);
        Program program = Program.<Program>findByIdOptional(programId).orElseThrow(NotFoundException::new);
        Instant now = Instant.now();
        Application a = new Application();
        a.startup = startup;
        a.program = program;
        a.createdBy = accountId;
        a.createdAt = now;
        a.updatedAt = now;
        a.answerMap(prefill(program.questions, startup));
        a.persistAndFlush();
        deckQuestion(program.questions, startup)
                .ifPresent(q -> answerFiles.bind(a.id, q.id, startup.pitchDeckFileId, now));
        event(a, accountId, null, ApplicationStatus.draft, null, false, now);
        return a;
    }

    /** The file question a startup's own pitch deck answers from the start, if any. */
    static java.util.Optional<ProgramQuestion> deckQuestion(List<ProgramQuestion> questions, Startup s) {
        return s.pitchDeckFileId == null ? java.util.Optional.empty() : questions.stream()
                .filter(q -> q.type == QuestionType.file
                        && q.label.toLowerCase(Locale.ROOT).matches(".*(pitch|présentation|presentation|deck).*"))
                .findFirst();
    }

    /** Written answers the profile already gives: a web address, the team size, the description. */
    static Map<String, List<String>> prefill(List<ProgramQuestion> questions, Startup s) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (ProgramQuestion q : questions) {
            String label = q.label.toLowerCase(Locale.ROOT);
            String value = null;
            if (q.type == QuestionType.url && s.website != null) {
                value = s.website;
            } else if (q.type == QuestionType.number && label.matches(".*(équipe|equipe|team|employ|personnes).*")) {
                value = String.valueOf(s.teamSize);
            } else if (q.type == QuestionType.long_text && label.matches(".*(décri|decri|describe|présent|present|produit|product).*")) {
                value = s.description;
            }
            if (value != null) {
                answers.put(String.valueOf(q.id), List.of(value));
            }
        }
        return answers;
    }

    /** Saves the answers as they are, valid or not (a draft, or an answer to a request for information). */
    @Transactional
    public Application save(long id, long accountId, long formVersion, Map<String, List<String>> answers,
            Map<String, ml.jigi.web.Upload> files) {
        return save(id, accountId, formVersion, new AnswerForm.Typed(answers, files, java.util.Set.of()));
    }

    /** {@link #save(long, long, long, Map, Map)}, with the file answers the founder takes back. */
    @Transactional
    public Application save(long id, long accountId, long formVersion, AnswerForm.Typed typed) {
        Application a = Application.lockOwned(id, accountId).orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, a.version);
        if (!a.isEditable()) {
            throw new IllegalMove(a.status, a.status);
        }
        Instant now = Instant.now();
        keep(a, accountId, typed, now);
        a.updatedAt = now;
        EditConflict.flush(Application.getEntityManager());
        return a;
    }

    /**
     * Keeps the written answers and stores the files sent, each bound to its question of this
     * application (the answer's own record, never a value in the written answers).
     */
    private void keep(Application a, long accountId, AnswerForm.Typed typed, Instant now) {
        Map<String, List<String>> all = a.answerMap();
        all.putAll(typed.answers());
        a.answerMap(all);
        typed.removed().forEach(question -> answerFiles.unbind(a.id, Long.parseLong(question)));
        typed.files().forEach((question, file) -> answerFiles.bind(a.id, Long.parseLong(question),
                storedFiles.store(accountId, file, now), now));
    }

    /** The answers as pages show them: written values and stored files. */
    public AnswerSheet sheet(Application a) {
        return new AnswerSheet(a.answerMap(), answerFiles.of(a.id));
    }

    /**
     * A submission the program's rules, the deadline or the answers refuse: the answers' problems by
     * question, and the reasons the startup may not apply now (in the matching's words). 422.
     */
    public static class Incomplete extends jakarta.ws.rs.ClientErrorException {
        public final Map<Long, AnswerCheck.Problem> answers;
        public final List<ml.jigi.matching.Reason> blocking;

        Incomplete(Map<Long, AnswerCheck.Problem> answers, List<ml.jigi.matching.Reason> blocking) {
            super("The application cannot be submitted as it is", 422);
            this.answers = answers;
            this.blocking = blocking;
        }
    }

    /**
     * Submits a draft, whoever asks (the form, the API): the program's organization must be approved,
     * the startup eligible and the deadline not passed (the matching's hard rules, on this day), and
     * every answer complete and well formed; otherwise {@link Incomplete} says what to fix. Then the
     * receipt mail, the timeline and the fit at this moment.
     */
    @Transactional
    public Application submit(long id, long accountId, long formVersion, LocalDate day) {
        Application a = Application.lockOwned(id, accountId).orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, a.version);
        if (!a.program.organization.isPublic()) { // suspended or never approved: it may not collect applications
            throw new IllegalMove(a.status, ApplicationStatus.submitted);
        }
        if (!a.status.canMoveTo(ApplicationStatus.submitted)) {
            throw new IllegalMove(a.status, ApplicationStatus.submitted);
        }
        var fit = matches.fit(a.startup, a.program, day).result();
        Map<Long, AnswerCheck.Problem> problems = AnswerCheck.problems(a.program.questions, sheet(a));
        if (!problems.isEmpty() || !fit.blocking().isEmpty()) {
            throw new Incomplete(problems, fit.blocking());
        }
        move(a, ApplicationStatus.submitted);
        Instant now = Instant.now();
        a.submittedAt = now;
        a.matchScoreAtSubmit = fit.total();
        event(a, accountId, ApplicationStatus.draft, ApplicationStatus.submitted, null, false, now);
        mailFounders(a, "application_submitted", null);
        EditConflict.flush(Application.getEntityManager());
        return a;
    }

    /** The founder withdraws, before a final decision. */
    @Transactional
    public Application withdraw(long id, long accountId, long formVersion) {
        Application a = Application.lockOwned(id, accountId).orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, a.version);
        ApplicationStatus from = a.status;
        move(a, ApplicationStatus.withdrawn);
        event(a, accountId, from, ApplicationStatus.withdrawn, null, false, Instant.now());
        EditConflict.flush(Application.getEntityManager());
        return a;
    }

    /** The founder answers a request for more information: the application goes back to review. */
    @Transactional
    public Application answer(long id, long accountId, long formVersion, AnswerForm.Typed typed, String note) {
        Application a = Application.lockOwned(id, accountId).orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, a.version);
        if (a.status != ApplicationStatus.more_info) {
            throw new IllegalMove(a.status, ApplicationStatus.under_review);
        }
        Instant now = Instant.now();
        keep(a, accountId, typed, now);
        move(a, ApplicationStatus.under_review);
        event(a, accountId, ApplicationStatus.more_info, ApplicationStatus.under_review, note, false, Instant.now());
        EditConflict.flush(Application.getEntityManager());
        return a;
    }

    /**
     * A manager moves an application, with a message to the founder (or an internal note). Two
     * managers at once: the second finds the version changed and gets a conflict, never an overwrite.
     */
    @Transactional
    public Application changeStatus(long id, long managerId, long formVersion, ApplicationStatus next, String message,
            boolean internal) {
        Application a = Application.lockManaged(id, managerId).orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, a.version);
        if (!ApplicationStatus.BY_MANAGERS.contains(next)) {
            throw new IllegalMove(a.status, next);
        }
        if (Review.conflicted(a.id, managerId)) { // who declared a conflict of interest takes no part in the decision
            throw new Conflicted();
        }
        apply(a, managerId, next, message, internal);
        EditConflict.flush(Application.getEntityManager());
        return a;
    }

    /** One status and message for many applications: each is moved if it can be; returns how many were. */
    @Transactional
    public int bulk(long programId, long managerId, List<Long> ids, ApplicationStatus next, String message) {
        if (!ApplicationStatus.BY_MANAGERS.contains(next)) {
            throw new IllegalMove(ApplicationStatus.submitted, next);
        }
        int moved = 0;
        for (Long id : ids) {
            Application a = Application.lockManaged(id, managerId).orElse(null);
            if (a != null && a.program.id == programId && a.status.canMoveTo(next) && !Review.conflicted(a.id, managerId)) {
                apply(a, managerId, next, message, false);
                moved++;
            }
        }
        return moved;
    }

    @Inject
    jakarta.enterprise.event.Event<ApplicationAccepted> accepted;

    private void apply(Application a, long managerId, ApplicationStatus next, String message, boolean internal) {
        ApplicationStatus from = a.status;
        move(a, next);
        Instant now = Instant.now();
        if (next.isDecision()) {
            a.decidedAt = now;
            a.decisionMessage = internal ? null : message;
        }
        event(a, managerId, from, next, message, internal, now);
        audit.record(managerId, "application.status", "application", a.id, from + " → " + next);
        String template = next == ApplicationStatus.more_info ? "application_more_info"
                : next.isDecision() ? "application_decision" : "application_status";
        mailFounders(a, template, internal ? null : message);
        if (next == ApplicationStatus.accepted) {
            accepted.fire(new ApplicationAccepted(a.id, a.program.id, a.startup.id, ml.jigi.web.Dates.today()));
        }
    }

    /**
     * Saves a manager's review. Declaring a conflict of interest removes the reviewer from the
     * application: no scores, and the others' reviews stay hidden from them.
     */
    @Transactional
    public Review review(long applicationId, long reviewerId, Map<String, Integer> scores, String comment,
            Recommendation recommendation, boolean conflict) {
        Application a = Application.lockManaged(applicationId, reviewerId).orElseThrow(NotFoundException::new);
        Instant now = Instant.now();
        Review r = Review.<Review>find("applicationId = ?1 and reviewerId = ?2", a.id, reviewerId).firstResult();
        if (r == null) {
            r = new Review();
            r.applicationId = a.id;
            r.reviewerId = reviewerId;
            r.createdAt = now;
        }
        r.conflictDeclared = conflict;
        r.scoreMap(conflict ? Map.of() : scores);
        r.comment = conflict ? null : comment;
        r.recommendation = conflict ? null : recommendation;
        r.average = conflict ? null : Review.weightedMean(scores, a.program.rubric);
        r.submittedAt = now;
        r.updatedAt = now;
        r.persist();
        Review.getEntityManager().flush();
        refreshAverage(a);
        return r;
    }

    /** The application's review average: the mean of its reviewers' weighted means (conflicts left out). */
    static void refreshAverage(Application a) {
        List<Review> reviews = Review.list("applicationId = ?1 and conflictDeclared = false and average is not null", a.id);
        a.reviewCount = reviews.size();
        a.reviewAverage = reviews.isEmpty() ? null
                : reviews.stream().map(r -> r.average).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP);
    }

    static void move(Application a, ApplicationStatus next) {
        if (!a.status.canMoveTo(next)) {
            throw new IllegalMove(a.status, next);
        }
        a.status = next;
        a.updatedAt = Instant.now();
    }

    static void event(Application a, Long actor, ApplicationStatus from, ApplicationStatus to, String note,
            boolean internal, Instant at) {
        ApplicationEvent e = new ApplicationEvent();
        e.applicationId = a.id;
        e.actorId = actor;
        e.fromStatus = from;
        e.toStatus = to;
        e.note = note == null || note.isBlank() ? null : note.strip();
        e.internal = internal;
        e.at = at;
        e.persist();
    }

    private void mailFounders(Application a, String template, String message) {
        List<Account> founders = Account.list("id in (select o.accountId from StartupOwner o where o.startupId = ?1)",
                a.startup.id);
        for (Account founder : founders) {
            if (founder.email == null) {
                continue;
            }
            Map<String, String> payload = new HashMap<>();
            payload.put("name", founder.displayName);
            payload.put("program", a.program.title);
            payload.put("organization", a.program.organization.name);
            payload.put("startup", a.startup.name);
            payload.put("status", a.status.name());
            payload.put("message", message == null ? "" : message);
            payload.put("url", publicUrl + "/my/applications/" + a.id);
            payload.put("reports", publicUrl + "/my/reports");
            outbox.enqueue(founder.id, founder.email, founder.locale, template, payload);
        }
    }

}
