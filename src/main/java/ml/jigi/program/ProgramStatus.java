package ml.jigi.program;

import java.util.EnumSet;

/**
 * A program's life: draft → pending → published → closed → archived; a published program whose
 * public content is edited goes back to pending. The enum owns the moves.
 */
public enum ProgramStatus {
    draft, pending, published, closed, archived;

    public boolean canMoveTo(ProgramStatus next) {
        return switch (this) {
            case draft -> next == pending;
            case pending -> EnumSet.of(published, draft).contains(next);
            case published -> EnumSet.of(closed, draft, pending).contains(next);
            case closed -> EnumSet.of(published, archived).contains(next);
            case archived -> false;
        };
    }

    /** Seen by the public: published, and closed programs (their page stays, marked closed). */
    public boolean isPublic() {
        return this == published || this == closed;
    }

    /** The manager may change the program's content. */
    public boolean isEditable() {
        return this != archived;
    }
}
