package ml.jigi.notification;

import java.util.Map;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import ml.jigi.matching.MatchMessages;

/** The subject and body of each kind of mail, in the recipient's language, from the message bundles. */
public final class MailTexts {

    /** What a mail says. */
    public record Text(String subject, String body) {
    }

    private MailTexts() {
    }

    public static Text render(String template, String locale, Map<String, String> p) {
        return switch (template) {
            case "program_invitation" -> {
                MatchMessages m = MessageBundles.get(MatchMessages.class, Localized.Literal.of(locale));
                yield new Text(m.mail_program_invitation_subject(p.get("program")),
                        m.mail_program_invitation_body(p.get("name"), p.get("organization"), p.get("program"),
                                p.get("startup"), p.get("url")));
            }
            default -> throw new IllegalArgumentException("No mail template " + template);
        };
    }
}
