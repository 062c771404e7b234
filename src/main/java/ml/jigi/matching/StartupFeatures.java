package ml.jigi.matching;

import java.util.Set;

import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.startup.Startup;

/**
 * What the scorer reads of a startup, as bit sets and a text vector: built once per version of the
 * profile, scored against many programs without allocating. {@code neutral} is the text without the
 * words that name a place or a gender, the only text compared with a program's past cohort
 * ({@link CohortProfile}).
 */
public record StartupFeatures(long id, String slug, String name, String city, int sectors, Stage stage, Region region,
        int teamSize, boolean womenLed, boolean youthLed, boolean incorporated, int needs, int languages,
        TextSimilarity.Vector text, long version, TextSimilarity.Vector neutral) {

    public static StartupFeatures of(Startup s) {
        String text = s.tagline + "\n" + s.description;
        return new StartupFeatures(s.id == null ? 0 : s.id, s.slug, s.name, s.city, Bits.of(s.sectors), s.stage, s.region,
                s.teamSize, s.womenLed, s.youthLed, s.incorporated, Bits.of(s.needs), Bits.of(s.languages),
                TextSimilarity.tf(TextSimilarity.terms(text)), s.version, TextSimilarity.tf(CohortProfile.neutral(text)));
    }

    public static StartupFeatures of(long id, String slug, String name, String city, Set<Sector> sectors, Stage stage,
            Region region, int teamSize, boolean womenLed, boolean youthLed, boolean incorporated, Set<Need> needs,
            Set<Language> languages, String text, long version) {
        return new StartupFeatures(id, slug, name, city, Bits.of(sectors), stage, region, teamSize, womenLed, youthLed,
                incorporated, Bits.of(needs), Bits.of(languages), TextSimilarity.tf(TextSimilarity.terms(text)), version,
                TextSimilarity.tf(CohortProfile.neutral(text)));
    }
}
