package ml.jigi.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 30 s, 6 digits) from the known test secrets of the
 * realm's staff (docker/keycloak/demo/jigi-users-0.json). Keycloak takes the UTF-8 bytes of the
 * stored value as the key, and refuses a code already used in the same 30 s window.
 */
public final class Totp {

    /** The staff's secrets in the demo and test realms (the demo itself never asks for them). */
    public static final Map<String, String> SECRETS = Map.of("admin.agetic", "JIGI-DEMO-ADMIN-OTP-2026");

    private static final Map<String, Long> LAST_WINDOW = new ConcurrentHashMap<>();

    private Totp() {
    }

    /** The code of the current window, once the window last used for this secret has passed. */
    public static synchronized String nextUnusedCode(String secret) {
        long window = System.currentTimeMillis() / 30_000;
        Long last = LAST_WINDOW.get(secret);
        while (last != null && window <= last) { // Keycloak refuses a code used in this window already
            try {
                Thread.sleep(Math.max(50, (window + 1) * 30_000 - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            window = System.currentTimeMillis() / 30_000;
        }
        LAST_WINDOW.put(secret, window);
        return code(secret, window);
    }

    static String code(String secret, long window) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(window).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8)
                    | (h[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
