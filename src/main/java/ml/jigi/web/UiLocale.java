package ml.jigi.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;

/**
 * The language of the current page: the visitor's choice, kept in a cookie (set by /lang/{code}, or
 * from the account's saved language on the first page after a login in a new browser), else French.
 * The browser's Accept-Language is not consulted: Jigi is French first, English on request. Reading
 * it needs no database, so that error pages rendered on an I/O thread can use it.
 * `{inject:ui}` in templates.
 */
@Named("ui")
@RequestScoped
public class UiLocale {

    public static final String COOKIE = "jigi_lang";
    public static final String DEFAULT = "fr";
    public static final List<String> SUPPORTED = List.of("fr", "en");
    static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    CurrentVertxRequest current;

    /** The HTTP request, or null when rendering outside one (a scheduled job, a test thread). */
    private RoutingContext request() {
        return current.getCurrent();
    }

    private String code;

    /** The language code of this page: fr or en. */
    public String code() {
        if (code == null) {
            String chosen = cookieValue();
            code = chosen == null ? DEFAULT : chosen;
        }
        return code;
    }

    /** True when this browser has made no choice yet. */
    public boolean unchosen() {
        return cookieValue() == null;
    }

    /**
     * Takes the language saved on an account when this browser has made no choice: for this page,
     * and through a cookie for the next ones.
     */
    public void adopt(String saved) {
        RoutingContext request = request();
        if (isSupported(saved) && unchosen() && request != null && !request.response().headWritten()) {
            code = saved;
            NewCookie cookie = cookie(saved);
            request.response().addCookie(Cookie.cookie(COOKIE, saved).setPath("/").setMaxAge(ONE_YEAR)
                    .setHttpOnly(true).setSecure(cookie.isSecure()).setSameSite(CookieSameSite.LAX));
        }
    }

    /** The cookie that keeps a choice for a year. */
    public NewCookie cookie(String chosen) {
        return new NewCookie.Builder(COOKIE)
                .value(chosen)
                .path("/")
                .maxAge(ONE_YEAR)
                .httpOnly(true)
                .secure(secure())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    /** Whether this request came over HTTPS (directly or through the proxy): cookies set on it are Secure. */
    public boolean secure() {
        RoutingContext request = request();
        return request != null && (request.request().isSSL() || "https".equals(request.request().scheme()));
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** A message bundle in this page's language, for texts made in Java (form errors, reasons). */
    public <T> T messages(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(code()));
    }

    /** An empty form whose error messages speak this page's language. */
    public Form form() {
        return Form.empty(messages(FormMessages.class));
    }

    /** The submitted fields, ready to be read and checked in this page's language. */
    public Form form(java.util.Map<String, java.util.List<String>> fields) {
        return new Form(fields, messages(FormMessages.class));
    }

    /**
     * Whether this page can carry forms: the form-token filter ran for this request (error pages
     * answered before it, such as an unknown address, show the header without its forms).
     */
    public boolean canPost() {
        RoutingContext request = request();
        return request != null && request.get("csrf_token") != null;
    }

    public boolean isFrench() {
        return "fr".equals(code());
    }

    /** The current path and query, for links that come back here (the language switch). */
    public String here() {
        RoutingContext request = request();
        if (request == null) {
            return "/";
        }
        String uri = request.request().uri();
        return LocalPath.isSafe(uri) ? uri : "/";
    }

    /** {@link #here()}, encoded for a query parameter. */
    public String hereEncoded() {
        return URLEncoder.encode(here(), StandardCharsets.UTF_8);
    }

    private String cookieValue() {
        RoutingContext request = request();
        Cookie cookie = request == null ? null : request.request().getCookie(COOKIE);
        return cookie != null && isSupported(cookie.getValue()) ? cookie.getValue() : null;
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }
}
