package ml.jigi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A script without credentials on a private API route gets 401 with a Bearer challenge and a JSON
 * error, not Keycloak's login page; pages still send visitors to log in; public routes stay open.
 * (A profile of its own: the other tests log in with @TestSecurity, which this check cannot see.)
 */
@QuarkusTest
@TestProfile(ApiChallengeTest.On.class)
public class ApiChallengeTest {

    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jigi.api.challenge", "true");
        }
    }

    @Test
    void privateRoutesAnswerScriptsWith401AndABearerChallenge() {
        for (String path : new String[] {"/api/me", "/api/programs/x/matches", "/api/startups/x/matches"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(401)
                    .header("WWW-Authenticate", containsString("Bearer")).contentType("application/json")
                    .body("error", equalTo("unauthorized"));
        }
        given().redirects().follow(false).header("Authorization", "Bearer not-a-token").when().get("/api/me").then()
                .statusCode(401).header("WWW-Authenticate", containsString("invalid_token")).contentType("application/json")
                .body("error", equalTo("invalid_token"));
        // A session that has ended (or never was): a script is told so in JSON, not sent to Keycloak.
        given().redirects().follow(false).cookie("q_session", "not-a-session-key-of-43-characters-xxxxxxxxx").when()
                .get("/api/me").then().statusCode(401).header("Location", org.hamcrest.Matchers.nullValue())
                .contentType("application/json");
        given().redirects().follow(false).when().get("/me").then().statusCode(302);
        given().when().get("/api/impact").then().statusCode(200);
        given().when().get("/api/programs").then().statusCode(200);
    }
}
