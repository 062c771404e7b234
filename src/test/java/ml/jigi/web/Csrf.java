package ml.jigi.web;

import static io.restassured.RestAssured.given;

import org.jsoup.Jsoup;

import io.restassured.response.Response;

/** The CSRF cookie and form token of a page, as a browser would send them back with its form. */
public record Csrf(String cookie, String token) {

    public static final String COOKIE = "jigi-csrf";
    public static final String FIELD = "csrf-token";

    /** GETs the page (as the current test identity) and reads its token. */
    public static Csrf of(String path) {
        Response page = given().when().get(path);
        String token = Jsoup.parse(page.asString()).select("input[name=" + FIELD + "]").attr("value");
        String cookie = page.getCookie(COOKIE);
        if (token.isEmpty() || cookie == null) {
            throw new AssertionError(path + " gave no CSRF token (status " + page.statusCode() + ")");
        }
        return new Csrf(cookie, token);
    }
}
