package ml.jigi.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Renders every page, and every message in it, in the language of the request (see UiLocale). */
@ApplicationScoped
public class TemplateLocale {

    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(TemplateLocale::applyRequestLocale);
    }

    static void applyRequestLocale(TemplateInstance instance) {
        ManagedContext requestContext = Arc.container().requestContext();
        // Only for a page: a mail rendered by a job keeps the locale its message bundle was asked for.
        if (requestContext.isActive()
                && Arc.container().instance(io.quarkus.vertx.http.runtime.CurrentVertxRequest.class).get().getCurrent() != null) {
            instance.setLocale(Arc.container().instance(UiLocale.class).get().locale());
        }
    }
}
