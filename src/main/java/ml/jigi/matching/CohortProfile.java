package ml.jigi.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ml.jigi.code.Sector;

/**
 * What the startups a program accepted have in common — "startups like those this program accepted" —
 * read only from what they do: their sectors and their descriptions. Never from where they are or who
 * leads them: region, city, women-led and youth-led are not read, and the words of a description that
 * name a place, a gender or an age are left out on both sides ({@link #neutral}), so a startup is never
 * placed lower for its region or for being women-led (MatchScorerTest holds it). Only the program's
 * managers see it (startups ranked for their program): a founder could otherwise probe, with a
 * throwaway profile, who was accepted.
 * <p>
 * Made from at least {@link #MIN_SIZE} accepted startups; a program with fewer has none.
 */
public record CohortProfile(int size, int[] sectorCounts, ProgramFeatures.TermTable text) {

    public static final int MIN_SIZE = 3;

    /** One accepted startup: its sector bits and the analyzed terms of its description, {@link #neutral}. */
    public record Member(int sectors, Map<String, Integer> terms) {

        public static Member of(int sectors, String description) {
            return new Member(sectors, neutral(description));
        }
    }

    /**
     * The words that say where a startup is or who leads it, removed from a description before it is
     * analyzed: no stem of them remains, in either language, and no other word loses its own stem
     * ("fondatrice" and "fonds" share a French stem; removing the stem would remove both).
     */
    private static final Pattern PLACES_AND_PEOPLE = Pattern.compile("(?iU)\\b(" + String.join("|", (
            // Mali, its regions, cercles and towns; the diaspora's cities and countries; places in general.
            "mali malien malienne maliens maliennes malian bamako kayes koulikoro sikasso ségou segou mopti tombouctou "
            + "timbuktu gao kidal taoudénit taoudenit ménaka menaka nioro kita dioïla dioila nara bougouni koutiala san "
            + "douentza bandiagara kati niono djenné djenne sévaré sevare kolokani macina diré dire goundam ansongo "
            + "bourem tessalit diéma kéniéba yanfolila kadiolo yorosso tominian markala diaspora paris france lyon "
            + "marseille dakar sénégal senegal abidjan côte ivoire conakry niamey ouagadougou lomé accra bruxelles "
            + "brussels londres london montréal montreal new york madrid nord sud centre north south rural rurale "
            + "rurales ruraux urban urbain urbaine urbains région régions region regions ville villes city cities "
            + "village villages quartier quartiers commune communes cercle cercles "
            // Who leads: gender and age.
            + "femme femmes féminin féminine féminins féminines fille filles fondatrice fondatrices entrepreneure "
            + "entrepreneures dirigeante dirigeantes homme hommes masculin masculine frère frères sœur sœurs jeune "
            + "jeunes jeunesse woman women female females girl girls man men male males brother brothers sister "
            + "sisters youth young").split(" ")) + ")\\b");

    /** The analyzed terms of a description without the words that name a place, a gender or an age. */
    public static Map<String, Integer> neutral(String description) {
        return TextSimilarity.terms(PLACES_AND_PEOPLE.matcher(description == null ? "" : description).replaceAll(" "));
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
            double norm = 0;
            for (Integer c : m.terms().values()) {
                norm += Math.pow(1 + Math.log(c), 2);
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue; // a description of place and people words only says nothing of the activity
            }
            for (Map.Entry<String, Integer> e : m.terms().entrySet()) {
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
