package ml.jigi.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;
import ml.jigi.code.Need;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Fixtures;

/** /my/matches and the program page's fit: ranked, explained, and current after a change. */
@QuarkusTest
class MatchPagesTest {

    static Document page(String path) {
        return Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
    }

    /** Every row of one startup's list, page after page: other tests' programs share the database. */
    static List<Element> allRows(long startupId) {
        List<Element> rows = new java.util.ArrayList<>();
        for (int page = 1; page <= 100; page++) {
            List<Element> more = page("/my/matches?startup=" + startupId + "&page=" + page).select("[data-program]");
            // A page past the end shows the last one again (the pager clamps).
            if (more.isEmpty() || rows.stream().anyMatch(r -> r.attr("data-program").equals(more.get(0).attr("data-program")))) {
                break;
            }
            rows.addAll(more);
        }
        return rows;
    }

    @Test
    @TestSecurity(user = "mp-founder", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-founder"))
    void foundersSeeOpenProgramsEligibleFirstWithReasonsAndWhatIsMissing() {
        Account me = Fixtures.account("mp-founder");
        Startup startup = Fixtures.startup(Fixtures.unique("Mangues du Sahel"), me);
        Organization org = Fixtures.organization(Fixtures.unique("Org reco"), null);
        Program fits = Fixtures.program(org, Fixtures.unique("Transformation agricole"));
        Program tooEarly = Fixtures.program(org, Fixtures.unique("Réservé aux entreprises en croissance"));
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(fits.id);
            p.sectors = EnumSet.of(Sector.agritech);
            p.offers = EnumSet.of(Need.funding);
            Program q = Program.findById(tooEarly.id);
            q.stages = EnumSet.of(Stage.revenue, Stage.growth);
        });
        List<Element> rows = allRows(startup.id);
        List<String> slugs = rows.stream().map(e -> e.attr("data-program")).toList();
        assertTrue(slugs.contains(fits.slug) && slugs.contains(tooEarly.slug), slugs.toString());
        assertTrue(slugs.indexOf(fits.slug) < slugs.indexOf(tooEarly.slug), "eligible first");
        List<Integer> order = rows.stream().map(e -> (Boolean.parseBoolean(e.attr("data-eligible")) ? 1000 : 0)
                + Integer.parseInt(e.attr("data-score"))).toList();
        assertEquals(order.stream().sorted(java.util.Comparator.reverseOrder()).toList(), order,
                "eligible first, then by score");
        Element fitRow = rows.get(slugs.indexOf(fits.slug));
        assertEquals("true", fitRow.attr("data-eligible"));
        assertTrue(fitRow.select("[data-reason=sector_named]").text().contains("Agriculture et agroalimentaire"),
                fitRow.text());
        assertTrue(fitRow.select("[data-reason=needs_met]").text().contains("1 de vos 1 besoins : Financement"),
                fitRow.text());
        Element blocked = rows.get(slugs.indexOf(tooEarly.slug));
        assertEquals("false", blocked.attr("data-eligible"));
        assertEquals("Réservé aux startups au stade Premiers revenus ou plus",
                blocked.select("[data-reason=stage_excluded]").text());

        // A change to the program shows on the next page.
        QuarkusTransaction.requiringNew().run(() -> Program.<Program>findById(tooEarly.id).stages = EnumSet.noneOf(Stage.class));
        assertEquals("true", allRows(startup.id).stream().filter(e -> e.attr("data-program").equals(tooEarly.slug))
                .findFirst().orElseThrow().attr("data-eligible"));

        // The program page shows the fit beside the apply button; a visitor does not see it.
        Document programPage = page("/programs/" + fits.slug);
        assertEquals(fitRow.attr("data-score"), programPage.selectFirst("#fit [data-startup=" + startup.slug + "]")
                .attr("data-score"));
    }

    @Test
    void visitorsSeeNoFit() {
        Organization org = Fixtures.organization(Fixtures.unique("Org visiteur"), null);
        Program p = Fixtures.program(org, Fixtures.unique("Programme public"));
        given().when().get("/programs/" + p.slug).then().statusCode(200).body(not(containsString("id=\"fit\"")));
    }

    @Test
    @TestSecurity(user = "mp-nostartup", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-nostartup"))
    void aFounderWithoutStartupIsAskedToCreateOne() {
        given().when().get("/my/matches").then().statusCode(200)
                .body(containsString("Créez d’abord le profil de votre startup"));
    }

    @Test
    @TestSecurity(user = "mp-manager-only", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-manager-only"))
    void managersHaveNoFounderRecommendations() {
        given().when().get("/my/matches").then().statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        given().redirects().follow(false).when().get("/my/matches").then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "mp-other-startup", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-other-startup"))
    void anotherFoundersStartupShowsNothing() {
        Startup theirs = Fixtures.startup(Fixtures.unique("Startup d’autrui"), Fixtures.account(Fixtures.unique("mp-x")));
        Fixtures.account("mp-other-startup");
        assertEquals(0, page("/my/matches?startup=" + theirs.id).select("[data-startup]").size());
    }
}
