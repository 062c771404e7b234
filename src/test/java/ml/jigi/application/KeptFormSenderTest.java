package ml.jigi.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;
import ml.jigi.web.KeptForms;

/**
 * Anyone may post a form without a session (its copy is kept): one sender leaves at most twenty
 * copies an hour, and an X-Forwarded-For from a peer that is not a configured proxy does not make it
 * someone else.
 */
@QuarkusTest
class KeptFormSenderTest {

    @Test
    void copiesCannotBeMultipliedByForgingTheSenderAddress() {
        ApplicationFixtures.Setup s = ApplicationFixtures.setup(Fixtures.unique("ks-founder"), Fixtures.unique("ks-manager"));
        Application draft = ApplicationFixtures.service().start(s.program().id, s.startup().id, s.founder().id);
        QuarkusTransaction.requiringNew().run(() -> Application.getEntityManager().createNativeQuery("DELETE FROM kept_form")
                .executeUpdate());
        int kept = 0;
        for (int i = 0; i < 25; i++) { // a different forged address each time
            String token = KeptFormTest.token(); // a form token as the browser got it before its session ended
            String cookie = given().redirects().follow(false).cookie(Csrf.COOKIE, token)
                    .header("X-Forwarded-For", "198.51.100." + i).multiPart(Csrf.FIELD, token)
                    .multiPart("version", String.valueOf(draft.version)).multiPart("q1", "texte " + i)
                    .when().post("/my/applications/" + draft.id).then().statusCode(303).extract().cookie(KeptForms.COOKIE);
            if (cookie != null) {
                kept++;
            }
        }
        assertEquals(20, kept, "one sender, twenty copies an hour, whatever address it claims");
    }

    @org.junit.jupiter.api.AfterEach
    void forgetTheCopies() { // so that other tests' posts from this same sender are kept
        QuarkusTransaction.requiringNew().run(() -> Application.getEntityManager().createNativeQuery("DELETE FROM kept_form")
                .executeUpdate());
    }
}
