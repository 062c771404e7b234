package ml.jigi.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ml.jigi.startup.Startup;
import ml.jigi.startup.Visibility;
import ml.jigi.web.Fixtures;

/**
 * The public read API: what the public pages show and nothing more, JSON everywhere, cacheable
 * (ETag, 304), a limit per client (429 with Retry-After). Private routes: ApiChallengeTest.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicApiTest {

    @Test
    @Order(1)
    void programsAreListedWithFiltersPagesAndAnEtag() {
        var org = Fixtures.organization(Fixtures.unique("Org API"), null);
        Program p = Fixtures.program(org, Fixtures.unique("Programme API"));
        Fixtures.program(org, Fixtures.unique("Brouillon API"), ProgramStatus.draft, ml.jigi.web.Dates.today(),
                ml.jigi.web.Dates.today().plusDays(9));
        Response r = given().when().get("/api/programs?q=" + p.title);
        r.then().statusCode(200).contentType("application/json").header("Cache-Control", "public, max-age=60");
        JsonPath json = r.jsonPath();
        assertEquals(1, json.getInt("total"));
        assertEquals(p.slug, json.getString("items[0].slug"));
        assertEquals(org.slug, json.getString("items[0].organization"));
        assertEquals(true, json.getBoolean("items[0].open"));
        String etag = r.getHeader("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).when().get("/api/programs?q=" + p.title).then().statusCode(304)
                .header("ETag", etag);

        JsonPath all = given().when().get("/api/programs").then().statusCode(200).extract().jsonPath();
        if (all.getLong("total") > 20) {
            assertEquals("/api/programs?page=2", all.getString("next"));
            assertEquals(2, given().when().get(all.getString("next")).then().statusCode(200).extract().jsonPath().getInt("page"));
        }
        given().when().get("/api/programs/" + p.slug).then().statusCode(200).body("title", equalTo(p.title))
                .body("status", equalTo("published"));
        given().when().get("/api/organizations/" + org.slug).then().statusCode(200).body("programs.slug", hasItem(p.slug));
        given().when().get("/api/programs/" + p.slug + "-nope").then().statusCode(404).contentType("application/json");
    }

    @Test
    @Order(2)
    void startupsShowOnlyWhatThePublicPageShows() {
        var founder = Fixtures.account(Fixtures.unique("api-founder"));
        Startup s = Fixtures.startup(Fixtures.unique("Startup API"), founder);
        Startup hidden = Fixtures.startup(Fixtures.unique("Startup cachée"), founder);
        QuarkusTransaction.requiringNew().run(() -> {
            Startup.update("phone = '+223 70 00 00 00' where id = ?1", s.id);
            Startup.update("visibility = ?1 where id = ?2", Visibility.hidden, hidden.id);
        });
        String body = given().when().get("/api/startups/" + s.slug).then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"name\":\"" + s.name + "\""), body);
        assertFalse(body.contains("70 00 00 00") || body.contains("phone") || body.contains("@"), body);
        given().when().get("/api/startups/" + hidden.slug).then().statusCode(404).contentType("application/json");
        JsonPath list = given().when().get("/api/startups?region=bamako").then().statusCode(200).extract().jsonPath();
        assertTrue(list.getList("items.region").stream().allMatch("bamako"::equals));
        given().when().get("/api/startups?page=999999999").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    @Order(4)
    void aClientPastItsLimitIsToldToWait() {
        int status = 200;
        for (int i = 0; i < 400 && status != 429; i++) {
            status = given().when().get("/api/startups").then().extract().statusCode();
        }
        assertEquals(429, status);
        Response r = given().when().get("/api/startups");
        r.then().statusCode(429).contentType("application/json").body("error", equalTo("too_many_requests"));
        int retry = Integer.parseInt(r.getHeader("Retry-After"));
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        ml.jigi.web.RateLimits.forget(); // the tests after this one call the API from the same address
    }
}
