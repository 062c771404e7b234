package ml.jigi.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ml.jigi.code.Sector;

/**
 * What the startups a program accepted have in common — "startups like those this program accepted" —
 * read only from what they do: their sectors and their descriptions. Never from where they are or who
 * leads them: region, city, women-led and youth-led are not read, and the words of a description that
 * name a place or a gender are left out on both sides ({@link #neutral}), so a startup is never placed
 * lower for its region or for being women-led (MatchScorerTest holds it).
 * <p>
 * Made from at least {@link #MIN_SIZE} accepted startups; a program with fewer has none.
 */
public record CohortProfile(int size, int[] sectorCounts, ProgramFeatures.TermTable text) {

    public static final int MIN_SIZE = 3;

    /** One accepted startup: its sector bits and the analyzed terms of its description. */
    public record Member(int sectors, Map<String, Integer> terms) {
    }

    private static final Set<String> PLACES_AND_GENDER = new HashSet<>();

    static {
        String french = "mali malien malienne maliens maliennes bamako kayes koulikoro sikasso ségou segou mopti "
                + "tombouctou gao kidal taoudénit taoudenit ménaka menaka nioro kita dioïla dioila nara bougouni koutiala "
                + "san douentza bandiagara diaspora paris france dakar sénégal abidjan ivoire bruxelles londres montréal "
                + "nord sud centre rural rurale rurales urbain urbaine région régions ville villes village villages "
                + "femme femmes féminin féminine féminines fille filles fondatrice fondatrices entrepreneure "
                + "entrepreneures dirigeante dirigeantes homme hommes masculin";
        String english = "mali malian bamako kayes koulikoro sikasso segou mopti timbuktu gao kidal diaspora paris france "
                + "dakar senegal abidjan london york brussels montreal north south rural urban region regions city cities "
                + "village villages woman women female girl girls man men male";
        PLACES_AND_GENDER.addAll(TextSimilarity.terms(TextSimilarity.FRENCH, french).keySet());
        PLACES_AND_GENDER.addAll(TextSimilarity.terms(TextSimilarity.ENGLISH, english).keySet());
    }

    /** The terms without those that name a place or a gender. */
    public static Map<String, Integer> neutral(Map<String, Integer> terms) {
        Map<String, Integer> kept = new HashMap<>(terms);
        kept.keySet().removeAll(PLACES_AND_GENDER);
        return kept;
    }

    /** The profile of these accepted startups, or null when they are fewer than {@link #MIN_SIZE}. */
    public static CohortProfile of(List<Member> members) {
        if (members.size() < MIN_SIZE) {
            return null;
        }
        int[] counts = new int[Sector.values().length];
        Map<String, Double> mean = new HashMap<>();
        for (Member m : members) {
            for (int i = 0; i < counts.length; i++) {
                if ((m.sectors() & (1 << i)) != 0) {
                    counts[i]++;
                }
            }
            // The mean of the members' normalized term-frequency vectors (as TextSimilarity.tf weighs them).
            Map<String, Integer> neutral = neutral(m.terms());
            double norm = 0;
            for (Integer c : neutral.values()) {
                norm += Math.pow(1 + Math.log(c), 2);
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue; // a description of place and gender words only says nothing of the activity
            }
            for (Map.Entry<String, Integer> e : neutral.entrySet()) {
                mean.merge(e.getKey(), (1 + Math.log(e.getValue())) / norm, Double::sum);
            }
        }
        return new CohortProfile(members.size(), counts, ProgramFeatures.TermTable.of(TextSimilarity.weighted(mean)));
    }

    /** How many accepted startups share the startup's most shared sector. */
    public int sameSector(int startupSectors) {
        int best = 0;
        for (int i = 0; i < sectorCounts.length; i++) {
            if ((startupSectors & (1 << i)) != 0) {
                best = Math.max(best, sectorCounts[i]);
            }
        }
        return best;
    }
}
