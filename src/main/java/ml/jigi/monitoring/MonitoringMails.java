package ml.jigi.monitoring;

import java.util.Map;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import ml.jigi.notification.MailTemplates;

/** The mails of monitoring: a report due in a week, a report late, the managers' weekly digest, a reopening asked. */
@ApplicationScoped
class MonitoringMails implements MailTemplates {

    static final String DUE_SOON = "report_due_soon";
    static final String LATE = "report_late";
    static final String DIGEST = "report_digest";
    static final String REOPEN_ASKED = "report_reopen_asked";

    @Override
    public Set<String> names() {
        return Set.of(DUE_SOON, LATE, DIGEST, REOPEN_ASKED);
    }

    @Override
    public Text render(String template, String locale, Map<String, String> p) {
        MonitoringMessages m = MessageBundles.get(MonitoringMessages.class, Localized.Literal.of(locale));
        return switch (template) {
            case DUE_SOON -> new Text(m.mail_report_due_soon_subject(p.get("program")),
                    m.mail_report_due_soon_body(p.get("name"), p.get("program"), p.get("startup"), p.get("due"), p.get("url")));
            case LATE -> new Text(m.mail_report_late_subject(p.get("program")),
                    m.mail_report_late_body(p.get("name"), p.get("program"), p.get("startup"), p.get("due"), p.get("url")));
            case DIGEST -> new Text(m.mail_report_digest_subject(p.get("program"), p.get("count")),
                    m.mail_report_digest_body(p.get("name"), p.get("program"), p.get("count"), p.get("list"), p.get("url")));
            default -> new Text(m.mail_report_reopen_asked_subject(p.get("startup")),
                    m.mail_report_reopen_asked_body(p.get("name"), p.get("program"), p.get("startup"), p.get("note"),
                            p.get("url")));
        };
    }
}
