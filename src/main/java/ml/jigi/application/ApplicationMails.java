package ml.jigi.application;

import java.util.Map;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import ml.jigi.notification.MailTemplates;

/** The mails of applications: received, a status moved, a decision, more information asked. */
@ApplicationScoped
class ApplicationMails implements MailTemplates {

    @Override
    public Set<String> names() {
        return Set.of("application_submitted", "application_status", "application_decision", "application_more_info");
    }

    @Override
    public Text render(String template, String locale, Map<String, String> p) {
        ApplicationMessages m = MessageBundles.get(ApplicationMessages.class, Localized.Literal.of(locale));
        return switch (template) {
            case "application_submitted" -> new Text(m.mail_application_submitted_subject(p.get("program")),
                    m.mail_application_submitted_body(p.get("name"), p.get("program"), p.get("startup"), p.get("url")));
            case "application_more_info" -> new Text(m.mail_application_more_info_subject(p.get("program")),
                    m.mail_application_more_info_body(p.get("name"), p.get("program"), p.get("startup"), p.get("message"),
                            p.get("url")));
            case "application_decision" -> new Text(m.mail_application_decision_subject(p.get("program")),
                    m.mail_application_decision_body(p.get("name"), p.get("program"), p.get("startup"), status(m, p),
                            p.get("message"), p.get("url")) + accepted(m, p));
            default -> new Text(m.mail_application_status_subject(p.get("program")),
                    m.mail_application_status_body(p.get("name"), p.get("program"), p.get("startup"), status(m, p),
                            p.get("message"), p.get("url")));
        };
    }

    /** An acceptance tells the founder, before any report, who will read their progress reports. */
    private static String accepted(ApplicationMessages m, Map<String, String> p) {
        if (!ApplicationStatus.accepted.name().equals(p.get("status")) || p.get("reports") == null) {
            return "";
        }
        return "\n\n" + m.mail_application_accepted_reports(p.get("reports"));
    }

    private static String status(ApplicationMessages m, Map<String, String> p) {
        return m.application_status(ApplicationStatus.valueOf(p.get("status")));
    }
}
