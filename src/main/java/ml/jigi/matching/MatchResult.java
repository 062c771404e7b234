package ml.jigi.matching;

import java.util.List;

/** A startup–program fit: 0–100, eligible or not, and why (blocking reasons first, then by points). */
public record MatchResult(int total, boolean eligible, List<Reason> reasons) {

    /** The reasons that rule the pair out. */
    public List<Reason> blocking() {
        return reasons.stream().filter(Reason::blocking).toList();
    }

    /** The reasons that brought points, best first. */
    public List<Reason> strengths() {
        return reasons.stream().filter(r -> !r.blocking() && r.points() > 0).toList();
    }

    public List<Reason> top(int n) {
        return strengths().stream().limit(n).toList();
    }
}
