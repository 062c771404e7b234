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

/** src/test/resources/matching/labelled.json as features: 20 startups, 12 programs, 240 graded pairs. */
final class LabelledSet {

    static final Weights DEFAULTS = new Weights(25, 15, 25, 20, 10, 5);

    final LocalDate today;
    final Map<String, ProgramFeatures> programs = new LinkedHashMap<>();
    final Map<String, StartupFeatures> startups = new LinkedHashMap<>();
    final Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();

    private LabelledSet(JsonNode root) {
        today = LocalDate.parse(root.get("today").asText());
        List<Map<String, Integer>> termsOf = new ArrayList<>();
        for (JsonNode p : root.get("programs")) {
            termsOf.add(TextSimilarity.terms(p.get("title").asText() + "\n" + p.get("summary").asText() + "\n"
                    + p.get("description").asText()));
        }
        TextSimilarity.Idf idf = TextSimilarity.Idf.of(termsOf.stream().map(Map::keySet).toList());
        int i = 0;
        for (JsonNode p : root.get("programs")) {
            long id = ++i;
            programs.put(p.get("slug").asText(), MatchIndex.build(id, p.get("slug").asText(), p.get("title").asText(),
                    "Org", ProgramStatus.published, LocalDate.parse(p.get("opensAt").asText()),
                    LocalDate.parse(p.get("deadline").asText()), codes(p.get("sectors")), codes(p.get("stages")),
                    codes(p.get("regions")), p.get("womenOnly").asBoolean(),
                    p.get("minTeamSize").isNull() ? null : p.get("minTeamSize").asInt(),
                    p.get("requiresIncorporation").asBoolean(), codes(p.get("offers")),
                    ProgramFormat.valueOf(p.get("format").asText()), p.get("city").isNull() ? null : p.get("city").asText(),
                    codes(p.get("languages")), termsOf.get(i - 1), idf, DEFAULTS, 0));
        }
        int j = 0;
        for (JsonNode s : root.get("startups")) {
            startups.put(s.get("slug").asText(), StartupFeatures.of(++j, s.get("slug").asText(), s.get("name").asText(),
                    s.get("city").asText(), set(s.get("sectors"), Sector.class), Stage.valueOf(s.get("stage").asText()),
                    Region.valueOf(s.get("region").asText()), s.get("teamSize").asInt(), s.get("womenLed").asBoolean(),
                    s.get("youthLed").asBoolean(), s.get("incorporated").asBoolean(), set(s.get("needs"), Need.class),
                    set(s.get("languages"), Language.class), s.get("text").asText(), 0));
        }
        for (JsonNode g : root.get("grades")) {
            grades.computeIfAbsent(g.get("startup").asText(), k -> new LinkedHashMap<>())
                    .put(g.get("program").asText(), g.get("grade").asInt());
        }
    }

    static LabelledSet load() {
        try (InputStream in = LabelledSet.class.getResourceAsStream("/matching/labelled.json")) {
            return new LabelledSet(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
