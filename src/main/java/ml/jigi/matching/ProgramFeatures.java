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
        TextSimilarity.Vector text, Weights weights, long version, Fast fast) {

    /** The same program with its derived values made. */
    public static ProgramFeatures of(long id, String slug, String title, String organization, ProgramStatus status,
            LocalDate opensAt, LocalDate deadline, int sectors, int stages, int regions, boolean womenOnly, int minTeamSize,
            boolean requiresIncorporation, int offers, ProgramFormat format, String city, int languages,
            TextSimilarity.Vector text, Weights weights, long version) {
        double scale = 100.0 / weights.sum();
        Fast fast = new Fast(opensAt.toEpochDay(), deadline.toEpochDay(), points(1, weights.sector(), scale),
                points(0.5, weights.sector(), scale), points(1, weights.stage(), scale), points(0.5, weights.stage(), scale),
                weights.needs() * scale, weights.text() * scale, weights.place() * scale,
                points(1, weights.language(), scale), TermTable.of(text));
        return new ProgramFeatures(id, slug, title, organization, status, opensAt, deadline, sectors, stages, regions,
                womenOnly, minTeamSize, requiresIncorporation, offers, format, city, languages, text, weights, version, fast);
    }

    static int points(double fraction, int weight, double scale) {
        return (int) Math.round(fraction * weight * scale);
    }

    /** Dates as day numbers, the points of each all-or-half part, the scales of the others, the text as a table. */
    public record Fast(long opensDay, long deadlineDay, int sectorFull, int sectorHalf, int stageFull, int stageHalf,
            double needsScale, double textScale, double placeScale, int languagePoints, TermTable terms) {
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
