package ml.jigi.matching;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of matching: reasons, recommendations, invitations: `{mt:key}`. */
@MessageBundle(value = "mt", locale = "fr")
public interface MatchMessages {

    @Message String reason_closed(String date);
    @Message String reason_not_open(String date);
    @Message String reason_region_excluded(String regions);
    @Message String reason_stage_min(String stage);
    @Message String reason_stage_max(String stage);
    @Message String reason_stage_excluded(String stages);
    @Message String reason_sector_excluded(String sectors);
    @Message String reason_women_only();
    @Message String reason_team_too_small(int size);
    @Message String reason_incorporation_required();
    @Message String reason_sector_named(String sectors);
    @Message String reason_sector_open();
    @Message String reason_sector_topic(String sectors);
    @Message String reason_sector_other_topic(String sectors);
    @Message String reason_cohort_like(int same, int size);
    @Message String reason_cohort_sector(int same, int size);
    @Message String reason_cohort_text(int size);
    @Message String reason_targeted_women();
    @Message String reason_targeted_region(String region);
    @Message String reason_targeted_women_region(String region);
    @Message String reason_stage_named(String stage);
    @Message String reason_stage_open();
    @Message String reason_needs_met(int met, int wanted, String needs);
    @Message String reason_needs_none_met();
    @Message String reason_needs_unknown();
    @Message String reason_text_close(int percent);
    @Message String reason_place_remote();
    @Message String reason_place_city(String city);
    @Message String reason_place_region(String region);
    @Message String reason_place_hybrid();
    @Message String reason_place_in_person();
    @Message String reason_language_shared(String languages);
    @Message String reason_language_missing(String languages);
    @Message String matches_title();
    @Message String matches_lead();
    @Message String matches_no_startup();
    @Message String matches_for(String name);
    @Message String matches_all(long count);
    @Message String matches_none();
    @Message String matches_score(int score);
    @Message String matches_eligible();
    @Message String matches_not_eligible();
    @Message String matches_why();
    @Message String matches_missing();
    @Message String matches_custom_weights();
    @Message String matches_how();
    @Message String fit_title();
    @Message String fit_for(String name, int score);
    @Message String manage_matches_title(String program);
    @Message String manage_matches_lead();
    @Message String manage_matches_weights(int sector, int stage, int needs, int text, int place, int language);
    @Message String manage_matches_weights_custom();
    @Message String manage_matches_weights_default();
    @Message String manage_matches_filter_region();
    @Message String manage_matches_filter_stage();
    @Message String manage_matches_filter_womenLed();
    @Message String manage_matches_filter_apply();
    @Message String manage_matches_count(long count);
    @Message String manage_matches_invite();
    @Message String manage_matches_invited();
    @Message String manage_matches_invited_notice(String name);
    @Message String manage_matches_link();
    @Message String invitation_program_title();
    @Message String invitation_program_text(String organization, String program, String startup);
    @Message String invitation_program_see();
    @Message String mail_program_invitation_subject(String program);
    @Message String mail_program_invitation_body(String name, String organization, String program, String startup, String url);
    @Message String manage_matches_not_invitable();
}
