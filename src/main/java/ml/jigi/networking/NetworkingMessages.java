package ml.jigi.networking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of introductions, alerts and their mails: `{net:key}`. */
@MessageBundle(value = "net", locale = "fr")
public interface NetworkingMessages {

    @Message String alerts_create_startup();
    @Message String alerts_deadlines();
    @Message String alerts_help();
    @Message String alerts_lead();
    @Message String alerts_no_startup();
    @Message String alerts_save();
    @Message String alerts_saved();
    @Message String alerts_threshold(int points);
    @Message String alerts_threshold_label();
    @Message String alerts_title();
    @Message String alerts_weekly();
    @Message String introduction_accepted_contact(String name);
    @Message String introduction_closed();
    @Message String introduction_error_short(int min);
    @Message String introduction_field_message();
    @Message String introduction_field_organization();
    @Message String introduction_help_message();
    @Message String introduction_lead(String startup);
    @Message String introduction_no_organization();
    @Message String introduction_previous(IntroductionStatus status);
    @Message String introduction_privacy();
    @Message String introduction_refused(IntroductionService.Refusal refusal);
    @Message String introduction_send();
    @Message String introduction_status(IntroductionStatus status);
    @Message String introduction_title();
    @Message String introduction_waiting(String when);
    @Message String introductions_accept();
    @Message String introductions_asked_on(String when);
    @Message String introductions_contact(String name);
    @Message String introductions_decline();
    @Message String introductions_lead();
    @Message String introductions_notice_accepted();
    @Message String introductions_notice_changed();
    @Message String introductions_notice_declined();
    @Message String introductions_received_none();
    @Message String introductions_received_title();
    @Message String introductions_report();
    @Message String introductions_sent_title();
    @Message String introductions_title();
    @Message String introductions_turn_off();
    @Message String mail_alert_deadline_body(String name, String program, String startup, String deadline, String url,
            String unsubscribe);
    @Message String mail_alert_deadline_html(String program, String startup, String deadline);
    @Message String mail_alert_deadline_link();
    @Message String mail_alert_deadline_subject(String program);
    @Message String mail_alert_footer_html();
    @Message String mail_alert_manage();
    @Message String mail_alert_unsubscribe();
    @Message String mail_alert_weekly_body(String name, String startup, String list, String url, String alerts,
            String unsubscribe);
    @Message String mail_alert_weekly_html_intro(String startup);
    @Message String mail_alert_weekly_subject(String count, String startup);
    @Message String mail_introduction_accepted_founder_body(String name, String other, String organization, String email,
            String url);
    @Message String mail_introduction_accepted_requester_body(String name, String startup, String other, String email,
            String url);
    @Message String mail_introduction_accepted_subject(String startup);
    @Message String mail_introduction_declined_body(String name, String startup, String url);
    @Message String mail_introduction_declined_subject(String startup);
    @Message String mail_introduction_requested_body(String name, String requester, String organization, String startup,
            String message, String url);
    @Message String mail_introduction_requested_subject(String organization, String startup);
    @Message String unsubscribe_confirm();
    @Message String unsubscribe_done(String kind, String startup);
    @Message String unsubscribe_manage();
    @Message String unsubscribe_question(String kind, String startup);
    @Message String unsubscribe_title();
}
