package ml.jigi.notification;

import java.util.Map;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import ml.jigi.application.ApplicationMessages;
import ml.jigi.application.ApplicationStatus;
import ml.jigi.matching.MatchMessages;
import ml.jigi.web.CodeMessages;

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
            case "application_submitted" -> {
                ApplicationMessages m = MessageBundles.get(ApplicationMessages.class, Localized.Literal.of(locale));
                yield new Text(m.mail_application_submitted_subject(p.get("program")),
                        m.mail_application_submitted_body(p.get("name"), p.get("program"), p.get("startup"), p.get("url")));
            }
            case "application_status", "application_decision" -> {
                ApplicationMessages m = MessageBundles.get(ApplicationMessages.class, Localized.Literal.of(locale));
                String status = MessageBundles.get(CodeMessages.class, Localized.Literal.of(locale))
                        .application_status(ApplicationStatus.valueOf(p.get("status")));
                boolean decision = template.equals("application_decision");
                yield new Text(decision ? m.mail_application_decision_subject(p.get("program"))
                        : m.mail_application_status_subject(p.get("program")),
                        decision ? m.mail_application_decision_body(p.get("name"), p.get("program"), p.get("startup"),
                                status, p.get("message"), p.get("url"))
                                : m.mail_application_status_body(p.get("name"), p.get("program"), p.get("startup"), status,
                                        p.get("message"), p.get("url")));
            }
            case "application_more_info" -> {
                ApplicationMessages m = MessageBundles.get(ApplicationMessages.class, Localized.Literal.of(locale));
                yield new Text(m.mail_application_more_info_subject(p.get("program")),
                        m.mail_application_more_info_body(p.get("name"), p.get("program"), p.get("startup"),
                                p.get("message"), p.get("url")));
            }
            case "moderation_decision" -> {
                ml.jigi.moderation.AdminMessages m = MessageBundles.get(ml.jigi.moderation.AdminMessages.class,
                        Localized.Literal.of(locale));
                String name = p.get("name");
                String object = p.get("object");
                String url = p.get("url");
                yield new Text(m.mail_moderation_subject(object), switch (p.get("decision")) {
                    case "approve" -> m.mail_moderation_approve(name, object, url);
                    case "reject" -> m.mail_moderation_reject(name, object, p.get("reason"), url);
                    case "suspend" -> m.mail_moderation_suspend(name, object, p.get("reason"), url);
                    default -> m.mail_moderation_restore(name, object, url);
                });
            }
            default -> throw new IllegalArgumentException("No mail template " + template);
        };
    }
}
