package ml.jigi.matching;

import java.util.List;

import io.quarkus.qute.TemplateData;
import ml.jigi.code.CodeMessages;
import ml.jigi.web.UiLocale;

/** Rows of the match pages, with their reasons in words. */
final class MatchViews {

    private MatchViews() {
    }

    /** A program as recommended to a startup. */
    @TemplateData
    record ProgramRow(ProgramFeatures program, int total, boolean eligible, List<ReasonTexts.Line> why,
            List<ReasonTexts.Line> missing, boolean customWeights) {
    }

    /** A startup as ranked for a program. */
    @TemplateData
    record StartupRow(StartupFeatures startup, int total, boolean eligible, List<ReasonTexts.Line> why,
            List<ReasonTexts.Line> missing, boolean invited) {
    }

    static ReasonTexts texts(UiLocale ui) {
        return new ReasonTexts(ui.messages(MatchMessages.class), ui.messages(CodeMessages.class), ui.locale());
    }

    static ProgramRow programRow(MatchResult r, ProgramFeatures p, boolean custom, ReasonTexts texts) {
        return new ProgramRow(p, r.total(), r.eligible(), texts.lines(r.top(3)), texts.lines(r.blocking()), custom);
    }

    static StartupRow startupRow(MatchResult r, StartupFeatures s, boolean invited, ReasonTexts texts) {
        return new StartupRow(s, r.total(), r.eligible(), texts.lines(r.top(3)), texts.lines(r.blocking()), invited);
    }

}
