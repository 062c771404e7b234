package ml.jigi.application;

/** A reviewer's advice. */
public enum Recommendation {
    yes, maybe, no
}
