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

    @Message String admin_moderation_link();
    @Message String admin_audit_link();
    @Message String moderation_title();
    @Message String moderation_lead();
    @Message String moderation_pending_startups(long count);
    @Message String moderation_pending_organizations(long count);
    @Message String moderation_pending_programs(long count);
    @Message String moderation_suspended(int count);
    @Message String moderation_search_title();
    @Message String moderation_search_label();
    @Message String moderation_search_button();
    @Message String moderation_empty();
    @Message String moderation_duplicates(int count);
    @Message String moderation_back();
    @Message String moderation_slug();
    @Message String moderation_summary();
    @Message String moderation_description();
    @Message String moderation_website();
    @Message String moderation_created();
    @Message String moderation_updated();
    @Message String moderation_note();
    @Message String moderation_public();
    @Message String moderation_decision();
    @Message String moderation_decision_approve();
    @Message String moderation_decision_reject();
    @Message String moderation_decision_suspend();
    @Message String moderation_decision_restore();
    @Message String moderation_reason();
    @Message String moderation_reason_help();
    @Message String moderation_submit();
    @Message String moderation_nothing_open();
    @Message String moderation_verified();
    @Message String moderation_verify_submit();
    @Message String moderation_done();
    @Message String moderation_not_open();
    @Message String mail_moderation_subject(String object);
    @Message String mail_moderation_approve(String name, String object, String url);
    @Message String mail_moderation_reject(String name, String object, String reason, String url);
    @Message String mail_moderation_suspend(String name, String object, String reason, String url);
    @Message String mail_moderation_restore(String name, String object, String url);
    @Message String audit_title();
    @Message String audit_lead();
    @Message String audit_filter_actor();
    @Message String audit_filter_action();
    @Message String audit_filter_object();
    @Message String audit_filter_object_id();
    @Message String audit_filter_from();
    @Message String audit_filter_to();
    @Message String audit_filter_apply();
    @Message String audit_any();
    @Message String audit_col_at();
    @Message String audit_col_actor();
    @Message String audit_col_action();
    @Message String audit_col_object();
    @Message String audit_col_details();
    @Message String audit_empty();
    @Message String audit_csv();
    @Message String audit_count(long count);
    @Message String audit_system();
    @Message String moderation_kind(ml.jigi.moderation.ModerationService.Kind kind);
}
