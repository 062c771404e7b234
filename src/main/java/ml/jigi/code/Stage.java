package ml.jigi.code;

import ml.jigi.code.Stage;
/** Stages, in the order a startup goes through them (DESIGN §4). */
public enum Stage {
    idea, prototype, mvp, revenue, growth;

    public boolean atLeast(Stage other) {
        return ordinal() >= other.ordinal();
    }
}
