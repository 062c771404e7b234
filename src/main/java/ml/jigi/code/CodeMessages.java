package ml.jigi.code;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import ml.jigi.code.Band;
import ml.jigi.code.CodeMessages;
import ml.jigi.code.Language;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Need;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;

/**
 * The label of every shared code (DESIGN §4) in each language: `{code:sector(s)}`. Qute generates
 * each method from keys named method_CONSTANT (method_$CONSTANT when a constant holds an
 * underscore). A feature's own codes (an application's status, a question's type) are labelled in
 * the feature's bundle.
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
    @Message String moderation_status(ModerationStatus status);
}
