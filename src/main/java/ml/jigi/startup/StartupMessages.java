package ml.jigi.startup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of startup profiles, the directory and the profile form: `{st:key}`. */
@MessageBundle(value = "st", locale = "fr")
public interface StartupMessages {

    @Message String startups_title();
    @Message String startups_lead();
    @Message String startups_filter_sector();
    @Message String startups_filter_region();
    @Message String startups_filter_apply();
    @Message String startups_count(long count);

    @Message String startup_new_title();
    @Message String startup_new_lead();
    @Message String startup_edit_title(String name);
    @Message String startup_status_label();
    @Message String startup_public_link();
    @Message String startup_moderation_note();
    @Message String startup_moderation_help();
    @Message String startup_saved_pending();
    @Message String startup_create();
    @Message String startup_save();

    @Message String startup_section_identity();
    @Message String startup_section_activity();
    @Message String startup_section_place();
    @Message String startup_section_team();
    @Message String startup_section_needs();
    @Message String startup_section_visibility();

    @Message String startup_field_name();
    @Message String startup_field_tagline();
    @Message String startup_help_tagline();
    @Message String startup_field_description();
    @Message String startup_help_description();
    @Message String startup_field_website();
    @Message String startup_field_phone();
    @Message String startup_help_phone();
    @Message String startup_field_logo();
    @Message String startup_help_logo();
    @Message String startup_help_file_kept();
    @Message String startup_logo_alt(String name);
    @Message String startup_field_sectors();
    @Message String startup_help_sectors();
    @Message String startup_field_stage();
    @Message String startup_field_foundedYear();
    @Message String startup_field_teamSize();
    @Message String startup_help_teamSize();
    @Message String startup_field_incorporated();
    @Message String startup_field_revenueBand();
    @Message String startup_field_fundingBand();
    @Message String startup_help_fundingBand();
    @Message String startup_field_region();
    @Message String startup_field_city();
    @Message String startup_field_womenLed();
    @Message String startup_field_introductionsOpen();
    @Message String startup_alerts_title();
    @Message String startup_alerts_help();
    @Message String startup_alerts_weekly();
    @Message String startup_alerts_deadlines();
    @Message String startup_alerts_link();
    @Message String startup_help_introductionsOpen();
    @Message String startup_help_womenLed();
    @Message String startup_field_youthLed();
    @Message String startup_help_youthLed();
    @Message String startup_field_languages();
    @Message String startup_field_needs();
    @Message String startup_help_needs();
    @Message String startup_field_pitchDeck();
    @Message String startup_help_pitchDeck();
    @Message String startup_pitchDeck_download();
    @Message String startup_field_visibility();
    @Message String startup_help_visibility();

    @Message String startup_consent_title();
    @Message String startup_consent_text();
    @Message String startup_consent_accept();

    @Message String startup_cofounders_title();
    @Message String startup_cofounders_text();
    @Message String startup_invitation_pending(String email);
    @Message String startup_invite_email();
    @Message String startup_invite_send();

    @Message String startup_badge_womenLed();
    @Message String startup_badge_youthLed();
    @Message String startup_badge_incorporated();
    @Message String visibility(Visibility visibility);
}
