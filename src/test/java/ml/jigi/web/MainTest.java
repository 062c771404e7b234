package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Production refuses missing, short or development secrets, naming each. */
class MainTest {

    static final Map<String, String> GOOD = Map.of("JIGI_SESSION_SECRET", "k3v9Qw8Zr1Tn5Lp0Xc7Hy2Bm4Ds6Fg8J",
            "JIGI_OIDC_SECRET", "oidc-9f8e7d6c5b4a", "JIGI_ADMIN_SECRET", "admin-1a2b3c4d5e6f", "JIGI_DB_PASSWORD", "Db-7y6t5r4e");

    @Test
    void realSecretsPass() {
        assertEquals(List.of(), Main.problems(GOOD));
    }

    @Test
    void eachMissingSecretIsNamed() {
        assertEquals(List.of("JIGI_SESSION_SECRET is not set", "JIGI_OIDC_SECRET is not set", "JIGI_ADMIN_SECRET is not set",
                "JIGI_DB_PASSWORD is not set"), Main.problems(Map.of()));
    }

    @Test
    void developmentValuesAndShortSessionSecretsAreRefused() {
        var env = new java.util.HashMap<>(GOOD);
        env.put("JIGI_DB_PASSWORD", "jigi");
        env.put("JIGI_OIDC_SECRET", "jigi-dev-client-secret");
        env.put("JIGI_SESSION_SECRET", "too-short");
        assertEquals(List.of("JIGI_SESSION_SECRET is shorter than 32 characters", "JIGI_OIDC_SECRET has a development value",
                "JIGI_DB_PASSWORD has a development value"), Main.problems(env));
    }
}
