package ml.jigi.matching;

import java.time.LocalDate;

import ml.jigi.code.ProgramFormat;
import ml.jigi.program.ProgramStatus;

/**
 * What the scorer reads of a program: rules as bit sets, offers, place, languages, text, weights,
 * and what follows from them once for all the startups it is scored against ({@link #fast}).
 */
public record ProgramFeatures(long id, String slug, String title, String organization, ProgramStatus status,
        LocalDate opensAt, LocalDate deadline, int sectors, int stages, int regions, boolean womenOnly, int minTeamSize,
        boolean requiresIncorporation, int offers, ProgramFormat format, String city, int languages,
        TextSimilarity.Vector text, Weights weights, long version, int topics, CohortProfile cohort, Fast fast) {

    /**
     * The share of the sector weight a program open to all sectors gives: {@link #OPEN} when its text is
     * about no field in particular, all of it to a startup of the field its text is about
     * ({@link SectorTopics}), {@link #OFF_TOPIC} to a startup of another field. Chosen on the tune half
     * of the graded set (docs/matching.md).
     */
    static final double OPEN = 0.4;
    static final double OFF_TOPIC = 0.0;

    /**
     * A program that names this many sectors or more is broad (a "tech accelerator" naming eight): a
     * startup of one of them gets {@link #BROAD} of the sector points, not all. Chosen on the two tune
     * halves (docs/matching.md).
     */
    static final int BROAD_SECTORS = 4;
    static final double BROAD = 0.5;

    /**
     * The same program with its derived values made. {@code topics}: what its text is about when it
     * names no sector (0 otherwise); {@code cohort}: what its accepted startups have in common (null
     * below {@link CohortProfile#MIN_SIZE}), worth {@code cohortWeight} beside the other weights.
     */
    public static ProgramFeatures of(long id, String slug, String title, String organization, ProgramStatus status,
            LocalDate opensAt, LocalDate deadline, int sectors, int stages, int regions, boolean womenOnly, int minTeamSize,
            boolean requiresIncorporation, int offers, ProgramFormat format, String city, int languages,
            TextSimilarity.Vector text, Weights weights, long version, int topics, CohortProfile cohort, int cohortWeight,
            int targetWeight) {
        int topicsIfOpen = sectors == 0 ? topics : 0;
        boolean targeted = womenOnly || regions != 0;
        double scale = 100.0 / (weights.sum() + (cohort == null ? 0 : cohortWeight) + (targeted ? targetWeight : 0));
        Fast fast = new Fast(opensAt.toEpochDay(), deadline.toEpochDay(), points(1, weights.sector(), scale),
                points(Integer.bitCount(sectors) >= BROAD_SECTORS ? BROAD : 1, weights.sector(), scale),
                points(OPEN, weights.sector(), scale), points(OFF_TOPIC, weights.sector(), scale),
                points(1, weights.stage(), scale), points(0.5, weights.stage(), scale),
                weights.needs() * scale, weights.text() * scale, weights.place() * scale,
                points(1, weights.language(), scale), cohort == null ? 0 : cohortWeight * scale,
                targeted ? points(1, targetWeight, scale) : 0, TermTable.of(text));
        return new ProgramFeatures(id, slug, title, organization, status, opensAt, deadline, sectors, stages, regions,
                womenOnly, minTeamSize, requiresIncorporation, offers, format, city, languages, text, weights, version,
                topicsIfOpen, cohort, fast);
    }

    /** The same program with a past cohort beside its other parts (the managers' view, see MatchIndex). */
    public ProgramFeatures withCohort(CohortProfile cohort, int cohortWeight, int targetWeight) {
        return of(id, slug, title, organization, status, opensAt, deadline, sectors, stages, regions, womenOnly, minTeamSize,
                requiresIncorporation, offers, format, city, languages, text, weights, version, topics, cohort, cohortWeight,
                targetWeight);
    }

    static int points(double fraction, int weight, double scale) {
        return (int) Math.round(fraction * weight * scale);
    }

    /** Dates as day numbers, the points of each all-or-half part, the scales of the others, the text as a table. */
    public record Fast(long opensDay, long deadlineDay, int sectorFull, int sectorNamed, int sectorHalf,
            int sectorOffTopic, int stageFull, int stageHalf, double needsScale, double textScale, double placeScale,
            int languagePoints, double cohortScale, int targetPoints, TermTable terms) {
    }

    /** An open-addressing table of the program's term weights: a startup's terms are looked up, not merged. */
    public record TermTable(long[] keys, float[] values, int mask) {

        static TermTable of(TextSimilarity.Vector v) {
            int size = Integer.highestOneBit(Math.max(4, v.size() * 4 - 1)) << 1;
            long[] keys = new long[size];
            float[] values = new float[size];
            for (int i = 0; i < v.size(); i++) {
                long key = v.terms()[i] == 0 ? 1 : v.terms()[i];
                int at = (int) (mix(key) & (size - 1));
                while (keys[at] != 0) {
                    at = (at + 1) & (size - 1);
                }
                keys[at] = key;
                values[at] = v.weights()[i];
            }
            return new TermTable(keys, values, size - 1);
        }

        /** The dot product with a startup's vector: the sum of its weights times the program's for shared terms. */
        public float dot(TextSimilarity.Vector startup) {
            long[] terms = startup.terms();
            float[] weights = startup.weights();
            float sum = 0;
            for (int i = 0; i < terms.length; i++) {
                long key = terms[i] == 0 ? 1 : terms[i];
                int at = (int) (mix(key) & mask);
                long k;
                while ((k = keys[at]) != 0) {
                    if (k == key) {
                        sum += weights[i] * values[at];
                        break;
                    }
                    at = (at + 1) & mask;
                }
            }
            return sum;
        }

        static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }
}
