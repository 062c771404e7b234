package ml.jigi.web;

import static io.restassured.RestAssured.given;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The public pages: language rules, security headers and error pages. */
@QuarkusTest
class PagesTest {

    @Test
    void homeIsFrenchByDefaultEvenForAnEnglishBrowser() {
        given().header("Accept-Language", "en-US,en;q=0.9")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("<h1>Trouvez le programme qui fera grandir votre startup</h1>"));
    }

    @Test
    void homeIsEnglishOnRequest() {
        given().cookie(UiLocale.COOKIE, "en")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Find the program that will grow your startup</h1>"));
    }

    @Test
    void anUnknownLanguageCookieFallsBackToFrench() {
        given().cookie(UiLocale.COOKIE, "de").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"fr\">"));
    }

    @Test
    void languageSwitchSetsALastingCookieAndReturnsToThePage() {
        given().redirects().follow(false)
                .queryParam("next", "/me?x=1")
                .when().get("/lang/en")
                .then().statusCode(303)
                .header("Location", equalTo("http://localhost:" + port() + "/me?x=1"))
                .cookie(UiLocale.COOKIE, detailedCookie().value("en").maxAge(31536000).httpOnly(true)
                        .sameSite("Lax").path("/"));
    }

    @Test
    void languageSwitchNeverRedirectsOffSite() {
        for (String next : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
            given().redirects().follow(false).queryParam("next", next)
                    .when().get("/lang/fr")
                    .then().statusCode(303)
                    .header("Location", equalTo("http://localhost:" + port() + "/"));
        }
    }

    @Test
    void unknownLanguageIsNotFound() {
        given().when().get("/lang/de").then().statusCode(404)
                .body(containsString("<h1>Page introuvable</h1>"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/no-such-page", "/css/jigi.css"}) {
            given().when().get(path).then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
        }
    }

    @Test
    void unknownPageIsAPageInTheLayout() {
        given().when().get("/no-such-page").then().statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("<h1>Page introuvable</h1>"))
                .body(containsString("href=\"/css/jigi.css"));
    }

    @Test
    void aFailureShowsAReferenceAndNoStackTrace() {
        given().cookie(UiLocale.COOKIE, "en").when().get("/test-only/fail").then().statusCode(500)
                .contentType(ContentType.HTML)
                .body(containsString("<h1>Something went wrong</h1>"))
                .body(containsString("Error reference: "))
                .body(not(containsString("boom")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at ml.jigi")));
    }

    @Test
    void apiClientsGetJsonErrors() {
        given().accept(ContentType.JSON).when().get("/test-only/fail").then().statusCode(500)
                .contentType(ContentType.JSON)
                .body("status", equalTo(500))
                .body("reference", matchesPattern("[0-9a-f]{8}"))
                .body(not(containsString("boom")));
    }

    @Test
    void stylesheetIsSmallAndCached() {
        given().when().get("/css/jigi.css").then().statusCode(200)
                .header("Cache-Control", containsString("max-age"));
    }

    static int port() {
        return io.restassured.RestAssured.port;
    }
}
