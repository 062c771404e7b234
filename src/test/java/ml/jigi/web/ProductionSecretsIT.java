package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged app (target/quarkus-app, built by `mvn verify` before this runs) stops at once, with
 * one line naming what is missing, when started in production without its secrets or with
 * development values; it never reaches the database.
 */
class ProductionSecretsIT {

    record Run(int exit, String output) {
    }

    static Run start(Map<String, String> env) throws Exception {
        File jar = new File("target/quarkus-app/quarkus-run.jar");
        assertTrue(jar.isFile(), "the packaged app is there");
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-jar", jar.getPath())
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("JIGI_") || k.startsWith("QUARKUS_"));
        pb.environment().putAll(env);
        pb.environment().put("JIGI_HTTP_PORT", "0");
        pb.environment().put("JIGI_MANAGEMENT_PORT", "0");
        pb.environment().put("JIGI_DB_URL", "jdbc:mariadb://127.0.0.1:9/none"); // nothing listens: never reached
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "it stops by itself");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void withoutSecretsItStopsAndSaysWhich() throws Exception {
        Run run = start(Map.of());
        assertEquals(78, run.exit(), run.output());
        assertEquals(1, run.output().strip().lines().count(), "one clear line: " + run.output());
        assertTrue(run.output().startsWith("Jigi will not start: JIGI_SESSION_SECRET is not set; JIGI_OIDC_SECRET is not set; "
                + "JIGI_ADMIN_SECRET is not set; JIGI_DB_PASSWORD is not set"), run.output());
    }

    @Test
    void withDevelopmentValuesItStopsToo() throws Exception {
        Run run = start(Map.of("JIGI_SESSION_SECRET", "jigi-development-session-secret-change-me-in-production",
                "JIGI_OIDC_SECRET", "jigi-dev-client-secret", "JIGI_ADMIN_SECRET", "jigi-dev-admin-secret",
                "JIGI_DB_PASSWORD", "jigi"));
        assertEquals(78, run.exit(), run.output());
        assertTrue(run.output().contains("JIGI_DB_PASSWORD has a development value"), run.output());
        assertTrue(run.output().contains("JIGI_OIDC_SECRET has a development value"), run.output());
    }
}
