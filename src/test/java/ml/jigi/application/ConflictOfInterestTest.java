package ml.jigi.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;
import ml.jigi.program.OrganizationManager;
import ml.jigi.program.RubricCriterion;
import ml.jigi.web.Fixtures;

/**
 * A manager who declared a conflict of interest on an application sees none of its averages or
 * per-criterion means, on its page, in the program's list or in the CSV; the others still do.
 */
@QuarkusTest
class ConflictOfInterestTest {

    static final String CONFLICTED = "coi-manager";

    @Test
    @TestSecurity(user = CONFLICTED, roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = CONFLICTED))
    void aConflictedManagerSeesNoAverageAnywhere() {
        ApplicationFixtures.Setup s = ApplicationFixtures.setup(Fixtures.unique("coi-founder"), Fixtures.unique("coi-lead"));
        Account me = Fixtures.account(CONFLICTED);
        QuarkusTransaction.requiringNew().run(() -> OrganizationManager.of(s.org().id, me.id, java.time.Instant.now()).persist());
        Application conflicted = ApplicationFixtures.submitted(s);
        ApplicationFixtures.Setup other = new ApplicationFixtures.Setup(s.founder(),
                Fixtures.startup(Fixtures.unique("Autre candidate"), s.founder()), s.manager(), s.org(), s.program());
        Application clear = ApplicationFixtures.submitted(other);
        List<RubricCriterion> rubric = ApplicationFixtures.rubric(s.program().id);
        Map<String, Integer> scores = Map.of(String.valueOf(rubric.get(0).id), 4, String.valueOf(rubric.get(1).id), 7);
        ApplicationFixtures.service().review(conflicted.id, s.manager().id, scores, "Solide", Recommendation.yes, false);
        ApplicationFixtures.service().review(clear.id, s.manager().id, scores, "Solide", Recommendation.yes, false);
        ApplicationFixtures.service().review(conflicted.id, me.id, Map.of(), null, null, true);

        Document page = Jsoup.parse(given().when().get("/manage/applications/" + conflicted.id).asString());
        assertFalse(page.select("p.status").text().contains("moyenne des évaluations"), page.select("p.status").text());
        Document clearPage = Jsoup.parse(given().when().get("/manage/applications/" + clear.id).asString());
        assertTrue(clearPage.select("p.status").text().contains("moyenne des évaluations"), "the other application shows its average: "
                + clearPage.select("p.status").text());

        Document list = Jsoup.parse(given().when().get("/manage/programs/" + s.program().id + "/applications").asString());
        assertEquals("—", list.select("tr[data-application=" + conflicted.id + "] td").last().text());
        assertFalse(list.select("tr[data-application=" + clear.id + "] td").last().text().equals("—"));

        String csv = given().when().get("/manage/programs/" + s.program().id + "/applications.csv").then().statusCode(200)
                .extract().asString();
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        List<String> header = List.of(lines[0].split(";", -1));
        int average = header.indexOf("review_average");
        int firstMean = header.size() - 2; // the two criteria come last
        String[] conflictedRow = line(lines, conflicted.id).split(";", -1);
        String[] clearRow = line(lines, clear.id).split(";", -1);
        assertEquals("", conflictedRow[average], "no average for the conflicted manager");
        assertEquals("", conflictedRow[firstMean], "no criterion mean");
        assertEquals("", conflictedRow[firstMean + 1]);
        assertEquals("\"4,00\"", clearRow[firstMean], "the other application keeps its means (a French decimal comma, quoted)");
        assertEquals("\"7,00\"", clearRow[firstMean + 1]);
        assertFalse(clearRow[average].isEmpty());

        // Nor does the conflicted manager take part in the decision.
        assertEquals(1, page.select("#decision [data-conflicted=true]").size());
        ml.jigi.web.Csrf csrf = ml.jigi.web.Csrf.of("/manage/applications/" + conflicted.id);
        Application now = ApplicationFixtures.reload(conflicted.id);
        given().redirects().follow(false).cookie(ml.jigi.web.Csrf.COOKIE, csrf.cookie()).formParam(ml.jigi.web.Csrf.FIELD, csrf.token())
                .formParam("status", "rejected").formParam("version", now.version)
                .when().post("/manage/applications/" + conflicted.id + "/status").then().statusCode(409);
        assertEquals(ApplicationStatus.submitted, ApplicationFixtures.reload(conflicted.id).status);
    }

    static String line(String[] lines, long applicationId) {
        for (String l : lines) {
            if (l.startsWith(applicationId + ";")) {
                return l;
            }
        }
        throw new AssertionError("no CSV line for " + applicationId);
    }
}
