package ml.jigi.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;

/**
 * Matches both ways: the open programs ranked for a founder's startup, and the approved, visible
 * startups ranked for a manager's program. Scores are computed from {@link MatchIndex}, which is
 * kept current from the database; a program's ranking of all startups is kept until the program, any
 * program (the text weights depend on all of them), any startup or the day changes.
 */
@ApplicationScoped
public class MatchService {

    static final int RANKINGS_KEPT = 16;

    /** A program ranked for a startup. */
    public record ProgramMatch(ProgramFeatures program, MatchResult result, boolean customWeights) {
    }

    /** All approved, visible startups ranked for a program, best first (see {@link MatchScorer#rank}). */
    public record Ranking(String key, StartupFeatures[] startups, int[] ranks) {

        public int size() {
            return startups.length;
        }
    }

    @Inject
    MatchIndex index;

    @Inject
    MatchingConfig config;

    private MatchScorer scorer;

    /** Programs ranked for a startup, by startup version, catalog stamp and day. */
    private final Map<String, List<RankedProgram>> forStartups = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<RankedProgram>> eldest) {
                    return size() > 1024;
                }
            });

    private final Map<String, Ranking> rankings = Collections.synchronizedMap(new LinkedHashMap<>(RANKINGS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ranking> eldest) {
            return size() > RANKINGS_KEPT;
        }
    });

    @Inject
    ml.jigi.notification.Outbox outbox;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "jigi.public-url")
    String publicUrl;

    @PostConstruct
    void init() {
        scorer = new MatchScorer(config.textSaturation());
    }

    public MatchScorer scorer() {
        return scorer;
    }

    /** A program's place in a startup's recommendations (see {@link MatchScorer#rank}). */
    public record RankedProgram(ProgramFeatures program, int rank) {
    }

    /**
     * The programs open today, ranked for this startup: eligible first, then by score, then nearest
     * deadline. Ranked on the fast path; explain the ones shown with {@link #explain}.
     */
    public List<RankedProgram> programsFor(StartupFeatures s, LocalDate day) {
        MatchIndex.Programs programs = index.programs();
        String key = s.id() + "|" + s.version() + "|" + programs.stamp() + "|" + day;
        List<RankedProgram> cached = s.id() == 0 ? null : forStartups.get(key);
        if (cached != null) {
            return cached;
        }
        List<RankedProgram> ranked = rankPrograms(s, programs, day);
        if (s.id() != 0) {
            forStartups.put(key, ranked);
        }
        return ranked;
    }

    private List<RankedProgram> rankPrograms(StartupFeatures s, MatchIndex.Programs programs, LocalDate day) {
        long epochDay = day.toEpochDay();
        List<RankedProgram> ranked = new ArrayList<>();
        for (ProgramFeatures p : programs.all()) {
            if (p.status() == ml.jigi.program.ProgramStatus.published && epochDay >= p.fast().opensDay()
                    && epochDay <= p.fast().deadlineDay()) {
                ranked.add(new RankedProgram(p, scorer.rank(s, p, epochDay)));
            }
        }
        ranked.sort(Comparator.comparingInt((RankedProgram r) -> -r.rank()).thenComparing(r -> r.program().deadline())
                .thenComparing(r -> r.program().slug()));
        return List.copyOf(ranked);
    }

    /**
     * The programs that opened after a day and are open on another, ranked for this startup as
     * {@link #programsFor} does (for alerts: only the few programs new since the last mail are scored).
     */
    public List<RankedProgram> newProgramsFor(StartupFeatures s, LocalDate openedAfter, LocalDate day) {
        long epochDay = day.toEpochDay();
        List<RankedProgram> ranked = new ArrayList<>();
        for (ProgramFeatures p : index.programs().all()) {
            if (p.status() == ml.jigi.program.ProgramStatus.published && p.opensAt().isAfter(openedAfter)
                    && epochDay >= p.fast().opensDay() && epochDay <= p.fast().deadlineDay()) {
                ranked.add(new RankedProgram(p, scorer.rank(s, p, epochDay)));
            }
        }
        ranked.sort(Comparator.comparingInt((RankedProgram r) -> -r.rank()).thenComparing(r -> r.program().deadline()));
        return ranked;
    }

    /**
     * A startup's features, read afresh from its profile (for alerts: going through the index would
     * load every public startup into memory for a job that needs one at a time).
     */
    public StartupFeatures features(Startup startup) {
        return StartupFeatures.of(startup);
    }

    /** This startup's fit for this program, with its reasons. */
    public ProgramMatch fit(Startup startup, Program program, LocalDate day) {
        ProgramFeatures p = index.features(program);
        return new ProgramMatch(p, scorer.score(StartupFeatures.of(startup), p, day), custom(p));
    }

    public MatchResult explain(StartupFeatures s, ProgramFeatures p, LocalDate day) {
        return scorer.score(s, p, day);
    }

    /** The program as founders see it (never its past cohort). */
    public ProgramFeatures features(Program program) {
        return index.features(program);
    }

    /** The program as its managers rank startups for it: with its past cohort, when it has one. */
    public ProgramFeatures forManagers(Program program) {
        return index.forManagers(program);
    }

    /** The catalog stamp the program features are at: part of the key of anything made from them. */
    public long programsStamp() {
        return index.programs().stamp();
    }

    public boolean custom(ProgramFeatures p) {
        return !p.weights().equals(config.weights());
    }

    /**
     * Invites an approved, visible startup to apply: one invitation per program and startup, and a
     * mail to each of its founders, in their language, in the same transaction.
     *
     * @return false if it was already invited
     */
    @jakarta.transaction.Transactional
    public boolean invite(Program program, Startup startup, long managerId, LocalDate day) {
        if (!invitable(program) || !startup.isPublic()) {
            throw new NotInvitable();
        }
        if (ProgramInvitation.count("programId = ?1 and startupId = ?2", program.id, startup.id) > 0) {
            return false;
        }
        ProgramInvitation invitation = new ProgramInvitation();
        invitation.programId = program.id;
        invitation.startupId = startup.id;
        invitation.invitedBy = managerId;
        invitation.score = fit(startup, program, day).result().total();
        invitation.createdAt = java.time.Instant.now();
        invitation.persist();
        List<ml.jigi.account.Account> founders = ml.jigi.account.Account.list(
                "id in (select o.accountId from StartupOwner o where o.startupId = ?1)", startup.id);
        for (ml.jigi.account.Account founder : founders) {
            if (founder.email != null) {
                outbox.enqueue(founder.id, founder.email, founder.locale, "program_invitation", Map.of("name", founder.displayName,
                        "organization", program.organization.name, "program", program.title, "startup", startup.name,
                        "url", publicUrl + "/programs/" + program.slug));
            }
        }
        return true;
    }

    /**
     * Invitations to apply go out only for a published program of an approved organization: a mail
     * in Jigi's name must not point founders to something AGETIC has not let through.
     */
    public static boolean invitable(Program program) {
        return program.status == ml.jigi.program.ProgramStatus.published && program.organization.isPublic();
    }

    /** An invitation for a program that is not published, or of an organization not approved: 409. */
    public static class NotInvitable extends jakarta.ws.rs.ClientErrorException {
        public NotInvitable() {
            super("Invitations need a published program of an approved organization", 409);
        }
    }

    /** Every approved, visible startup ranked for this program, best first. */
    public Ranking startupsFor(Program program, LocalDate day) {
        ProgramFeatures p = index.forManagers(program);
        long seq = index.startupSeq();
        String key = p.id() + "|" + p.version() + "|" + index.programs().stamp() + "|" + seq + "|" + day;
        Ranking ranking = rankings.get(key);
        if (ranking != null) {
            return ranking;
        }
        // One thread ranks; the others asking for the same ranking meanwhile wait for it.
        synchronized (lockFor(key)) {
            ranking = rankings.get(key);
            if (ranking == null) {
                ranking = rank(key, index.startups(), p, day);
                rankings.put(key, ranking);
            }
            return ranking;
        }
    }

    private final Map<String, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

    private Object lockFor(String key) {
        if (locks.size() > 4 * RANKINGS_KEPT) {
            locks.clear();
        }
        return locks.computeIfAbsent(key, k -> new Object());
    }

    /** Best first; equal ranks by id, so that a ranking reads the same on every instance. */
    Ranking rank(String key, Collection<StartupFeatures> startups, ProgramFeatures p, LocalDate day) {
        StartupFeatures[] all = startups.toArray(StartupFeatures[]::new);
        long[] keyed = new long[all.length];
        long epochDay = day.toEpochDay();
        for (int i = 0; i < all.length; i++) {
            keyed[i] = ((long) (2 * MatchScorer.ELIGIBLE - scorer.rank(all[i], p, epochDay)) << 40) | all[i].id();
        }
        java.util.Map<Long, StartupFeatures> byId = new java.util.HashMap<>(all.length * 2);
        for (StartupFeatures s : all) {
            byId.put(s.id(), s);
        }
        Arrays.sort(keyed);
        StartupFeatures[] sorted = new StartupFeatures[all.length];
        int[] ranks = new int[all.length];
        for (int i = 0; i < keyed.length; i++) {
            sorted[i] = byId.get(keyed[i] & ((1L << 40) - 1));
            ranks[i] = 2 * MatchScorer.ELIGIBLE - (int) (keyed[i] >>> 40);
        }
        return new Ranking(key, sorted, ranks);
    }

}
