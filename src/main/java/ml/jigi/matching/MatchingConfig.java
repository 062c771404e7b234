package ml.jigi.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Matching settings: default weights of each part (they need not add up to 100) and bounds. */
@ConfigMapping(prefix = "jigi.matching")
public interface MatchingConfig {

    @WithDefault("25")
    int sectorWeight();

    @WithDefault("15")
    int stageWeight();

    @WithDefault("25")
    int needsWeight();

    @WithDefault("20")
    int textWeight();

    @WithDefault("10")
    int placeWeight();

    @WithDefault("20")
    int languageWeight();

    /**
     * The weight of "startups like those this program accepted" (sectors and descriptions of its
     * accepted startups), beside the others, for programs with at least three accepted; not a manager's
     * setting.
     */
    @WithDefault("10")
    int cohortWeight();

    /**
     * The weight of "this program is reserved to startups like yours" (women-led, or your region), beside
     * the others, for programs that restrict one of them; not a manager's setting.
     */
    @WithDefault("10")
    int targetWeight();

    /** The highest weight a manager may give one part of their program's fit. */
    @WithDefault("50")
    int maxWeight();

    /** A text similarity at or above this counts fully (short descriptions rarely pass 0.4). */
    @WithDefault("0.35")
    double textSaturation();

    default Weights weights() {
        return new Weights(sectorWeight(), stageWeight(), needsWeight(), textWeight(), placeWeight(), languageWeight());
    }
}
