package ml.jigi.matching;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.program.ProgramStatus;

/**
 * The graded evaluation set as features: src/test/resources/matching/labelled.json (12 programs, 20
 * startups, the set the scorer was first tuned on), labelled-more.json (28 programs, 40 startups) and
 * labelled-fresh.json (20 programs, 30 startups), in three parts of 20 programs × 30 startups that share
 * no program and no startup (see {@link Half}). Each pair within a half has two grades, 0–3: the founder's view (how good the
 * program is for the startup) and the manager's (how much the startup is what the program looks for).
 * Fourteen programs carry the startups their previous cohort accepted.
 */
final class LabelledSet {

    static final Weights DEFAULTS = new Weights(25, 15, 25, 20, 10, 20);
    static final int COHORT_WEIGHT = 10;
    static final int TARGET_WEIGHT = 10;

    /**
     * tune: the first set and 8 + 10 profiles written for it; tune2: the second half, held out until
     * 2026-12-06 (measured three times, then tuned on); heldout: labelled-fresh.json, written and graded
     * afterwards and only measured.
     */
    enum Half {
        tune, tune2, heldout
    }

    final LocalDate today;
    /** Every program, without its past cohort (as a new program), and with it where it has one. */
    final Map<String, ProgramFeatures> programs = new LinkedHashMap<>();
    final Map<String, ProgramFeatures> withCohort = new LinkedHashMap<>();
    final Map<String, StartupFeatures> startups = new LinkedHashMap<>();
    final Map<String, Half> half = new LinkedHashMap<>();
    /** startup → program → the founder's grade. */
    final Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    /** program → startup → the manager's grade. */
    final Map<String, Map<String, Integer>> managerGrades = new LinkedHashMap<>();

    private final Weights weights;

    private LabelledSet(List<JsonNode> roots, Weights weights) {
        this.weights = weights;
        today = LocalDate.parse(roots.get(0).get("today").asText());
        List<JsonNode> programNodes = new ArrayList<>();
        List<Map<String, Integer>> termsOf = new ArrayList<>();
        for (JsonNode root : roots) {
            for (JsonNode p : root.get("programs")) {
                programNodes.add(p);
                termsOf.add(TextSimilarity.terms(p.get("title").asText() + "\n" + p.get("summary").asText() + "\n"
                        + p.get("description").asText()));
            }
        }
        // The catalog is every program of both halves: the text weights (IDF) need no grade.
        TextSimilarity.Idf idf = TextSimilarity.Idf.of(termsOf.stream().map(Map::keySet).toList());
        for (int i = 0; i < programNodes.size(); i++) {
            JsonNode p = programNodes.get(i);
            String slug = p.get("slug").asText();
            half.put(slug, p.has("half") ? Half.valueOf(p.get("half").asText()) : Half.tune);
            List<CohortProfile.Member> members = new ArrayList<>();
            if (p.has("accepted")) {
                for (JsonNode a : p.get("accepted")) {
                    members.add(CohortProfile.Member.of(Bits.of(set(a.get("sectors"), Sector.class)),
                            a.get("text").asText()));
                }
            }
            programs.put(slug, program(i + 1, p, termsOf.get(i), idf, null));
            withCohort.put(slug, program(i + 1, p, termsOf.get(i), idf, CohortProfile.of(members)));
        }
        int j = 0;
        for (JsonNode root : roots) {
            for (JsonNode s : root.get("startups")) {
                String slug = s.get("slug").asText();
                half.put(slug, s.has("half") ? Half.valueOf(s.get("half").asText()) : Half.tune);
                startups.put(slug, startup(++j, s));
            }
            for (JsonNode g : root.path("grades")) {
                grades.computeIfAbsent(g.get("startup").asText(), k -> new LinkedHashMap<>())
                        .put(g.get("program").asText(), g.get("grade").asInt());
                managerGrades.computeIfAbsent(g.get("program").asText(), k -> new LinkedHashMap<>())
                        .put(g.get("startup").asText(), g.get("manager").asInt());
            }
        }
    }

    ProgramFeatures program(long id, JsonNode p, Map<String, Integer> terms, TextSimilarity.Idf idf,
            CohortProfile cohort) {
        return MatchIndex.build(id, p.get("slug").asText(), p.get("title").asText(), "Org", ProgramStatus.published,
                LocalDate.parse(p.get("opensAt").asText()), LocalDate.parse(p.get("deadline").asText()),
                codes(p.get("sectors")), codes(p.get("stages")), codes(p.get("regions")), p.get("womenOnly").asBoolean(),
                p.get("minTeamSize").isNull() ? null : p.get("minTeamSize").asInt(),
                p.get("requiresIncorporation").asBoolean(), codes(p.get("offers")),
                ProgramFormat.valueOf(p.get("format").asText()), p.get("city").isNull() ? null : p.get("city").asText(),
                codes(p.get("languages")), terms, idf, weights, 0, cohort, COHORT_WEIGHT, TARGET_WEIGHT);
    }

    static StartupFeatures startup(long id, JsonNode s) {
        return StartupFeatures.of(id, s.get("slug").asText(), s.get("name").asText(), s.get("city").asText(),
                set(s.get("sectors"), Sector.class), Stage.valueOf(s.get("stage").asText()),
                Region.valueOf(s.get("region").asText()), s.get("teamSize").asInt(), s.get("womenLed").asBoolean(),
                s.get("youthLed").asBoolean(), s.get("incorporated").asBoolean(), set(s.get("needs"), Need.class),
                set(s.get("languages"), Language.class), s.get("text").asText(), 0);
    }

    List<ProgramFeatures> programs(Half h, boolean cohorts) {
        return (cohorts ? withCohort : programs).values().stream().filter(p -> half.get(p.slug()) == h).toList();
    }

    List<StartupFeatures> startups(Half h) {
        return startups.values().stream().filter(s -> half.get(s.slug()) == h).toList();
    }

    static LabelledSet load() {
        return load(DEFAULTS);
    }

    static LabelledSet load(Weights weights) {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> roots = new ArrayList<>();
        for (String file : new String[] {"/matching/labelled.json", "/matching/labelled-more.json",
            "/matching/labelled-fresh.json"}) {
            try (InputStream in = LabelledSet.class.getResourceAsStream(file)) {
                roots.add(json.readTree(in));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new LabelledSet(roots, weights);
    }

    private static String codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(n -> codes.add(n.asText()));
        return String.join(",", codes);
    }

    private static <E extends Enum<E>> EnumSet<E> set(JsonNode list, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        list.forEach(n -> set.add(Enum.valueOf(type, n.asText())));
        return set;
    }
}
