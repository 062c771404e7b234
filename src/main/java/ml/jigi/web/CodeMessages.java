package ml.jigi.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import ml.jigi.program.OrganizationKind;
import ml.jigi.program.ProgramFormat;
import ml.jigi.program.ProgramStatus;
import ml.jigi.program.QuestionType;
import ml.jigi.startup.Band;
import ml.jigi.startup.Language;
import ml.jigi.startup.ModerationStatus;
import ml.jigi.startup.Need;
import ml.jigi.startup.Region;
import ml.jigi.startup.Sector;
import ml.jigi.startup.Stage;
import ml.jigi.startup.Visibility;

/**
 * The label of every code (DESIGN §4) in each language: `{code:sector(s)}`. Qute generates each
 * method from keys named method_CONSTANT (method_$CONSTANT when a constant holds an underscore).
 */
@MessageBundle(value = "code", locale = "fr")
public interface CodeMessages {

    @Message String sector(Sector sector);
    @Message String stage(Stage stage);
    @Message String region(Region region);
    @Message String need(Need need);
    @Message String language(Language language);
    @Message String band(Band band);
    @Message String format(ProgramFormat format);
    @Message String kind(OrganizationKind kind);
    @Message String question_type(QuestionType type);
    @Message String program_status(ProgramStatus status);
    @Message String moderation_status(ModerationStatus status);
    @Message String visibility(Visibility visibility);
    @Message String application_status(ml.jigi.application.ApplicationStatus status);
    @Message String recommendation(ml.jigi.application.Recommendation recommendation);
}
