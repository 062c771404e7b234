package ml.jigi.startup;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ml.jigi.account.Account;
import ml.jigi.web.Csrf;
import ml.jigi.web.ErrorPages;
import ml.jigi.web.Fixtures;

/**
 * A database that hangs does not hang the page: another connection holds the lock a page needs, and
 * the page answers 503 (a row lock waited for past innodb_lock_wait_timeout; a read past the query
 * timeout, 3 s each in the test profile), with nothing half-saved. The HTTP client gives up after
 * 60 s, so a page that hangs fails the test instead of stopping it.
 */
@QuarkusTest
class SlowDatabaseTest {

    private static final io.restassured.config.RestAssuredConfig PATIENT = StartupFormTest.UTF8.httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 60_000)
                    .setParam("http.connection.timeout", 10_000));

    @Inject
    AgroalDataSource dataSource;

    @Test
    @TestSecurity(user = "slow-editor", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "slow-editor"))
    void aSaveThatWaitsOnALockedRowAnswers503AndSavesNothing() throws SQLException {
        Account me = Fixtures.account("slow-editor");
        Startup startup = Fixtures.startup(Fixtures.unique("Verrouillée"), me);
        Map<String, List<String>> fields = StartupFormTest.valid(startup.name);
        fields.put("version", List.of(String.valueOf(startup.version)));
        fields.put("tagline", List.of("Accroche jamais enregistrée"));
        fields.remove("consent");
        Csrf csrf = Csrf.of("/my/startups/" + startup.id + "/edit");

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.executeQuery("SELECT id FROM startup WHERE id = " + startup.id + " FOR UPDATE").close();
                Response response = StartupFormTest.multipart(csrf, fields).config(PATIENT)
                        .when().post("/my/startups/" + startup.id + "/edit");
                assertEquals(503, response.statusCode(), response.asString());
                assertEquals(ErrorPages.RETRY_AFTER_SECONDS, response.header("Retry-After"));
                assertTrue(response.asString().contains("Rien de ce que vous avez saisi n’est perdu"));
            } finally {
                other.rollback();
            }
        }
        Startup saved = QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>findById(startup.id));
        assertEquals(startup.tagline, saved.tagline, "nothing half-saved");
    }

    @Test
    void aReadThatWaitsOnALockedTableAnswers503() throws SQLException {
        Account owner = Fixtures.account(Fixtures.unique("slow-reader"));
        Startup startup = Fixtures.startup(Fixtures.unique("Table verrouillée"), owner);
        given().get("/startups/" + startup.slug).then().statusCode(200);
        try (Connection other = dataSource.getConnection(); Statement lock = other.createStatement()) {
            lock.execute("LOCK TABLES startup WRITE");
            try {
                Response response = given().config(PATIENT).get("/startups/" + startup.slug);
                assertEquals(503, response.statusCode(), response.asString());
                assertEquals(ErrorPages.RETRY_AFTER_SECONDS, response.header("Retry-After"));
            } finally {
                lock.execute("UNLOCK TABLES");
            }
        }
        given().get("/startups/" + startup.slug).then().statusCode(200);
    }
}
