package ml.jigi.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Parts of pages already rendered, under a key naming everything they depend on (the data's
 * stamps and versions, the day, the language, the filters, the page): the same key, the same HTML.
 * The least recently used go first. What comes back is Qute's own escaped output, given to the
 * layout as a {@link RawString} so that it is not escaped twice; no user text is ever put in raw.
 */
@ApplicationScoped
public class RenderedFragments {

    static final int KEPT = 2048;

    private final Map<String, String> fragments = Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    });

    public RawString get(String key, Supplier<String> render) {
        String html = fragments.get(key);
        if (html == null) {
            html = render.get();
            fragments.put(key, html);
        }
        return new RawString(html);
    }
}
