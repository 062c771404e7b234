package ml.jigi.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the layout, the home page and the error pages: `{msg:key}` in templates. The texts
 * themselves live in messages/msg_fr.properties (French, the default) and msg_en.properties.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface AppMessages {

    @Message String app_name();
    @Message String app_tagline();

    @Message String layout_skip();
    @Message String layout_nav_label();
    @Message String layout_nav_home();
    @Message String layout_nav_me();
    @Message String layout_nav_programs();
    @Message String layout_nav_startups();
    @Message String layout_nav_matches();
    @Message String layout_nav_applications();
    @Message String layout_nav_reports();
    @Message String layout_nav_introductions();
    @Message String layout_nav_manage();
    @Message String layout_nav_admin();
    @Message String layout_login();
    @Message String layout_register();
    @Message String layout_logout();
    @Message String layout_account_label();
    @Message String layout_lang_label();
    @Message String layout_footer_about();
    @Message String layout_footer_demo();

    @Message String home_title();
    @Message String home_lead();
    @Message String home_founders_title();
    @Message String home_founders_text();
    @Message String home_managers_title();
    @Message String home_managers_text();
    @Message String home_agetic_title();
    @Message String home_agetic_text();
    @Message String home_cta_register();
    @Message String home_cta_login();
    @Message String home_cta_me();

    @Message String pages_label();
    @Message String pages_previous();
    @Message String pages_next();
    @Message String pages_position(int number, int pages);
    @Message String demo_content();

    @Message String error_title();
    @Message String error_400_title();
    @Message String error_400_text();
    @Message String error_403_title();
    @Message String error_403_text();
    @Message String error_404_title();
    @Message String error_404_text();
    @Message String error_405_title();
    @Message String error_405_text();
    @Message String error_409_title();
    @Message String error_409_text();
    @Message String error_500_title();
    @Message String error_500_text();
    @Message String error_503_title();
    @Message String error_503_text();
    @Message String login_unavailable_title();
    @Message String login_unavailable_text();
    @Message String login_unavailable_retry();
    @Message String login_unavailable_catalog();
    @Message String catalog_stale();
    @Message String error_back_home();
    @Message String error_reference(String reference);
    @Message String filter_any();
    @Message String chart_col_label();
    @Message String chart_empty();
}
