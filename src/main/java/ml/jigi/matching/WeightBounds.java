package ml.jigi.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The default weights and the highest one a manager may set: `{inject:weights}` in the program form. */
@Named("weights")
@ApplicationScoped
public class WeightBounds implements ml.jigi.program.FitWeights {

    @Inject
    MatchingConfig config;

    public Weights defaults() {
        return config.weights();
    }

    @Override
    public int max() {
        return config.maxWeight();
    }
}
