package ml.jigi.code;

import java.util.EnumSet;
import java.util.Set;
import ml.jigi.code.ModerationStatus;

/**
 * Where published content (startup profiles, organizations) stands with the moderators. A new or
 * edited item is pending; only approved items are public.
 */
public enum ModerationStatus {
    pending, approved, rejected, suspended;

    public boolean canMoveTo(ModerationStatus next) {
        return switch (this) {
            case pending -> EnumSet.of(approved, rejected).contains(next);
            case approved -> EnumSet.of(pending, suspended).contains(next);
            case rejected -> next == pending;
            case suspended -> Set.of(approved).contains(next);
        };
    }
}
