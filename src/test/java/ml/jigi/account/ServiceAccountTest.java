package ml.jigi.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * The realm's jigi-admin service account, as the app uses it, against the real Keycloak: it grants
 * and takes away `manager` and `partner`, reads, disables, enables and deletes ordinary accounts,
 * and nothing more: never the `admin` role, never a staff member (not even their password), never
 * the realm's settings (Keycloak 26's fine-grained admin permissions, docs/security.md).
 */
@QuarkusTest
class ServiceAccountTest {

    static final String AWA = "00000000-0000-4000-8000-000000000001";
    static final String ADMIN = "00000000-0000-4000-8000-000000000005";

    @Inject
    KeycloakUsers keycloak;

    static String server() {
        return ConfigProvider.getConfig().getValue("quarkus.keycloak.admin-client.server-url", String.class);
    }

    /** A token of the service account, obtained as the app obtains it (client credentials). */
    static String token() {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "jigi-admin")
                .formParam("client_secret", ConfigProvider.getConfig().getValue(
                        "quarkus.keycloak.admin-client.client-secret", String.class))
                .when().post(server() + "/realms/jigi/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(token()).contentType(ContentType.JSON);
    }

    static String users() {
        return server() + "/admin/realms/jigi/users/";
    }

    static Map<String, Object> role(String name) {
        String id = given().auth().oauth2(adminConsoleToken()).when().get(server() + "/admin/realms/jigi/roles/" + name)
                .then().statusCode(200).extract().path("id");
        return Map.of("id", id, "name", name);
    }

    /** The bootstrap administrator of the test Keycloak (its password file is passed by bin/jigi test). */
    static String adminConsoleToken() {
        String file = System.getenv("JIGI_KEYCLOAK_ADMIN_PASSWORD_FILE");
        try {
            String password = java.nio.file.Files.readString(java.nio.file.Path.of(file)).strip();
            return given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", "admin-cli")
                    .formParam("username", "admin").formParam("password", password)
                    .when().post(server() + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                    .extract().path("access_token");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void itGrantsAndTakesAwayTheManagerRole() {
        keycloak.grant(AWA, CurrentUser.MANAGER);
        assertTrue(keycloak.roles(AWA).contains(CurrentUser.MANAGER));
        keycloak.revoke(AWA, CurrentUser.MANAGER);
        assertTrue(!keycloak.roles(AWA).contains(CurrentUser.MANAGER));
        assertEquals(List.of(CurrentUser.FOUNDER), keycloak.roles(AWA));
    }

    @Test
    void itCannotGrantTheAdminRole() {
        admin().body(List.of(role("admin"))).when().post(users() + AWA + "/role-mappings/realm").then().statusCode(403);
        admin().body(List.of(role("otp-required"))).when().post(users() + AWA + "/role-mappings/realm").then().statusCode(403);
        assertThrows(KeycloakUsers.Unavailable.class, () -> keycloak.grant(AWA, CurrentUser.ADMIN));
        assertTrue(!keycloak.roles(AWA).contains(CurrentUser.ADMIN));
    }

    @Test
    void itCannotTouchAStaffMemberNorTheirPassword() {
        admin().body(Map.of("type", "password", "value", "pris-par-le-compte-de-service", "temporary", false))
                .when().put(users() + ADMIN + "/reset-password").then().statusCode(403);
        admin().body(Map.of("enabled", false)).when().put(users() + ADMIN).then().statusCode(403);
        admin().when().post(users() + ADMIN + "/logout").then().statusCode(403);
        admin().when().delete(users() + ADMIN).then().statusCode(403);
        admin().body(List.of(role("admin"))).when().delete(users() + ADMIN + "/role-mappings/realm").then().statusCode(403);
        assertTrue(keycloak.enabled(ADMIN), "the administrator is untouched");
        assertTrue(keycloak.roles(ADMIN).contains(CurrentUser.ADMIN));
    }

    @Test
    void itCannotReadNorChangeTheRealm() {
        // Reading login events (the refused logins on /admin/users) shows the realm's name, not its settings.
        String realm = admin().when().get(server() + "/admin/realms/jigi").then().extract().asString();
        assertTrue(!realm.contains("smtpServer") && !realm.contains("passwordPolicy"), realm);
        admin().body(Map.of("registrationAllowed", false)).when().put(server() + "/admin/realms/jigi").then().statusCode(403);
        admin().when().get(server() + "/admin/realms/jigi/clients").then().statusCode(403);
        admin().when().get(server() + "/admin/realms/jigi/groups").then().statusCode(403);
    }
}
