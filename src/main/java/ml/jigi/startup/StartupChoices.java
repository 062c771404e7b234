package ml.jigi.startup;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/** The startup profile's own lists of codes, labelled in the page's language: `{inject:startupChoices.visibilities}`. */
@Named("startupChoices")
@RequestScoped
public class StartupChoices {

    @Inject
    UiLocale ui;

    public List<Option> visibilities() {
        return Option.of(Visibility.values(), ui.messages(StartupMessages.class)::visibility);
    }
}
