package ml.jigi.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ml.jigi.matching.LabelledSet.Half;

/**
 * Ranking quality on the graded set (docs/matching.md): mean NDCG@5, in both directions — the
 * programs of a part ranked for each of its startups (founder's grades), and the startups of a part
 * ranked for each of its programs (manager's grades) — on the two parts the scorer was tuned on and on
 * the held-out part, with and without the programs' past cohorts, against rankings by the hard rules
 * alone. Every figure is printed; docs/matching.md has them.
 */
class MatchQualityTest {

    static final int K = 5;

    /** Mean NDCG@5 of the scorer and of the rules-only baseline, in each direction. */
    record Figures(double founder, double founderBaseline, int startups, double manager, double managerBaseline,
            int programs) {
    }

    /** Founders never see a program's past cohort (docs/matching.md); {@code cohorts} is for the managers' view. */
    static Figures measure(LabelledSet set, Half half, boolean cohorts, MatchScorer scorer) {
        List<ProgramFeatures> programs = set.programs(half, false);
        List<StartupFeatures> startups = set.startups(half);
        double founder = 0;
        double founderBaseline = 0;
        int startupsCounted = 0;
        for (StartupFeatures s : startups) {
            Map<String, Integer> grades = set.grades.get(s.slug());
            if (grades.values().stream().allMatch(g -> g == 0)) {
                continue; // nothing to rank well: NDCG is undefined
            }
            List<ProgramFeatures> byScore = new ArrayList<>(programs);
            byScore.sort(Comparator.comparingInt((ProgramFeatures p) -> -scorer.rank(s, p, set.today))
                    .thenComparing(ProgramFeatures::deadline).thenComparing(ProgramFeatures::slug));
            // What a catalog filtered by the rules shows: the programs open to you, nearest deadline first.
            List<ProgramFeatures> byRules = new ArrayList<>(programs);
            byRules.sort(Comparator.comparing((ProgramFeatures p) -> scorer.rank(s, p, set.today) < MatchScorer.ELIGIBLE)
                    .thenComparing(ProgramFeatures::deadline).thenComparing(ProgramFeatures::slug));
            founder += ndcg(byScore.stream().map(ProgramFeatures::slug).toList(), grades);
            founderBaseline += ndcg(byRules.stream().map(ProgramFeatures::slug).toList(), grades);
            startupsCounted++;
        }
        double manager = 0;
        double managerBaseline = 0;
        int programsCounted = 0;
        for (ProgramFeatures p : set.programs(half, cohorts)) {
            Map<String, Integer> grades = set.managerGrades.get(p.slug());
            if (grades.values().stream().allMatch(g -> g == 0)) {
                continue;
            }
            List<StartupFeatures> byScore = new ArrayList<>(startups);
            byScore.sort(Comparator.comparingInt((StartupFeatures s) -> -scorer.rank(s, p, set.today))
                    .thenComparingLong(StartupFeatures::id));
            // What a list filtered by the rules shows: the eligible startups, in the order they joined.
            List<StartupFeatures> byRules = new ArrayList<>(startups);
            byRules.sort(Comparator.comparing((StartupFeatures s) -> scorer.rank(s, p, set.today) < MatchScorer.ELIGIBLE)
                    .thenComparingLong(StartupFeatures::id));
            manager += ndcg(byScore.stream().map(StartupFeatures::slug).toList(), grades);
            managerBaseline += ndcg(byRules.stream().map(StartupFeatures::slug).toList(), grades);
            programsCounted++;
        }
        return new Figures(founder / startupsCounted, founderBaseline / startupsCounted, startupsCounted,
                manager / programsCounted, managerBaseline / programsCounted, programsCounted);
    }

    static void print(String label, Figures f) {
        System.out.printf("%-28s programs for a startup: scorer %.3f, rules only %.3f (%d startups); "
                + "startups for a program: scorer %.3f, rules only %.3f (%d programs)%n", label, f.founder(),
                f.founderBaseline(), f.startups(), f.manager(), f.managerBaseline(), f.programs());
    }

    @Test
    void theScorerRanksWellOnTheHalfItWasNotTunedOn() {
        LabelledSet set = LabelledSet.load();
        assertEquals(60, set.programs.size());
        assertEquals(90, set.startups.size());
        assertEquals(1800, set.grades.values().stream().mapToInt(Map::size).sum(), "every pair within a part is graded");
        MatchScorer scorer = new MatchScorer(0.35);
        List<Figures> all = new ArrayList<>();
        for (Half half : Half.values()) {
            for (boolean cohorts : new boolean[] {false, true}) {
                Figures f = measure(set, half, cohorts, scorer);
                print(half + (cohorts ? ", with cohorts" : ""), f);
                all.add(f);
            }
        }
        for (Figures f : all) {
            assertTrue(f.founder() > f.founderBaseline() + 0.05, "programs for a startup: the scorer must rank clearly "
                    + "better than the rules alone: " + f);
            assertTrue(f.manager() > f.managerBaseline() + 0.05, "startups for a program: the scorer must rank clearly "
                    + "better than the rules alone: " + f);
        }
        Figures heldout = all.get(4);
        Figures heldoutCohorts = all.get(5);
        // Floors just under the held-out figures of docs/matching.md: a change that lowers them fails here.
        assertTrue(heldout.founder() >= FOUNDER_FLOOR, "programs for a startup, held-out part: " + heldout);
        assertTrue(heldout.manager() >= MANAGER_FLOOR, "startups for a program, held-out part: " + heldout);
        // What a program's past accepted startups add, measured where nothing was tuned: never less.
        assertTrue(heldoutCohorts.manager() >= heldout.manager(),
                "the past cohort must not make the held-out ranking worse: " + heldoutCohorts + " vs " + heldout);
    }

    /** Measured 0.940 and 0.877 on 2026-12-06 the first time the part was scored, 0.942 and 0.884 after review fixes. */
    static final double FOUNDER_FLOOR = 0.93;
    static final double MANAGER_FLOOR = 0.87;

    @Test
    void theRankingPathAgreesWithTheExplainedPathOnEveryPair() {
        LabelledSet set = LabelledSet.load();
        MatchScorer scorer = new MatchScorer(0.35);
        for (Half half : Half.values()) {
            for (boolean cohorts : new boolean[] {false, true}) {
                for (StartupFeatures s : set.startups(half)) {
                    for (ProgramFeatures p : set.programs(half, cohorts)) {
                        MatchResult r = scorer.score(s, p, set.today);
                        assertEquals((r.eligible() ? MatchScorer.ELIGIBLE : 0) + r.total(), scorer.rank(s, p, set.today),
                                s.slug() + " × " + p.slug());
                        assertEquals(r.total(), r.reasons().stream().mapToInt(Reason::points).sum(),
                                "the reasons add up to the score");
                        assertEquals(r.eligible(), r.blocking().isEmpty());
                        assertEquals(r.eligible(), set.grades.get(s.slug()).get(p.slug()) > 0,
                                "eligibility agrees with the person who graded " + s.slug() + " × " + p.slug());
                    }
                }
            }
        }
    }

    @Test
    void ndcgIsOneForTheIdealOrderAndLessOtherwise() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 1);
        assertEquals(1.0, ndcg(List.of("a", "b"), grades), 1e-9);
        assertTrue(ndcg(List.of("b", "a"), grades) < 1.0);
    }

    static double ndcg(List<String> ranking, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
