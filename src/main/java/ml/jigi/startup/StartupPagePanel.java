package ml.jigi.startup;

import io.quarkus.qute.RawString;

/**
 * Something another feature shows on a startup's public page, rendered by that feature with its own
 * escaping template (networking: the form to ask for an introduction). The startup feature defines
 * the place; the feature above fills it, so that startup never depends on it.
 */
public interface StartupPagePanel {

    /** The panel's HTML for this startup and the person looking; empty when there is nothing to show. */
    RawString render(Startup startup);
}
