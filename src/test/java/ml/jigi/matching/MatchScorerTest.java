package ml.jigi.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.program.ProgramStatus;

class MatchScorerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final MatchScorer SCORER = new MatchScorer(0.35);

    static StartupFeatures startup(Stage stage, Region region, boolean womenLed, boolean incorporated, int team, String text) {
        return StartupFeatures.of(1, "s", "S", "Bamako", EnumSet.of(Sector.agritech), stage, region, team, womenLed, false,
                incorporated, EnumSet.of(Need.funding, Need.mentoring), EnumSet.of(Language.fr), text, 0);
    }

    static ProgramFeatures program(String sectors, String stages, String regions, boolean womenOnly, Integer minTeam,
            boolean incorporation, String offers, ProgramFormat format, String languages, LocalDate opens, LocalDate deadline,
            String text, Weights weights) {
        Map<String, Integer> terms = TextSimilarity.terms(text);
        return MatchIndex.build(1, "p", "P", "Org", ProgramStatus.published, opens, deadline, sectors, stages, regions,
                womenOnly, minTeam, incorporation, offers, format, "Bamako", languages, terms,
                TextSimilarity.Idf.of(List.of(terms.keySet())), weights, 0);
    }

    static ProgramFeatures open(String sectors, String stages, String offers) {
        return program(sectors, stages, "", false, null, false, offers, ProgramFormat.remote, "fr",
                TODAY.minusDays(5), TODAY.plusDays(20), "Un programme", LabelledSet.DEFAULTS);
    }

    @Test
    void eachHardRuleRulesThePairOutAndSaysWhich() {
        StartupFeatures s = startup(Stage.prototype, Region.gao, false, false, 2, "Conseil agricole par SMS");
        ProgramFeatures p = program("fintech", "mvp,revenue,growth", "bamako,segou", true, 3, true, "funding",
                ProgramFormat.in_person, "fr", TODAY.minusDays(30), TODAY.minusDays(1), "Programme", LabelledSet.DEFAULTS);
        MatchResult r = SCORER.score(s, p, TODAY);
        assertFalse(r.eligible());
        assertEquals(List.of("closed", "region_excluded", "stage_excluded", "sector_excluded", "women_only",
                "team_too_small", "incorporation_required"), r.blocking().stream().map(Reason::code).toList());
        assertEquals(List.of("bamako", "segou"), r.blocking().get(1).args());
        assertEquals(List.of("mvp", "revenue", "growth"), r.blocking().get(2).args());
        assertEquals(List.of("3"), r.blocking().get(5).args());
        assertTrue(SCORER.rank(s, p, TODAY) < MatchScorer.ELIGIBLE);
    }

    @Test
    void aProgramNotYetOpenSaysWhenItOpens() {
        StartupFeatures s = startup(Stage.mvp, Region.bamako, false, true, 4, "x");
        ProgramFeatures p = program("", "", "", false, null, false, "", ProgramFormat.remote, "fr", TODAY.plusDays(3),
                TODAY.plusDays(30), "x", LabelledSet.DEFAULTS);
        MatchResult r = SCORER.score(s, p, TODAY);
        assertEquals("not_open", r.blocking().get(0).code());
        assertEquals(List.of(TODAY.plusDays(3).toString()), r.blocking().get(0).args());
    }

    @Test
    void aProgramNamingYourSectorBeatsOneOpenToAll() {
        StartupFeatures s = startup(Stage.mvp, Region.bamako, false, true, 4, "x");
        MatchResult named = SCORER.score(s, open("agritech", "", "funding"), TODAY);
        MatchResult all = SCORER.score(s, open("", "", "funding"), TODAY);
        assertTrue(named.eligible() && all.eligible());
        assertTrue(named.total() > all.total(), named.total() + " vs " + all.total());
        assertEquals("sector_named", named.strengths().stream().filter(r -> r.code().startsWith("sector")).findFirst()
                .orElseThrow().code());
    }

    @Test
    void theReasonsAddUpToTheTotal() {
        StartupFeatures s = startup(Stage.mvp, Region.bamako, true, true, 4, "Transformation de mangues en jus bio");
        ProgramFeatures p = program("agritech", "mvp", "bamako", false, null, false, "funding,mentoring,training",
                ProgramFormat.hybrid, "fr", TODAY.minusDays(1), TODAY.plusDays(10), "Transformation agroalimentaire",
                LabelledSet.DEFAULTS);
        MatchResult r = SCORER.score(s, p, TODAY);
        assertTrue(r.eligible());
        assertEquals(r.total(), r.reasons().stream().mapToInt(Reason::points).sum());
        assertEquals(SCORER.rank(s, p, TODAY), MatchScorer.ELIGIBLE + r.total(), "fast path and explained path agree");
        assertEquals(r, SCORER.score(s, p, TODAY), "deterministic");
    }

    @Test
    void mangoProcessingComesCloseToAgriFoodProcessing() {
        Map<String, Integer> a = TextSimilarity.terms("transformation de mangues");
        Map<String, Integer> b = TextSimilarity.terms("transformation agro-alimentaire");
        Map<String, Integer> c = TextSimilarity.terms("paiement mobile pour les commerçants");
        TextSimilarity.Idf idf = TextSimilarity.Idf.of(List.of(b.keySet(), c.keySet()));
        float close = TextSimilarity.tf(a).dot(TextSimilarity.tfidf(b, idf));
        float far = TextSimilarity.tf(a).dot(TextSimilarity.tfidf(c, idf));
        assertTrue(close >= 0.4, "similarity " + close);
        assertEquals(0f, far, 1e-6);
        assertTrue(a.containsKey("mangu") && !a.containsKey("de"), "French stemming and stop words: " + a.keySet());
    }

    @Test
    void englishTextGoesThroughTheEnglishAnalyzer() {
        assertTrue(TextSimilarity.terms("We are building payments for the merchants").containsKey("merchant"));
    }

    @Test
    void tunedWeightsChangeTheScore() {
        StartupFeatures s = startup(Stage.mvp, Region.bamako, false, true, 4, "x");
        ProgramFeatures usual = open("agritech", "", "training");
        ProgramFeatures needsOnly = program("agritech", "", "", false, null, false, "training", ProgramFormat.remote, "fr",
                TODAY.minusDays(5), TODAY.plusDays(20), "Un programme", new Weights(0, 0, 50, 0, 0, 0));
        assertTrue(SCORER.score(s, usual, TODAY).total() > 0);
        assertEquals(0, SCORER.score(s, needsOnly, TODAY).total(), "needs are all that counts, and none is met");
    }

    @Test
    void diasporaStartupsPreferRemotePrograms() {
        StartupFeatures s = StartupFeatures.of(1, "s", "S", "Paris", EnumSet.of(Sector.ict), Stage.mvp, Region.diaspora, 4,
                false, false, true, EnumSet.noneOf(Need.class), EnumSet.of(Language.fr), "x", 0);
        assertTrue(MatchScorer.place(s, open("", "", "")) > MatchScorer.place(s, program("", "", "", false, null, false, "",
                ProgramFormat.in_person, "fr", TODAY, TODAY.plusDays(9), "x", LabelledSet.DEFAULTS)));
    }
}
