package ml.jigi.moderation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the AGETIC administration: `{adm:key}`. */
@MessageBundle(value = "adm", locale = "fr")
public interface AdminMessages {

    @Message String admin_title();
    @Message String admin_intro();
    @Message String admin_accounts(long count);
    @Message String admin_mailbox_link();
    @Message String mailbox_title();
    @Message String mailbox_lead();
    @Message String mailbox_attempts(int attempts);
    @Message String mailbox_empty();
}
