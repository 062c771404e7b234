package ml.jigi.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. The enum owns the legal moves (DESIGN §3): draft → submitted →
 * under_review → shortlisted → interview → accepted | waitlisted | rejected; withdrawn from any
 * state that is not final, by the founder; more_info when the managers ask, back to under_review
 * when the founder answers.
 */
public enum ApplicationStatus {
    draft, submitted, under_review, more_info, shortlisted, interview, accepted, waitlisted, rejected, withdrawn;

    /** The statuses a manager may set. */
    public static final Set<ApplicationStatus> BY_MANAGERS = EnumSet.of(under_review, more_info, shortlisted, interview,
            accepted, waitlisted, rejected);

    public boolean isFinal() {
        return this == accepted || this == rejected || this == withdrawn;
    }

    /** A decision the founder is told as such (accepted, waitlisted, rejected). */
    public boolean isDecision() {
        return this == accepted || this == waitlisted || this == rejected;
    }

    public boolean canMoveTo(ApplicationStatus next) {
        if (next == withdrawn) {
            return !isFinal();
        }
        return switch (this) {
            case draft -> next == submitted;
            case submitted -> EnumSet.of(under_review, more_info, shortlisted, rejected).contains(next);
            case under_review -> EnumSet.of(more_info, shortlisted, interview, accepted, waitlisted, rejected).contains(next);
            case more_info -> EnumSet.of(under_review, rejected).contains(next);
            case shortlisted -> EnumSet.of(more_info, interview, accepted, waitlisted, rejected).contains(next);
            case interview -> EnumSet.of(accepted, waitlisted, rejected).contains(next);
            case waitlisted -> EnumSet.of(accepted, rejected).contains(next);
            case accepted, rejected, withdrawn -> false;
        };
    }
}
