package ml.jigi.matching;

import java.util.Map;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import ml.jigi.notification.MailTemplates;

/** The mail of matching: a manager's invitation to apply. */
@ApplicationScoped
class MatchMails implements MailTemplates {

    @Override
    public Set<String> names() {
        return Set.of("program_invitation");
    }

    @Override
    public Text render(String template, String locale, Map<String, String> p) {
        MatchMessages m = MessageBundles.get(MatchMessages.class, Localized.Literal.of(locale));
        return new Text(m.mail_program_invitation_subject(p.get("program")), m.mail_program_invitation_body(p.get("name"),
                p.get("organization"), p.get("program"), p.get("startup"), p.get("url")));
    }
}
