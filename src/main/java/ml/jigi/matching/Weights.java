package ml.jigi.matching;

/**
 * How much each part of the fit counts; the points of a pair are each part's fraction times its
 * share of the total weight, out of 100. Defaults come from {@link MatchingConfig}; a manager may
 * tune a program's within [0, {@link MatchingConfig#maxWeight()}].
 */
public record Weights(int sector, int stage, int needs, int text, int place, int language) {

    public int sum() {
        return sector + stage + needs + text + place + language;
    }

    public boolean within(int max) {
        return sector >= 0 && stage >= 0 && needs >= 0 && text >= 0 && place >= 0 && language >= 0 && sector <= max
                && stage <= max && needs <= max && text <= max && place <= max && language <= max && sum() > 0;
    }
}
