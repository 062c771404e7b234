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
                TextSimilarity.Idf.of(List.of(terms.keySet())), weights, 0, null, 10, 10);
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

    static ProgramFeatures openWithText(String text, CohortProfile cohort) {
        Map<String, Integer> terms = TextSimilarity.terms(text);
        return MatchIndex.build(1, "p", "P", "Org", ProgramStatus.published, TODAY.minusDays(5), TODAY.plusDays(20), "", "",
                "", false, null, false, "funding", ProgramFormat.remote, null, "fr", terms,
                TextSimilarity.Idf.of(List.of(terms.keySet())), LabelledSet.DEFAULTS, 0, cohort, 10, 10);
    }

    static StartupFeatures of(Sector sector, Region region, boolean womenLed, String text) {
        return StartupFeatures.of(1, "s", "S", null, EnumSet.of(sector), Stage.mvp, region, 4, womenLed, false, true,
                EnumSet.of(Need.funding), EnumSet.of(Language.fr), text, 0);
    }

    @Test
    void anOpenProgramAboutOneFieldCountsFullyForItAndNothingForOthers() {
        ProgramFeatures energy = openWithText("Appel à projets énergie : ouvert à tous les secteurs, pour les entreprises "
                + "qui utilisent l'électricité solaire pour produire. Appui technique aux installations solaires.", null);
        assertEquals(Bits.of(EnumSet.of(Sector.cleantech)), energy.topics());
        MatchResult solar = SCORER.score(of(Sector.cleantech, Region.bamako, false, "Kits solaires"), energy, TODAY);
        MatchResult farm = SCORER.score(of(Sector.agritech, Region.bamako, false, "Maraîchage"), energy, TODAY);
        Reason onTopic = solar.reasons().stream().filter(r -> r.code().startsWith("sector")).findFirst().orElseThrow();
        Reason offTopic = farm.reasons().stream().filter(r -> r.code().startsWith("sector")).findFirst().orElseThrow();
        assertEquals("sector_topic", onTopic.code());
        assertEquals(List.of("cleantech"), onTopic.args());
        assertEquals("sector_other_topic", offTopic.code());
        assertEquals(List.of("cleantech"), offTopic.args(), "the reason names what the program is about");
        assertEquals(0, offTopic.points());
        assertTrue(solar.eligible() && farm.eligible(), "open to all sectors stays open to all: a topic never excludes");
        ProgramFeatures general = openWithText("Programme d'entrepreneuriat pour toutes les startups du Mali : formation, "
                + "mentorat et financement d'amorçage.", null);
        assertEquals(0, general.topics(), "general entrepreneurship is about no field");
        Reason half = SCORER.score(of(Sector.agritech, Region.bamako, false, "x"), general, TODAY).reasons().stream()
                .filter(r -> r.code().startsWith("sector")).findFirst().orElseThrow();
        assertEquals("sector_open", half.code());
        assertTrue(half.points() > 0 && half.points() < onTopic.points());
    }

    @Test
    void aProgramNamingSectorsHasNoTopicOfItsOwn() {
        ProgramFeatures p = program("agritech", "", "", false, null, false, "funding", ProgramFormat.remote, "fr",
                TODAY.minusDays(5), TODAY.plusDays(20), "Énergie solaire, électricité, énergie", LabelledSet.DEFAULTS);
        assertEquals(0, p.topics(), "its sectors are its rules; the text only counts as text");
    }

    static CohortProfile cohort(String... texts) {
        return CohortProfile.of(java.util.Arrays.stream(texts).map(t -> CohortProfile.Member.of(
                Bits.of(EnumSet.of(Sector.agritech)), t)).toList());
    }

    @Test
    void startupsLikeThoseTheProgramAcceptedGainPointsAndAreToldWhy() {
        CohortProfile accepted = cohort("Transformation de mangues séchées pour l'export",
                "Beurre de karité transformé par une coopérative", "Jus de mangue et de bissap en bouteille");
        assertEquals(3, accepted.size());
        assertEquals(null, cohort("a", "b"), "fewer than three accepted: no profile, nothing inferred");
        ProgramFeatures p = openWithText("Programme d'entrepreneuriat pour toutes les startups", accepted);
        MatchResult like = SCORER.score(of(Sector.agritech, Region.bamako, false, "Jus de mangue et confiture de mangue"), p,
                TODAY);
        MatchResult unlike = SCORER.score(of(Sector.fintech, Region.bamako, false, "Paiement mobile pour commerçants"), p,
                TODAY);
        Reason reason = like.reasons().stream().filter(r -> r.code().equals("cohort_like")).findFirst().orElseThrow();
        assertEquals(List.of("3", "3"), reason.args().subList(0, 2), "3 of the 3 accepted are in its sector");
        assertTrue(Integer.parseInt(reason.args().get(2)) >= 5, "and its activity is close to theirs: " + reason.args());
        assertTrue(unlike.reasons().stream().noneMatch(r -> r.code().equals("cohort_like")));
        assertTrue(like.total() > unlike.total());
        assertEquals(like.total(), like.reasons().stream().mapToInt(Reason::points).sum());
    }

    @Test
    void theCohortNeverPlacesAStartupLowerForItsRegionOrForBeingWomenLed() {
        // A cohort of men-led startups from Bamako, described with their place and their founders.
        CohortProfile accepted = cohort("Transformation de mangues à Bamako par trois frères",
                "Beurre de karité de Bamako, fondé par deux hommes", "Jus de mangue produit à Bamako");
        ProgramFeatures p = openWithText("Programme d'entrepreneuriat", accepted);
        String base = "Transformation de mangues en jus";
        double reference = MatchScorer.cohortFraction(accepted, of(Sector.agritech, Region.bamako, false, base + " à Bamako"));
        for (Region region : Region.values()) {
            for (boolean womenLed : new boolean[] {false, true}) {
                for (String words : new String[] {" à Bamako", " à " + region.name(), " par des femmes", ", fondée par une "
                        + "femme à Gao", " dirigée par des fondatrices de la diaspora"}) {
                    StartupFeatures s = of(Sector.agritech, region, womenLed, base + words);
                    assertEquals(reference, MatchScorer.cohortFraction(accepted, s), 1e-9, region + " " + womenLed + words);
                    int points = SCORER.score(s, p, TODAY).reasons().stream().filter(r -> r.code().equals("cohort_like"))
                            .mapToInt(Reason::points).sum();
                    assertTrue(points > 0);
                }
            }
        }
    }

    @Test
    void aProgramNamingManySectorsCountsLessThanOneNamingYours() {
        StartupFeatures s = startup(Stage.mvp, Region.bamako, false, true, 4, "x");
        int narrow = sectorPoints(SCORER.score(s, open("agritech", "", "funding"), TODAY));
        int broad = sectorPoints(SCORER.score(s, open("agritech,fintech,ict,edtech,healthtech", "", "funding"), TODAY));
        assertTrue(broad > 0 && broad < narrow, broad + " vs " + narrow);
    }

    static int sectorPoints(MatchResult r) {
        return r.reasons().stream().filter(x -> x.code().equals("sector_named")).mapToInt(Reason::points).sum();
    }

    @Test
    void aProgramReservedForStartupsLikeYoursSaysItIsForYou() {
        StartupFeatures woman = startup(Stage.mvp, Region.gao, true, true, 4, "x");
        ProgramFeatures forWomen = program("", "", "", true, null, false, "funding", ProgramFormat.remote, "fr",
                TODAY.minusDays(5), TODAY.plusDays(20), "x", LabelledSet.DEFAULTS);
        ProgramFeatures forAll = program("", "", "", false, null, false, "funding", ProgramFormat.remote, "fr",
                TODAY.minusDays(5), TODAY.plusDays(20), "x", LabelledSet.DEFAULTS);
        ProgramFeatures forTheNorth = program("", "", "gao,tombouctou,kidal", false, null, false, "funding",
                ProgramFormat.remote, "fr", TODAY.minusDays(5), TODAY.plusDays(20), "x", LabelledSet.DEFAULTS);
        MatchResult reserved = SCORER.score(woman, forWomen, TODAY);
        assertEquals(List.of("targeted_women"), reserved.reasons().stream().map(Reason::code)
                .filter(c -> c.startsWith("targeted")).toList());
        assertTrue(reserved.total() > SCORER.score(woman, forAll, TODAY).total());
        Reason north = SCORER.score(woman, forTheNorth, TODAY).reasons().stream()
                .filter(r -> r.code().startsWith("targeted")).findFirst().orElseThrow();
        assertEquals("targeted_region", north.code());
        assertEquals(List.of("gao"), north.args());
        assertTrue(SCORER.score(startup(Stage.mvp, Region.kayes, false, true, 4, "x"), forTheNorth, TODAY).reasons()
                .stream().noneMatch(r -> r.code().startsWith("targeted")), "not for a startup outside its regions");
    }

    @Test
    void generalProgramsWithWordsThatMeanSomethingElseHaveNoTopic() {
        for (String text : new String[] {
            "Applications are reviewed as well as interviews, as well as a pitch video. Open to all sectors.",
            "Candidatures fermées le 30 ; la ferme volonté d'aider les entreprises de l'État et de la société civile.",
            "Frais de voyage et d'hébergement pris en charge, vidéo de présentation, atelier de design thinking.",
            "Concours de plans d'affaires de la fondation d'une banque, ouvert aux micro-entreprises.",
            "Programme d'entrepreneuriat pour toutes les startups : formation, mentorat et financement d'amorçage."}) {
            assertEquals(0, SectorTopics.of(TextSimilarity.terms(text)), text);
        }
        assertEquals(0, SectorTopics.of(TextSimilarity.terms("Santé, santé, santé et encore santé.")),
                "one word repeated is no topic");
    }
}

