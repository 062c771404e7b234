package ml.jigi.application;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/** The recommendation choices of the review form, labelled: `{inject:reviewChoices.recommendations}`. */
@Named("reviewChoices")
@RequestScoped
public class ReviewChoices {

    @Inject
    UiLocale ui;

    public List<Option> recommendations() {
        return Option.of(Recommendation.values(), ui.messages(ApplicationMessages.class)::recommendation);
    }
}
