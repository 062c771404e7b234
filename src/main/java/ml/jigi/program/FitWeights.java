package ml.jigi.program;

/**
 * What the program form needs of the fit's weights (a program's matching weights are its own data):
 * the highest weight a manager may give a part. The matching feature provides it, with the defaults,
 * as `{inject:weights}`.
 */
public interface FitWeights {

    /** The highest weight a manager may give one part of the program's fit. */
    int max();
}
