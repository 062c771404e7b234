package ml.jigi.networking;

import java.util.Map;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import ml.jigi.notification.MailTemplates;

/**
 * The mails of networking: an introduction asked (to the founders, without the requester's
 * contact), accepted (to both, with the other's name and email), declined (to the requester,
 * politely, without a reason); the weekly alert and the deadline reminder, in plain text and simple
 * HTML, with their one-click unsubscribe link.
 */
@ApplicationScoped
class NetworkingMails implements MailTemplates {

    static final String REQUESTED = "introduction_requested";
    static final String ACCEPTED_FOUNDER = "introduction_accepted_founder";
    static final String ACCEPTED_REQUESTER = "introduction_accepted_requester";
    static final String DECLINED = "introduction_declined";
    static final String WEEKLY = "alert_weekly";
    static final String DEADLINE = "alert_deadline";

    @Override
    public Set<String> names() {
        return Set.of(REQUESTED, ACCEPTED_FOUNDER, ACCEPTED_REQUESTER, DECLINED, WEEKLY, DEADLINE);
    }

    @Override
    public Text render(String template, String locale, Map<String, String> p) {
        NetworkingMessages m = MessageBundles.get(NetworkingMessages.class, Localized.Literal.of(locale));
        return switch (template) {
            case REQUESTED -> new Text(m.mail_introduction_requested_subject(p.get("organization"), p.get("startup")),
                    m.mail_introduction_requested_body(p.get("name"), p.get("requester"), p.get("organization"),
                            p.get("startup"), p.get("message"), p.get("url")));
            case ACCEPTED_FOUNDER -> new Text(m.mail_introduction_accepted_subject(p.get("startup")),
                    m.mail_introduction_accepted_founder_body(p.get("name"), p.get("other"), p.get("organization"),
                            p.get("email"), p.get("url")));
            case ACCEPTED_REQUESTER -> new Text(m.mail_introduction_accepted_subject(p.get("startup")),
                    m.mail_introduction_accepted_requester_body(p.get("name"), p.get("startup"), p.get("other"),
                            p.get("email"), p.get("url")));
            case DECLINED -> new Text(m.mail_introduction_declined_subject(p.get("startup")),
                    m.mail_introduction_declined_body(p.get("name"), p.get("startup"), p.get("url")));
            case WEEKLY -> new Text(m.mail_alert_weekly_subject(p.get("count"), p.get("startup")),
                    m.mail_alert_weekly_body(p.get("name"), p.get("startup"), p.get("list"), p.get("url"), p.get("alerts"),
                            p.get("unsubscribe")),
                    html(m.mail_alert_weekly_html_intro(p.get("startup")), "<ul>" + p.get("items") + "</ul>",
                            m.mail_alert_footer_html(), p.get("alerts"), p.get("unsubscribe"), m),
                    p.get("unsubscribe"));
            default -> new Text(m.mail_alert_deadline_subject(p.get("program")),
                    m.mail_alert_deadline_body(p.get("name"), p.get("program"), p.get("startup"), p.get("deadline"),
                            p.get("url"), p.get("unsubscribe")),
                    html(m.mail_alert_deadline_html(p.get("program"), p.get("startup"), p.get("deadline")),
                            "<p><a href=\"" + Alerts.escape(p.get("url")) + "\">" + m.mail_alert_deadline_link() + "</a></p>",
                            m.mail_alert_footer_html(), null, p.get("unsubscribe"), m),
                    p.get("unsubscribe"));
        };
    }

    /** A light HTML mail: a paragraph, the content (already escaped), the footer with its links. */
    static String html(String intro, String content, String footer, String alerts, String unsubscribe, NetworkingMessages m) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><body><p>").append(Alerts.escape(intro)).append("</p>")
                .append(content).append("<p><small>").append(Alerts.escape(footer));
        if (alerts != null) {
            h.append(" <a href=\"").append(Alerts.escape(alerts)).append("\">").append(Alerts.escape(m.mail_alert_manage()))
                    .append("</a> ·");
        }
        h.append(" <a href=\"").append(Alerts.escape(unsubscribe)).append("\">").append(Alerts.escape(m.mail_alert_unsubscribe()))
                .append("</a></small></p></body></html>");
        return h.toString();
    }
}
