package ml.jigi.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the personal pages: `{acc:key}`; messages/acc_fr.properties and acc_en.properties. */
@MessageBundle(value = "acc", locale = "fr")
public interface AccountMessages {

    @Message String me_title();
    @Message String me_greeting(String name);
    @Message String me_roles_label();
    @Message String me_role_founder();
    @Message String me_role_manager();
    @Message String me_role_admin();
    @Message String me_founder_title();
    @Message String me_founder_startups_title();
    @Message String me_founder_startups_empty();
    @Message String me_founder_startups_new();
    @Message String me_invitations_title();
    @Message String me_invitation_text(String startup);
    @Message String me_invitation_accept();
    @Message String me_invitation_consent_missing();
    @Message String me_founder_applications_title();
    @Message String me_founder_applications_empty();
    @Message String me_manager_title();
    @Message String me_manager_text();
    @Message String me_manager_link();
    @Message String me_admin_title();
    @Message String me_admin_text();
    @Message String me_admin_link();
    @Message String me_account_title();
    @Message String me_account_email();
    @Message String me_account_since();
    @Message String me_account_manage();

    @Message String me_privacy_title();
    @Message String me_privacy_text();
    @Message String me_data_link();
    @Message String me_delete_link();
    @Message String delete_title();
    @Message String delete_lead();
    @Message String delete_what_account();
    @Message String delete_what_startups();
    @Message String delete_what_kept();
    @Message String delete_what_download();
    @Message String delete_confirm();
    @Message String delete_confirm_missing();
    @Message String delete_submit();
    @Message String delete_failed();
}
