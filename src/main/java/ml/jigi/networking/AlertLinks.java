package ml.jigi.networking;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one-click unsubscribe links of alert mails: the subscription, the kind of alert, and an
 * HMAC-SHA256 over both under a key derived from the session secret for this one purpose. A link
 * stops that alert of that subscription and nothing else, without a login; a changed number or kind
 * fails the check.
 */
@ApplicationScoped
public class AlertLinks {

    /** The two alerts. */
    public enum Kind {
        weekly, deadlines
    }

    @ConfigProperty(name = "jigi.sessions.secret")
    String secret;

    @ConfigProperty(name = "jigi.public-url")
    String publicUrl;

    public String unsubscribe(long subscriptionId, Kind kind) {
        return publicUrl + "/alerts/unsubscribe?s=" + subscriptionId + "&k=" + kind + "&t=" + token(subscriptionId, kind);
    }

    String token(long subscriptionId, Kind kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = MessageDigest.getInstance("SHA-256").digest(("jigi alerts unsubscribe\n" + secret)
                    .getBytes(StandardCharsets.UTF_8));
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal(("unsubscribe:" + subscriptionId + ":" + kind).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the token was made by {@link #unsubscribe} for this subscription and kind. */
    public boolean valid(long subscriptionId, Kind kind, String token) {
        return token != null && MessageDigest.isEqual(token(subscriptionId, kind).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
