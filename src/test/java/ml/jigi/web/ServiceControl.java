package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The fault tests stop and start the test's own services with the commands bin/jigi test gives
 * them: JIGI_TEST_DB_CONTROL (MariaDB: stop, start) and JIGI_TEST_KC_CONTROL (Keycloak: pause,
 * resume). Bounded: 60 s.
 */
public final class ServiceControl {

    private ServiceControl() {
    }

    public static void database(String action) {
        run("JIGI_TEST_DB_CONTROL", action);
    }

    public static void keycloak(String action) {
        run("JIGI_TEST_KC_CONTROL", action);
    }

    private static void run(String variable, String action) {
        String command = System.getenv(variable);
        if (command == null || command.isBlank()) {
            fail(variable + " is not set: run the tests through bin/jigi test, which sets it");
        }
        try {
            Process p = new ProcessBuilder("bash", "-c", String.format(command, action)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("Could not " + action + " (" + variable + "): " + out);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
