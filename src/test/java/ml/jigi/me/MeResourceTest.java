package ml.jigi.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;
import ml.jigi.web.Csrf;

/** `/me` greets the user, shows their role's entry points, and creates their Account once. */
@QuarkusTest
class MeResourceTest {

    @Test
    @TestSecurity(user = "me-founder", roles = "founder")
    @OidcSecurity(claims = {
            @Claim(key = "sub", value = "sub-me-founder"),
            @Claim(key = "preferred_username", value = "me-founder"),
            @Claim(key = "name", value = "Kadiatou Sangaré"),
            @Claim(key = "email", value = "kadiatou@example.ml")})
    void founderIsGreetedAndTheirAccountIsCreated() {
        given().when().get("/me").then().statusCode(200)
                .body(containsString("<h1>Bonjour, Kadiatou Sangaré !</h1>"))
                .body(containsString("id=\"founder\""))
                .body(not(containsString("href=\"/manage\"")))
                .body(not(containsString("href=\"/admin\"")));
        Account account = QuarkusTransaction.requiringNew()
                .call(() -> Account.findBySubject("sub-me-founder").orElseThrow());
        assertEquals("me-founder", account.username);
        assertEquals("kadiatou@example.ml", account.email);
        assertEquals("Kadiatou Sangaré", account.displayName);
        assertEquals("fr", account.locale);
        assertEquals(AccountStatus.active, account.status);
    }

    @Test
    @TestSecurity(user = "me-manager", roles = "manager")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-me-manager"), @Claim(key = "name", value = "Oumar Touré")})
    void managerSeesTheAcceleratorSpaceLink() {
        given().when().get("/me").then().statusCode(200)
                .body(containsString("id=\"manager\""))
                .body(containsString("href=\"/manage\""))
                .body(not(containsString("id=\"founder\"")))
                .body(not(containsString("href=\"/admin\"")));
    }

    @Test
    @TestSecurity(user = "me-admin", roles = "admin")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-me-admin"), @Claim(key = "name", value = "Aïssata Diarra")})
    void adminSeesTheAdministrationLink() {
        given().when().get("/me").then().statusCode(200)
                .body(containsString("id=\"admin\""))
                .body(containsString("href=\"/admin\""));
    }

    @Test
    @TestSecurity(user = "me-renamed", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-me-renamed"), @Claim(key = "name", value = "Nouveau Nom")})
    void aChangedNameAtKeycloakIsTakenOnTheNextVisit() {
        QuarkusTransaction.requiringNew().run(() -> {
            Account old = new Account();
            old.keycloakSubject = "sub-me-renamed";
            old.username = "me-renamed";
            old.displayName = "Ancien Nom";
            old.createdAt = java.time.Instant.parse("2026-01-01T00:00:00Z");
            old.lastSeenAt = old.createdAt;
            old.persist();
        });
        given().when().get("/me").then().statusCode(200).body(containsString("Bonjour, Nouveau Nom !"));
        Account account = QuarkusTransaction.requiringNew()
                .call(() -> Account.findBySubject("sub-me-renamed").orElseThrow());
        assertEquals("Nouveau Nom", account.displayName);
        assertEquals(1L, QuarkusTransaction.requiringNew()
                .call(() -> Account.count("keycloakSubject", "sub-me-renamed")));
        org.junit.jupiter.api.Assertions.assertTrue(account.lastSeenAt.isAfter(account.createdAt),
                "the last visit is recorded");
    }

    @Test
    @TestSecurity(user = "me-racer", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-me-racer"), @Claim(key = "name", value = "Seydou Racer")})
    void simultaneousFirstRequestsMakeOneAccount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> given().when().get("/me").then().extract().statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1L, QuarkusTransaction.requiringNew()
                .call(() -> Account.count("keycloakSubject", "sub-me-racer")));
    }

    @Test
    @TestSecurity(user = "me-lang", roles = "founder")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-me-lang"), @Claim(key = "name", value = "Lang User")})
    void theChosenLanguageIsSavedOnTheAccount() {
        Csrf csrf = Csrf.of("/me");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("code", "en").formParam("next", "/me").when().post("/lang").then().statusCode(303);
        assertEquals("en", QuarkusTransaction.requiringNew()
                .call(() -> Account.findBySubject("sub-me-lang").orElseThrow().locale));
        // On another browser without the cookie, the account's language is used.
        given().when().get("/me").then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }
}
