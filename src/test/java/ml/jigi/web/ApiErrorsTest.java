package ml.jigi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Errors of the API are JSON, whatever the client asks for and whatever the status: a script never
 * receives an HTML page (docs/api.md). The pages keep their HTML error pages.
 */
@QuarkusTest
class ApiErrorsTest {

    @Test
    void everyApiErrorIsJsonEvenForABrowserAcceptHeader() {
        for (int status : new int[] {400, 403, 404, 405, 409, 410, 415, 422, 500}) {
            for (String accept : new String[] {"application/json", "text/html,application/xhtml+xml,*/*;q=0.8", "*/*"}) {
                given().accept(accept).when().get("/api/test-only/status/" + status).then().statusCode(status)
                        .contentType("application/json").body("status", equalTo(status))
                        .body(not(containsString("<html"))).body(not(containsString("secret internal detail")));
            }
        }
    }

    @Test
    void unknownApiRoutesAndWrongMethodsAreJsonToo() {
        given().accept("text/html").when().get("/api/no-such-route").then().statusCode(404).contentType("application/json")
                .body("status", equalTo(404));
        given().accept("text/html").contentType("application/json").body("{}").when().post("/api/programs").then()
                .statusCode(405).contentType("application/json").body("status", equalTo(405));
        // A client that accepts only HTML is told in JSON that the API speaks JSON.
        given().accept("text/html").when().get("/api/test-only/status/200").then().statusCode(406).contentType("application/json")
                .body("status", equalTo(406));
        given().accept("text/html").when().get("/no-such-page").then().statusCode(404).contentType(containsString("text/html"));
    }
}
