package ml.jigi.web;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ml.jigi.program.OrganizationKind;
import ml.jigi.program.ProgramFormat;
import ml.jigi.program.QuestionType;
import ml.jigi.startup.Band;
import ml.jigi.startup.Language;
import ml.jigi.startup.Need;
import ml.jigi.startup.Region;
import ml.jigi.startup.Sector;
import ml.jigi.startup.Stage;
import ml.jigi.startup.Visibility;

/** Every list of codes, labelled in the page's language: `{inject:choices.sectors}` in templates. */
@Named("choices")
@RequestScoped
public class Choices {

    @Inject
    UiLocale ui;

    private CodeMessages codes;

    CodeMessages codes() {
        if (codes == null) {
            codes = ui.messages(CodeMessages.class);
        }
        return codes;
    }

    public List<Option> sectors() {
        return Option.of(Sector.values(), codes()::sector);
    }

    public List<Option> stages() {
        return Option.of(Stage.values(), codes()::stage);
    }

    public List<Option> regions() {
        return Option.of(Region.values(), codes()::region);
    }

    public List<Option> needs() {
        return Option.of(Need.values(), codes()::need);
    }

    public List<Option> languages() {
        return Option.of(Language.values(), codes()::language);
    }

    /** Bands carry their DESIGN codes (1m_10m …), which are not Java names. */
    public List<Option> bands() {
        return Arrays.stream(Band.values()).map(band -> new Option(band.code(), codes().band(band))).toList();
    }

    public List<Option> formats() {
        return Option.of(ProgramFormat.values(), codes()::format);
    }

    public List<Option> kinds() {
        return Option.of(OrganizationKind.values(), codes()::kind);
    }

    public List<Option> questionTypes() {
        return Option.of(QuestionType.values(), codes()::question_type);
    }

    public List<Option> visibilities() {
        return Option.of(Visibility.values(), codes()::visibility);
    }
}
