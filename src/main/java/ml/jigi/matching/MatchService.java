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
    public record Ranking(StartupFeatures[] startups, int[] ranks) {

        public int size() {
            return startups.length;
        }
    }

    @Inject
    MatchIndex index;

    @Inject
    MatchingConfig config;

    private MatchScorer scorer;

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
        long epochDay = day.toEpochDay();
        List<RankedProgram> ranked = new ArrayList<>();
        for (ProgramFeatures p : index.programs().all()) {
            if (p.status() == ml.jigi.program.ProgramStatus.published && epochDay >= p.fast().opensDay()
                    && epochDay <= p.fast().deadlineDay()) {
                ranked.add(new RankedProgram(p, scorer.rank(s, p, epochDay)));
            }
        }
        ranked.sort(Comparator.comparingInt((RankedProgram r) -> -r.rank()).thenComparing(r -> r.program().deadline())
                .thenComparing(r -> r.program().slug()));
        return ranked;
    }

    /** This startup's fit for this program, with its reasons. */
    public ProgramMatch fit(Startup startup, Program program, LocalDate day) {
        ProgramFeatures p = index.features(program);
        return new ProgramMatch(p, scorer.score(StartupFeatures.of(startup), p, day), custom(p));
    }

    public MatchResult explain(StartupFeatures s, ProgramFeatures p, LocalDate day) {
        return scorer.score(s, p, day);
    }

    public ProgramFeatures features(Program program) {
        return index.features(program);
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
                outbox.enqueue(founder.email, founder.locale, "program_invitation", Map.of("name", founder.displayName,
                        "organization", program.organization.name, "program", program.title, "startup", startup.name,
                        "url", publicUrl + "/programs/" + program.slug));
            }
        }
        return true;
    }

    /** Every approved, visible startup ranked for this program, best first. */
    public Ranking startupsFor(Program program, LocalDate day) {
        ProgramFeatures p = index.features(program);
        long seq = index.startupSeq();
        String key = p.id() + "|" + p.version() + "|" + index.programs().stamp() + "|" + seq + "|" + day;
        Ranking ranking = rankings.get(key);
        if (ranking == null) {
            ranking = rank(index.startups(), p, day);
            rankings.put(key, ranking);
        }
        return ranking;
    }

    Ranking rank(Collection<StartupFeatures> startups, ProgramFeatures p, LocalDate day) {
        StartupFeatures[] all = startups.toArray(StartupFeatures[]::new);
        long[] keyed = new long[all.length];
        long epochDay = day.toEpochDay();
        for (int i = 0; i < all.length; i++) {
            // Rank in the high bits (best first once negated), position in the low bits; ties by name below.
            keyed[i] = ((long) (2 * MatchScorer.ELIGIBLE - scorer.rank(all[i], p, epochDay)) << 32) | i;
        }
        Arrays.sort(keyed);
        StartupFeatures[] sorted = new StartupFeatures[all.length];
        int[] ranks = new int[all.length];
        for (int i = 0; i < keyed.length; i++) {
            int at = (int) keyed[i];
            sorted[i] = all[at];
            ranks[i] = 2 * MatchScorer.ELIGIBLE - (int) (keyed[i] >>> 32);
        }
        sortTiesByName(sorted, ranks);
        return new Ranking(sorted, ranks);
    }

    /** Equal ranks in name order, so that a ranking reads the same on every instance. */
    static void sortTiesByName(StartupFeatures[] startups, int[] ranks) {
        int from = 0;
        while (from < startups.length) {
            int to = from + 1;
            while (to < startups.length && ranks[to] == ranks[from]) {
                to++;
            }
            if (to - from > 1) {
                Arrays.sort(startups, from, to, Comparator.comparing(StartupFeatures::name).thenComparing(StartupFeatures::id));
            }
            from = to;
        }
    }
}
