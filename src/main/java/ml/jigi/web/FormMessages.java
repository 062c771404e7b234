package ml.jigi.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What a form says about a bad value, next to the field: `{frm:key}`. */
@MessageBundle(value = "frm", locale = "fr")
public interface FormMessages {

    @Message String form_required_mark();
    @Message String form_errors_title();
    @Message String form_errors_summary(int count);
    @Message String form_error_required();
    @Message String form_error_too_long(int max);
    @Message String form_error_number();
    @Message String form_error_min(long min);
    @Message String form_error_max(long max);
    @Message String form_error_decimal();
    @Message String form_error_code();
    @Message String form_error_date();
    @Message String form_error_date_order();
    @Message String form_error_url();
    @Message String form_error_email();
    @Message String form_error_phone();
    @Message String form_error_conflict();
    @Message String form_error_file_type(String allowed);
    @Message String form_error_file_size(int megabytes);
    @Message String form_error_file_again();
    @Message String form_error_file_quota(int megabytes);
    @Message String form_error_file_rate();
    @Message String form_error_file_reference();
    @Message String form_optional();
    @Message String form_save();
    @Message String form_cancel();
    @Message String form_saved();
}
