package ml.jigi.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Parts of pages already rendered, under a key naming everything they depend on (the data's
 * stamps and versions, the day, the language, the filters, the page): the same key, the same HTML.
 * The least recently used go first, past a number of fragments or of characters. What comes back is Qute's own escaped output, given to the
 * layout as a {@link RawString} so that it is not escaped twice; no user text is ever put in raw.
 */
@ApplicationScoped
public class RenderedFragments {

    static final int KEPT = 2048;
    /** At most this many characters in all (about 32 MB): a manager's list of fifty rows is about 30,000. */
    static final long MAX_CHARS = 16_000_000;

    private final LinkedHashMap<String, String> fragments = new LinkedHashMap<>(KEPT, 0.75f, true);
    private long chars;

    public RawString get(String key, Supplier<String> render) {
        String html;
        synchronized (this) {
            html = fragments.get(key);
        }
        if (html == null) {
            html = render.get();
            put(key, html);
        }
        return new RawString(html);
    }

    private synchronized void put(String key, String html) {
        String before = fragments.put(key, html);
        chars += html.length() - (before == null ? 0 : before.length());
        Iterator<Map.Entry<String, String>> eldest = fragments.entrySet().iterator();
        while ((fragments.size() > KEPT || chars > MAX_CHARS) && eldest.hasNext()) {
            Map.Entry<String, String> gone = eldest.next();
            if (gone.getKey().equals(key)) {
                continue;
            }
            chars -= gone.getValue().length();
            eldest.remove();
        }
    }
}
