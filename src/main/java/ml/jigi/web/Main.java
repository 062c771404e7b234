package ml.jigi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Jigi, unless it would run in production with a secret missing or left at a development
 * value: then it stops at once with one line naming what to set, before touching the database.
 */
@QuarkusMain
public class Main {

    /** What production must set; each checked by {@link #problems}. */
    static final List<String> SECRETS = List.of("JIGI_SESSION_SECRET", "JIGI_OIDC_SECRET", "JIGI_ADMIN_SECRET",
            "JIGI_DB_PASSWORD");

    /** Values that appeared in this repository at some point: public, so never secrets. */
    static final Set<String> DEVELOPMENT_VALUES = Set.of("jigi", "jigi-dev-client-secret", "jigi-dev-admin-secret",
            "jigi-development-session-secret-change-me-in-production", "jigi-test-client-secret", "jigi-test-admin-secret",
            "jigi-bench-client-secret", "jigi-bench-admin-secret", "test-session-secret-only-for-the-test-profile",
            "change-me", "changeme", "secret", "password");

    public static void main(String... args) {
        String profile = System.getProperty("quarkus.profile", System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        if (profile.contains("prod")) {
            List<String> problems = problems(System.getenv());
            if (!problems.isEmpty()) {
                System.err.println("Jigi will not start: " + String.join("; ", problems)
                        + " (README.md, \"Production configuration\").");
                System.exit(78); // EX_CONFIG
            }
        }
        Quarkus.run(args);
    }

    /** What is wrong with these environment variables for production; empty when nothing is. */
    static List<String> problems(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        for (String name : SECRETS) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                problems.add(name + " is not set");
            } else if (DEVELOPMENT_VALUES.contains(value.strip())) {
                problems.add(name + " has a development value");
            } else if (name.equals("JIGI_SESSION_SECRET") && value.length() < 32) {
                problems.add(name + " is shorter than 32 characters");
            }
        }
        return problems;
    }
}
