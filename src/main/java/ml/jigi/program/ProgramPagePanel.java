package ml.jigi.program;

import java.time.LocalDate;

import io.quarkus.qute.RawString;

/**
 * Something another feature shows on a program's public page, rendered by that feature with its own
 * escaping template (matching: the logged-in founder's fit). The program feature defines the place;
 * the feature above fills it, so that program never depends on it.
 */
public interface ProgramPagePanel {

    /** The panel's HTML for this program and day; empty when there is nothing to show. */
    RawString render(Program program, LocalDate today);
}
