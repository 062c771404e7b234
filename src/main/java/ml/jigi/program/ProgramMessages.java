package ml.jigi.program;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of organizations, programs and the accelerator space: `{prg:key}`. */
@MessageBundle(value = "prg", locale = "fr")
public interface ProgramMessages {

    @Message String manage_title();
    @Message String manage_intro();
    @Message String manage_programs_empty();
}
