package ml.jigi.moderation;

import java.util.Map;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import ml.jigi.notification.MailTemplates;

/** The mail of moderation: AGETIC's decision on a profile, an organization or a program. */
@ApplicationScoped
class ModerationMails implements MailTemplates {

    @Override
    public Set<String> names() {
        return Set.of("moderation_decision");
    }

    @Override
    public Text render(String template, String locale, Map<String, String> p) {
        AdminMessages m = MessageBundles.get(AdminMessages.class, Localized.Literal.of(locale));
        String name = p.get("name");
        String object = p.get("object");
        String url = p.get("url");
        return new Text(m.mail_moderation_subject(object), switch (p.get("decision")) {
            case "approve" -> m.mail_moderation_approve(name, object, url);
            case "reject" -> m.mail_moderation_reject(name, object, p.get("reason"), url);
            case "suspend" -> m.mail_moderation_suspend(name, object, p.get("reason"), url);
            default -> m.mail_moderation_restore(name, object, url);
        });
    }
}
