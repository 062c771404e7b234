package ml.jigi.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.security.AuthenticationCompletionException;

/** The tokens of a stored session open only under their own row's key, with the same secret, unaltered. */
class SealedTokensTest {

    private static LoginSessions store(String secret) {
        LoginSessions store = new LoginSessions();
        store.secret = secret;
        return store;
    }

    private final LoginSessions store = store("a-session-secret-of-at-least-32-characters");
    private final byte[] rowA = LoginSessions.hash("key-a");
    private final byte[] rowB = LoginSessions.hash("key-b");

    @Test
    void theTokensComeBackAsTheyWent() {
        byte[] sealed = store.seal(rowA, "id.token.x", "access.token.y", "");
        assertArrayEquals(new String[] { "id.token.x", "access.token.y", "" }, store.open(sealed, rowA));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("access.token.y"), "not stored in clear");
    }

    @Test
    void aRowsTokensDoNotOpenUnderAnotherKeyAnotherSecretOrAltered() {
        byte[] sealed = store.seal(rowA, "id", "access", "refresh");
        assertThrows(AuthenticationCompletionException.class, () -> store.open(sealed, rowB));
        assertThrows(AuthenticationCompletionException.class,
                () -> store("another-secret-of-at-least-32-characters!!").open(sealed, rowA));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(AuthenticationCompletionException.class, () -> store.open(sealed, rowA));
    }

    @Test
    void noSessionIsKeptWithoutASecret() {
        assertThrows(IllegalStateException.class, () -> store("short").seal(rowA, "id", "access", ""));
    }
}
