package ml.jigi.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Answers of the public read API that proxies and scripts may keep: the JSON with a strong `ETag`
 * (a hash of the bytes sent) and `Cache-Control: public, max-age=60`; a request whose
 * `If-None-Match` names the current tag gets `304 Not Modified` and no body.
 */
public final class ApiCache {

    /** Seconds a proxy may keep an answer. */
    public static final int MAX_AGE = 60;

    private ApiCache() {
    }

    public static Response of(ObjectMapper json, HttpHeaders request, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String tag = tag(bytes);
        String asked = request == null ? null : request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        String cache = "public, max-age=" + MAX_AGE;
        if (asked != null && matches(asked, tag)) {
            return Response.notModified(new EntityTag(tag)).header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        return Response.ok(bytes, "application/json").tag(new EntityTag(tag)).header(HttpHeaders.CACHE_CONTROL, cache).build();
    }

    static boolean matches(String ifNoneMatch, String tag) {
        for (String t : ifNoneMatch.split(",")) {
            String v = t.strip();
            if (v.equals("*") || v.equals("\"" + tag + "\"") || v.equals("W/\"" + tag + "\"")) {
                return true;
            }
        }
        return false;
    }

    static String tag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only for the byte-level tests. */
    static String tag(String text) {
        return tag(text.getBytes(StandardCharsets.UTF_8));
    }
}
