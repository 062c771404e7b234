package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * There is no container engine on the build machines, so the production stack
 * ({@code docker/compose.yml}, the proxy's {@code Caddyfile}, {@code .env.example}) is checked as
 * text: every variable the app and Keycloak need is set, images are pinned, only the proxy publishes
 * ports, every service has a health check, the proxy's upstreams are the services, Keycloak runs in
 * production mode with Jigi's realm and login theme.
 */
class DeploymentFileTest {

    private static final Path DOCKER = Path.of("docker");

    /** What the packaged app needs in production, beyond the secrets {@link Main} refuses to start without. */
    private static final List<String> APP_SETTINGS = List.of("JIGI_DB_URL", "JIGI_DB_USER", "JIGI_OIDC_URL",
            "JIGI_KEYCLOAK_URL", "JIGI_PUBLIC_URL", "JIGI_HTTPS", "JIGI_CSRF_COOKIE", "JIGI_TRUSTED_PROXIES",
            "JIGI_SMTP_HOST", "JIGI_SMTP_PORT", "JIGI_SMTP_STARTTLS_MODE", "JIGI_MAIL_FROM");

    /** What Keycloak needs to run in production mode behind the proxy, on its own database. */
    private static final List<String> KEYCLOAK_SETTINGS = List.of("KC_DB", "KC_DB_URL", "KC_DB_USERNAME",
            "KC_DB_PASSWORD", "KC_HOSTNAME", "KC_HTTP_ENABLED", "KC_PROXY_HEADERS", "KC_PROXY_TRUSTED_ADDRESSES",
            "KC_HEALTH_ENABLED", "KC_BOOTSTRAP_ADMIN_PASSWORD");

    private final JsonNode compose = read(DOCKER.resolve("compose.yml"));
    private final JsonNode services = compose.path("services");

    @Test
    void theAppGetsEverySettingItNeeds() {
        Set<String> set = names(services.path("app").path("environment"));
        List<String> needed = new ArrayList<>(Main.SECRETS);
        needed.addAll(APP_SETTINGS);
        for (String name : needed) {
            assertTrue(set.contains(name), "the app service does not set " + name);
        }
        assertEquals("true", text(services, "app", "JIGI_HTTPS"));
        assertEquals("__Host-jigi-csrf", text(services, "app", "JIGI_CSRF_COOKIE"));
    }

    @Test
    void keycloakRunsInProductionModeWithTheRealmItsPlaceholdersAndTheTheme() throws IOException {
        JsonNode keycloak = services.path("keycloak");
        assertTrue(keycloak.path("image").asText().startsWith("quay.io/keycloak/keycloak:"), "Keycloak's own image");
        String command = keycloak.path("command").toString();
        assertTrue(command.contains("\"start\"") && !command.contains("start-dev"), "production mode: " + command);
        Set<String> set = names(keycloak.path("environment"));
        for (String name : KEYCLOAK_SETTINGS) {
            assertTrue(set.contains(name), "the keycloak service does not set " + name);
        }
        // Every placeholder of the realm file without a default must be given.
        Matcher placeholder = Pattern.compile("\\$\\{(JIGI_[A-Z_]+)}").matcher(
                Files.readString(DOCKER.resolve("keycloak/realm-jigi.json")));
        Set<String> needed = new TreeSet<>();
        while (placeholder.find()) {
            needed.add(placeholder.group(1));
        }
        assertFalse(needed.isEmpty(), "the realm file's placeholders were read");
        for (String name : needed) {
            assertTrue(set.contains(name), "the realm file needs " + name + " and the keycloak service does not set it");
        }
        String volumes = keycloak.path("volumes").toString();
        assertTrue(volumes.contains("./keycloak/realm-jigi.json:/opt/keycloak/data/import/"), "the realm file: " + volumes);
        assertTrue(volumes.contains("./keycloak/themes/jigi:/opt/keycloak/themes/jigi"), "the login theme: " + volumes);
        assertTrue(Files.readString(DOCKER.resolve("keycloak/realm-jigi.json")).contains("\"loginTheme\": \"jigi\""),
                "the realm uses the login theme");
    }

    @Test
    void imagesArePinnedToAVersion() {
        services.fields().forEachRemaining(service -> {
            String image = service.getValue().path("image").asText();
            assertFalse(image.isEmpty(), service.getKey() + " names its image");
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertTrue(image.contains(":") && tag.matches("\\d+(\\.\\d+)+.*"),
                    service.getKey() + "'s image " + image + " is not pinned to a version");
        });
    }

    @Test
    void onlyTheProxyPublishesPortsAndTheDatabaseIsInside() {
        services.fields().forEachRemaining(service -> {
            if (!service.getKey().equals("proxy")) {
                assertTrue(service.getValue().path("ports").isMissingNode(), service.getKey() + " publishes a port");
            }
        });
        assertEquals(Set.of("443:443", "80:80", "443:443/udp"), values(services.path("proxy").path("ports")));
        assertEquals(List.of("data"), List.copyOf(values(services.path("mariadb").path("networks"))),
                "MariaDB is on the inside network only");
        assertTrue(compose.path("networks").path("data").path("internal").asBoolean(), "the data network is internal");
    }

    @Test
    void everyServiceHasAHealthCheck() {
        services.fields().forEachRemaining(service -> assertFalse(
                service.getValue().path("healthcheck").path("test").isMissingNode(),
                service.getKey() + " has no health check"));
    }

    @Test
    void theProxyForwardsToTheServicesAndIsTheOneAddressTheyTrust() throws IOException {
        String caddy = Files.readString(DOCKER.resolve("caddy/Caddyfile"));
        assertTrue(caddy.contains("{$JIGI_PUBLIC_URL} {"), "a site for the app's public name");
        assertTrue(caddy.contains("{$JIGI_KEYCLOAK_URL} {"), "a site for Keycloak's public name");
        assertTrue(caddy.contains("name app") && caddy.contains("port 8080"), "the app's instances on 8080");
        assertTrue(caddy.contains("reverse_proxy keycloak:8080"), "Keycloak on 8080");
        assertEquals(2, caddy.split("encode zstd gzip", -1).length - 1, "both sites compressed");
        assertTrue(caddy.contains("@public path /realms/* /resources/*"), "Keycloak's admin paths stay inside");
        assertTrue(services.has("app") && services.has("keycloak"), "the upstreams are services");

        String proxyAddress = services.path("proxy").path("networks").path("edge").path("ipv4_address").asText();
        assertFalse(proxyAddress.isEmpty(), "the proxy has a fixed address");
        assertEquals(proxyAddress, text(services, "app", "JIGI_TRUSTED_PROXIES"));
        assertEquals(proxyAddress, text(services, "keycloak", "KC_PROXY_TRUSTED_ADDRESSES"));
        Set<String> proxyEnvironment = names(services.path("proxy").path("environment"));
        Matcher used = Pattern.compile("\\{\\$([A-Z_]+)}").matcher(caddy);
        while (used.find()) {
            assertTrue(proxyEnvironment.contains(used.group(1)), "the Caddyfile reads " + used.group(1)
                    + ", which the proxy service does not set");
        }
    }

    @Test
    void everyVariableTheComposeFileReadsIsInTheExample() throws IOException {
        String text = Files.readString(DOCKER.resolve("compose.yml"));
        Set<String> example = new TreeSet<>();
        for (String line : Files.readAllLines(DOCKER.resolve(".env.example"))) {
            if (line.matches("[A-Z_]+=.*")) {
                example.add(line.substring(0, line.indexOf('=')));
            }
        }
        Matcher required = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(text);
        int count = 0;
        while (required.find()) {
            count++;
            assertTrue(example.contains(required.group(1)), required.group(1)
                    + " is required by compose.yml and missing from .env.example");
        }
        assertTrue(count > 5, "the required variables were read");
    }

    private static String text(JsonNode services, String service, String variable) {
        return services.path(service).path("environment").path(variable).asText();
    }

    private static Set<String> names(JsonNode environment) {
        Set<String> names = new LinkedHashSet<>();
        environment.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> values(JsonNode list) {
        Set<String> values = new LinkedHashSet<>();
        if (list.isArray()) {
            list.forEach(value -> values.add(value.asText()));
        } else {
            list.fieldNames().forEachRemaining(values::add);
        }
        return values;
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
