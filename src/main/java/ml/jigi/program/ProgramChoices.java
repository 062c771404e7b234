package ml.jigi.program;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/** The program's own lists of codes, labelled in the page's language: `{inject:programChoices.questionTypes}`. */
@Named("programChoices")
@RequestScoped
public class ProgramChoices {

    @Inject
    UiLocale ui;

    public List<Option> questionTypes() {
        return Option.of(QuestionType.values(), ui.messages(ProgramMessages.class)::question_type);
    }
}
