package ml.jigi.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Ranking quality on the labelled set: mean NDCG@5 of the scorer's ranking of the 12 programs for
 * each of the 20 startups, against a filter-only ranking (hard rules, then nearest deadline). Both
 * figures are printed and written in docs/matching.md.
 */
class MatchQualityTest {

    static final int K = 5;

    @Test
    void theScorerRanksBetterThanFiltersAlone() {
        LabelledSet set = LabelledSet.load();
        assertEquals(20, set.startups.size());
        assertEquals(12, set.programs.size());
        assertEquals(240, set.grades.values().stream().mapToInt(Map::size).sum());
        MatchScorer scorer = new MatchScorer(0.35);
        double scorerTotal = 0;
        double baselineTotal = 0;
        int counted = 0;
        for (var s : set.startups.entrySet()) {
            Map<String, Integer> grades = set.grades.get(s.getKey());
            if (grades.values().stream().allMatch(g -> g == 0)) {
                continue; // nothing to rank well: NDCG is undefined
            }
            List<ProgramFeatures> byScore = new ArrayList<>(set.programs.values());
            byScore.sort(Comparator.comparingInt((ProgramFeatures p) -> -scorer.rank(s.getValue(), p, set.today))
                    .thenComparing(ProgramFeatures::deadline).thenComparing(ProgramFeatures::slug));
            List<ProgramFeatures> byFilter = new ArrayList<>(set.programs.values());
            byFilter.sort(Comparator.comparing((ProgramFeatures p) -> scorer.rank(s.getValue(), p, set.today) < MatchScorer.ELIGIBLE)
                    .thenComparing(ProgramFeatures::deadline).thenComparing(ProgramFeatures::slug));
            scorerTotal += ndcg(byScore, grades);
            baselineTotal += ndcg(byFilter, grades);
            counted++;
        }
        double scorerNdcg = scorerTotal / counted;
        double baselineNdcg = baselineTotal / counted;
        System.out.printf("NDCG@%d over %d startups: scorer %.3f, filter-only baseline %.3f%n", K, counted, scorerNdcg,
                baselineNdcg);
        assertTrue(scorerNdcg > baselineNdcg + 0.05, "the scorer must rank clearly better than filters alone: "
                + scorerNdcg + " vs " + baselineNdcg);
        assertTrue(scorerNdcg >= 0.9, "NDCG@5 of the scorer fell to " + scorerNdcg);
    }

    @Test
    void theRankingPathAgreesWithTheExplainedPathOnEveryPair() {
        LabelledSet set = LabelledSet.load();
        MatchScorer scorer = new MatchScorer(0.35);
        for (StartupFeatures s : set.startups.values()) {
            for (ProgramFeatures p : set.programs.values()) {
                MatchResult r = scorer.score(s, p, set.today);
                assertEquals((r.eligible() ? MatchScorer.ELIGIBLE : 0) + r.total(), scorer.rank(s, p, set.today),
                        s.slug() + " × " + p.slug());
                assertEquals(r.total(), r.reasons().stream().mapToInt(Reason::points).sum(), "the reasons add up to the score");
                assertEquals(r.eligible(), r.blocking().isEmpty());
                assertEquals(r.eligible(), set.grades.get(s.slug()).get(p.slug()) > 0,
                        "eligibility agrees with the person who graded " + s.slug() + " × " + p.slug());
            }
        }
    }

    @Test
    void ndcgIsOneForTheIdealOrderAndLessOtherwise() {
        ProgramFeatures a = program("a");
        ProgramFeatures b = program("b");
        Map<String, Integer> grades = Map.of("a", 3, "b", 1);
        assertEquals(1.0, ndcg(List.of(a, b), grades), 1e-9);
        assertTrue(ndcg(List.of(b, a), grades) < 1.0);
    }

    static double ndcg(List<ProgramFeatures> ranking, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i).slug(), 0)) / log2(i + 2);
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

    static ProgramFeatures program(String slug) {
        return MatchIndex.build(1, slug, slug, "Org", ml.jigi.program.ProgramStatus.published,
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), "", "", "", false, null, false, "",
                ml.jigi.code.ProgramFormat.remote, null, "", Map.of(), TextSimilarity.Idf.of(List.of()),
                LabelledSet.DEFAULTS, 0);
    }
}
