package ml.jigi.monitoring;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/** Monitoring's own lists of codes, labelled in the page's language: `{inject:monitoringChoices.fundingKinds}`. */
@Named("monitoringChoices")
@RequestScoped
public class MonitoringChoices {

    @Inject
    UiLocale ui;

    public List<Option> fundingKinds() {
        return Option.of(FundingKind.values(), ui.messages(MonitoringMessages.class)::funding_kind);
    }
}
