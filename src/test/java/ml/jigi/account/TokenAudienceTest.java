package ml.jigi.account;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The API takes only tokens Keycloak issued for Jigi (audience jigi-web): a genuine token of the same
 * realm, same person, issued to another client, opens nothing.
 */
@QuarkusTest
class TokenAudienceTest {

    @Test
    void aTokenIssuedToAnotherClientIsRefused() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        // A real token, signed by the same realm, issued to another of its clients (the service account's).
        String token = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "jigi-admin").formParam("client_secret", ConfigProvider.getConfig().getValue(
                        "quarkus.keycloak.admin-client.client-secret", String.class))
                .when().post(realm + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(401).contentType("application/json")
                .body("error", org.hamcrest.Matchers.equalTo("invalid_token"));
    }

    @Test
    void thePasswordGrantIsClosedInTheRealm() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String client : new String[] {"admin-cli", "jigi-web"}) {
            given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", client)
                    .formParam("username", "awa.traore").formParam("password", "jigi-demo-2026")
                    .when().post(realm + "/protocol/openid-connect/token").then().statusCode(org.hamcrest.Matchers.oneOf(400, 401));
        }
    }

    @Test
    void noTokenIsRefusedToo() {
        given().header("Authorization", "Bearer not-a-token").when().get("/api/me").then().statusCode(401)
                .contentType("application/json").header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Bearer"));
    }
}
