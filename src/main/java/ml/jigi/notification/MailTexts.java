package ml.jigi.notification;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The subject and body of a mail, in the recipient's language, from the feature that wrote it. */
@ApplicationScoped
public class MailTexts {

    @Inject
    @Any
    Instance<MailTemplates> features;

    public MailTemplates.Text render(String template, String locale, Map<String, String> parameters) {
        return features.stream().filter(f -> f.names().contains(template)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No mail template " + template))
                .render(template, locale, parameters);
    }
}
