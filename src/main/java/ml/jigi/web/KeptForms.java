package ml.jigi.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Keeps what someone typed when their form reaches the app after their session has ended (a long
 * answer written over an hour, a phone left overnight): instead of sending the post to the login
 * page, where its content would be lost, the fields are kept in MariaDB under a random key that
 * only this browser holds (a cookie scoped to the form's page), and the browser is sent to the form,
 * which asks for the login first. Back on the form, the page takes the copy once and shows it to be
 * checked and saved. Works without JavaScript and on any instance.
 *
 * The copy is given back only to the browser that holds both the key and the form-token cookie the
 * post carried, and only on the page it was posted from, which checks as usual that the logged-in
 * person may see it; a copy is never saved by itself. Files cannot be kept: the page says so.
 */
@ApplicationScoped
public class KeptForms {

    public static final String COOKIE = "jigi_kept";
    static final String TOKEN_FIELD = "csrf-token";
    /** The form-token cookie's name (on HTTPS, the __Host- one). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String tokenCookie;
    static final int LIFE_SECONDS = 24 * 3600;
    /** A larger post is not kept (ten long answers of 10,000 characters). */
    static final int MAX_CHARS = 100_000;
    /** Anyone may post without a session: past this many copies of the last day, no more are kept (at most 200 MB). */
    static final int MAX_ROWS = 2_000;
    /** Copies one sender (by address) may leave in an hour. */
    static final int PER_SENDER_HOUR = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What was kept: the text fields, and whether files were sent too (they must be chosen again). */
    public record Kept(Map<String, List<String>> fields, boolean hadFiles) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest current;

    @Inject
    UiLocale ui;

    /**
     * Keeps the fields of a post that came without a session and answers with the way back to the
     * form's page (path), where the login is asked first.
     */
    @Transactional
    public Response keep(String path, Map<String, List<String>> fields, boolean hadFiles) {
        Response.ResponseBuilder back = Response.seeOther(URI.create(path));
        List<String> token = fields.get(TOKEN_FIELD);
        if (token == null || token.isEmpty() || token.get(0).isBlank()) {
            return back.build();
        }
        Map<String, List<String>> kept = new LinkedHashMap<>(fields);
        kept.remove(TOKEN_FIELD);
        String text;
        try {
            text = json.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            return back.build();
        }
        if (text.length() > MAX_CHARS) {
            return back.build();
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        LocalDateTime now = LocalDateTime.now();
        em.createNativeQuery("DELETE FROM kept_form WHERE created_at < ?1").setParameter(1, now.minusSeconds(LIFE_SECONDS))
                .executeUpdate();
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM kept_form").getSingleResult();
        String sender = sha256(sender());
        Number recent = (Number) em.createNativeQuery("SELECT COUNT(*) FROM kept_form WHERE ip_hash = ?1 AND created_at >= ?2")
                .setParameter(1, sender).setParameter(2, now.minusHours(1)).getSingleResult();
        if (rows.intValue() >= MAX_ROWS || recent.intValue() >= PER_SENDER_HOUR) {
            return back.build();
        }
        em.createNativeQuery("INSERT INTO kept_form (id, path, token_hash, ip_hash, fields, had_files, created_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, sha256(key)).setParameter(2, path).setParameter(3, sha256(token.get(0)))
                .setParameter(4, sender).setParameter(5, text).setParameter(6, hadFiles).setParameter(7, now)
                .executeUpdate();
        return back.cookie(new NewCookie.Builder(COOKIE).value(key).path(path).maxAge(LIFE_SECONDS).httpOnly(true)
                .secure(ui.secure()).sameSite(NewCookie.SameSite.LAX).build()).build();
    }

    /** True when a multipart post carried a file (which cannot be kept). */
    public static boolean hasFiles(org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput input) {
        return input.getValues().values().stream().flatMap(java.util.Collection::stream)
                .anyMatch(v -> v.isFileItem() && v.getFileName() != null && !v.getFileName().isBlank());
    }

    /** The copy kept for this page in this browser, if any; taken once (removed as it is read). */
    @Transactional
    public Optional<Kept> take(String path) {
        RoutingContext request = current.getCurrent();
        if (request == null) {
            return Optional.empty();
        }
        Cookie key = request.request().getCookie(COOKIE);
        Cookie token = request.request().getCookie(tokenCookie);
        if (key == null) {
            return Optional.empty();
        }
        if (!request.response().headWritten()) {
            request.response().addCookie(Cookie.cookie(COOKIE, "").setPath(path).setMaxAge(0).setHttpOnly(true)
                    .setSecure(ui.secure()).setSameSite(CookieSameSite.LAX));
        }
        if (token == null) {
            return Optional.empty();
        }
        String id = sha256(key.getValue());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT fields, had_files FROM kept_form WHERE id = ?1 AND path = ?2 "
                + "AND token_hash = ?3 AND created_at >= ?4")
                .setParameter(1, id).setParameter(2, path).setParameter(3, sha256(token.getValue()))
                .setParameter(4, LocalDateTime.now().minusSeconds(LIFE_SECONDS)).getResultList();
        em.createNativeQuery("DELETE FROM kept_form WHERE id = ?1").setParameter(1, id).executeUpdate();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, List<String>> fields = json.readValue((String) rows.get(0)[0], new TypeReference<>() {
            });
            Object files = rows.get(0)[1];
            return Optional.of(new Kept(fields, Boolean.TRUE.equals(files) || (files instanceof Number n && n.intValue() != 0)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * The sender's address: the connection's, or the one a trusted proxy forwarded
     * (quarkus.http.proxy.trusted-proxies); an X-Forwarded-For from anyone else changes nothing.
     */
    private String sender() {
        RoutingContext request = current.getCurrent();
        return request == null || request.request().remoteAddress() == null ? "" : request.request().remoteAddress().hostAddress();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
