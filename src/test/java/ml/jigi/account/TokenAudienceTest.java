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
        // admin-cli, a client every Keycloak realm has, gives a real, signed token for awa.traore.
        String token = given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("client_id", "admin-cli").formParam("username", "awa.traore")
                .formParam("password", "jigi-demo-2026").when().post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(401);
    }

    @Test
    void noTokenIsRefusedToo() {
        given().header("Authorization", "Bearer not-a-token").when().get("/api/me").then().statusCode(401);
    }
}
