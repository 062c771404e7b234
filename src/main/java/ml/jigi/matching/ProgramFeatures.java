package ml.jigi.matching;

import java.time.LocalDate;

import ml.jigi.program.ProgramFormat;
import ml.jigi.program.ProgramStatus;

/** What the scorer reads of a program: rules as bit sets, offers, place, languages, text, weights. */
public record ProgramFeatures(long id, String slug, String title, String organization, ProgramStatus status, LocalDate opensAt,
        LocalDate deadline, int sectors, int stages, int regions, boolean womenOnly, int minTeamSize,
        boolean requiresIncorporation, int offers, ProgramFormat format, String city, int languages,
        TextSimilarity.Vector text, Weights weights, long version) {
}
