package ml.jigi.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;

/** `/admin`: the AGETIC administrators' home. */
@Path("/admin")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(long accounts);

        static native TemplateInstance mailbox(java.util.List<MailView> mails);
    }

    /** A mail of the outbox as the mailbox page shows it, in its recipient's language. */
    @io.quarkus.qute.TemplateData
    public record MailView(ml.jigi.notification.OutboxMail mail, String subject, String body) {
    }

    /**
     * `/admin/mailbox`: the last 100 mails of the outbox, sent or waiting, as their recipients read
     * them. With `bin/jigi run` (JIGI_MAIL_MOCK=true) this is where mail can be read.
     */
    @GET
    @jakarta.ws.rs.Path("mailbox")
    public TemplateInstance mailbox() {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<MailView> mails = ml.jigi.notification.OutboxMail.<ml.jigi.notification.OutboxMail>find(
                "order by id desc").page(0, 100).list().stream().map(m -> {
                    try {
                        java.util.Map<String, String> payload = json.readValue(m.payload,
                                new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, String>>() {
                                });
                        var text = ml.jigi.notification.MailTexts.render(m.template, m.locale, payload);
                        return new MailView(m, text.subject(), text.body());
                    } catch (Exception e) {
                        return new MailView(m, m.template, m.payload);
                    }
                }).toList();
        return Templates.mailbox(mails);
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard(Account.count("status", AccountStatus.active));
    }
}
