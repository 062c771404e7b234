package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nu.validator.client.EmbeddedValidator;

/**
 * What every page of Jigi must pass, checked on each page a browser test visits: axe-core (no
 * serious or critical violation), the Nu Html Checker on the HTML the server sent (no error), no
 * inline script or style, every form field labelled, and at most 60 KB on the wire.
 */
public final class PageChecks {

    public static final long MAX_PAGE_BYTES = 60 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EmbeddedValidator NU = new EmbeddedValidator();

    static {
        NU.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    }

    private PageChecks() {
    }

    /** Runs every check on the page the browser shows now. */
    public static void check(WebDriver driver) {
        String url = driver.getCurrentUrl();
        checkWeight(driver, url); // first: the fetch below would count as a resource of the page
        checkAxe(driver, url);
        String html = serverHtml(driver);
        if (html.startsWith("FETCH FAILED")) {
            throw new AssertionError(url + ": " + html + "; the page shows: "
                    + driver.findElement(org.openqa.selenium.By.tagName("body")).getText());
        }
        checkMarkup(url, html);
    }

    /** The page as the server sent it (the browser's page source drops the doctype). */
    static String serverHtml(WebDriver driver) {
        Object html = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})"
                        + ".then(r => r.text()).then(done, e => done('FETCH FAILED ' + e));");
        return String.valueOf(html);
    }

    /**
     * The same checks on one of Keycloak's pages (Jigi's login theme), which have no Jigi form
     * token. Keycloak's pages are often the answer to a post, which a second request cannot fetch
     * again: the markup checked is the browser's copy of the page.
     *
     * <p>The theme has no script. Keycloak itself adds one to the answer of a post: a
     * {@code history.replaceState} call (its {@code BrowserHistoryHelper}, not configurable) so that
     * reloading does not post again. The page works without it; it is the one script allowed, and
     * is left out of the markup checked.
     */
    public static long checkKeycloak(WebDriver driver) {
        String url = driver.getCurrentUrl();
        long bytes = checkWeight(driver, url);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String keycloakHistory = "const history = s => !s.src && s.text.trim().startsWith(\"if (typeof history.replaceState === 'function')\");";
        Object scripts = js.executeScript(keycloakHistory
                + "return Array.from(document.scripts).filter(s => !history(s)).map(s => s.outerHTML.substring(0, 200)).join('\\n')");
        assertEquals("", scripts, url + " carries a script; the login theme works without JavaScript");
        checkAxe(driver, url);
        assertEquals("html", js.executeScript("return document.doctype && document.doctype.name"),
                url + " has no HTML doctype");
        checkHtml(url, "<!DOCTYPE html>\n" + js.executeScript(keycloakHistory
                + "const copy = document.documentElement.cloneNode(true);"
                + "copy.querySelectorAll('script').forEach(s => { if (history(s)) s.remove(); });"
                + "return copy.outerHTML"));
        return bytes;
    }

    /** Nu Html Checker errors, inline code, unlabelled fields and posts without a form token, from the HTML alone. */
    public static void checkMarkup(String url, String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"), url + " does not start with the HTML doctype: "
                + html.substring(0, Math.min(300, html.length())));
        Document doc = checkHtml(url, html);
        doc.select("form[method=post]").forEach(form -> assertTrue(
                !form.select("input[type=hidden][name=csrf-token]").isEmpty(),
                url + ": a POST form has no CSRF token"));
    }

    private static Document checkHtml(String url, String html) {
        List<String> errors = nuErrors(html);
        assertTrue(errors.isEmpty(), url + " has Nu Html Checker errors:\n" + String.join("\n", errors));
        Document doc = Jsoup.parse(html);
        assertEquals(0, doc.select("script:not([src]), style, [style]").size(),
                url + " carries inline script or style");
        assertEquals(0, doc.select("[onclick], [onload], [onsubmit], [onchange]").size(),
                url + " carries inline event handlers");
        doc.select("input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea").forEach(field -> {
            String id = field.id();
            boolean labelled = (!id.isEmpty() && !doc.select("label[for=" + id + "]").isEmpty())
                    || field.closest("label") != null || field.hasAttr("aria-label") || field.hasAttr("aria-labelledby");
            assertTrue(labelled, url + ": form field " + field.attr("name") + " has no label");
        });
        return doc;
    }

    static List<String> nuErrors(String html) {
        try {
            String out;
            synchronized (NU) {
                out = NU.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            }
            List<String> errors = new ArrayList<>();
            for (JsonNode message : JSON.readTree(out).path("messages")) {
                String type = message.path("type").asText();
                String subType = message.path("subType").asText();
                if ("error".equals(type) || "fatal".equals(subType)) {
                    errors.add("line " + message.path("lastLine").asText() + ": " + message.path("message").asText()
                            + " [" + message.path("extract").asText() + "]");
                }
            }
            return errors;
        } catch (Exception e) {
            throw new AssertionError("The Nu Html Checker failed to run", e);
        }
    }

    static void checkAxe(WebDriver driver, String url) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        if (!bad.isEmpty()) {
            fail(url + " has serious accessibility violations:\n" + bad.stream()
                    .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    static long checkWeight(WebDriver driver, String url) {
        @SuppressWarnings("unchecked")
        Map<String, Object> sizes = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "const nav = performance.getEntriesByType('navigation')[0];"
                        + "const res = performance.getEntriesByType('resource');"
                        + "return {page: nav ? nav.transferSize : 0,"
                        + " total: (nav ? nav.transferSize : 0) + res.reduce((s, r) => s + r.transferSize, 0)};");
        long total = ((Number) sizes.get("total")).longValue();
        assertTrue(total <= MAX_PAGE_BYTES, url + " weighs " + total + " bytes on the wire, over " + MAX_PAGE_BYTES);
        return total;
    }
}
