package ml.jigi.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Sector;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;

/** The public catalog: search, filters, order, pages, and hostile query strings. */
@QuarkusTest
class ProgramCatalogTest {

    static String word() {
        return "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The programs listed for these query parameters: name, value, name, value… */
    static List<String> slugs(String... params) {
        var request = given();
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        Document doc = Jsoup.parse(request.when().get("/programs").then().statusCode(200).extract().asString());
        return doc.select("[data-program]").eachAttr("data-program");
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        String w = word();
        Organization org = Fixtures.organization(Fixtures.unique("Org recherche"), null);
        Program p = Fixtures.program(org, "Accompagnement de la Société Générale " + w);
        assertEquals(List.of(p.slug), slugs("q", "SOCIETE generale " + w));
        assertEquals(List.of(p.slug), slugs("q", "société " + w.toUpperCase()));
        assertEquals(List.of(), slugs("q", "societes introuvable " + w));
    }

    @Test
    void searchAlsoMatchesTheOrganizationName() {
        String w = word();
        Organization org = Fixtures.organization("Fondation " + w, null);
        Program p = Fixtures.program(org, Fixtures.unique("Programme sans le mot"));
        assertEquals(List.of(p.slug), slugs("q", "fondation " + w));
    }

    @Test
    void filtersKeepProgramsOpenToAllAndNamingTheCode() {
        String w = word();
        Organization org = Fixtures.organization(Fixtures.unique("Org filtres"), null);
        Program all = Fixtures.program(org, "Tous secteurs " + w);
        Program agri = Fixtures.program(org, "Agritech seulement " + w);
        Program health = Fixtures.program(org, "Santé seulement " + w);
        QuarkusTransaction.requiringNew().run(() -> {
            Program.<Program>findById(agri.id).sectors = EnumSet.of(Sector.agritech, Sector.water);
            Program.<Program>findById(health.id).sectors = EnumSet.of(Sector.healthtech);
        });
        List<String> found = slugs("sector", "agritech", "q", w);
        assertTrue(found.contains(all.slug) && found.contains(agri.slug) && !found.contains(health.slug), found.toString());
        List<String> water = slugs("sector", "water", "q", w);
        assertTrue(water.contains(agri.slug) && !water.contains(health.slug), water.toString());
    }

    @Test
    void openProgramsComeFirstByDeadlineAndTheOpenFilterKeepsOnlyThem() {
        String w = word();
        Organization org = Fixtures.organization(Fixtures.unique("Org ordre"), null);
        var today = Dates.today();
        Program late = Fixtures.program(org, "Tard " + w, ProgramStatus.published, today.minusDays(2), today.plusDays(40));
        Program soon = Fixtures.program(org, "Bientôt " + w, ProgramStatus.published, today.minusDays(2), today.plusDays(3));
        Program closed = Fixtures.program(org, "Fermé " + w, ProgramStatus.published, today.minusDays(30), today.minusDays(1));
        Program upcoming = Fixtures.program(org, "À venir " + w, ProgramStatus.published, today.plusDays(5), today.plusDays(50));
        Fixtures.program(org, "Brouillon " + w, ProgramStatus.draft, today, today.plusDays(10));
        Fixtures.program(org, "En attente " + w, ProgramStatus.pending, today, today.plusDays(10));
        assertEquals(List.of(soon.slug, late.slug, upcoming.slug, closed.slug), slugs("q", w));
        assertEquals(List.of(soon.slug, late.slug), slugs("open", "1", "q", w));
        given().when().get("/programs/" + closed.slug).then().statusCode(200)
                .body(containsString("data-state=\"closed\"")).body(not(containsString("/apply\"")));
        given().when().get("/programs/" + soon.slug).then().statusCode(200)
                .body(containsString("Clôture dans 3 jours")).body(containsString("href=\"/programs/" + soon.slug + "/apply\""));
    }

    @Test
    void draftsPendingProgramsAndUnapprovedOrganizationsStayHidden() {
        String w = word();
        Organization org = Fixtures.organization(Fixtures.unique("Org cachée"), null);
        Program draft = Fixtures.program(org, "Brouillon caché " + w, ProgramStatus.draft, Dates.today(), Dates.today().plusDays(5));
        Program shown = Fixtures.program(org, "Programme montré " + w);
        given().when().get("/programs/" + draft.slug).then().statusCode(404);
        given().when().get("/programs/" + shown.slug).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Organization.<Organization>findById(org.id).moderationStatus = ModerationStatus.suspended);
        given().when().get("/programs/" + shown.slug).then().statusCode(404);
        given().when().get("/organizations/" + org.slug).then().statusCode(404);
        assertEquals(List.of(), slugs("q", w));
    }

    @Test
    void pagesOfTwentyWithLinksThatKeepTheFilters() {
        String w = word();
        Organization org = Fixtures.organization(Fixtures.unique("Org pages"), null);
        for (int i = 0; i < 23; i++) {
            Fixtures.program(org, "Page " + i + " " + w);
        }
        Document first = Jsoup.parse(given().queryParam("q", w).when().get("/programs").asString());
        assertEquals(20, first.select("[data-program]").size());
        assertEquals("23", first.select("[data-total]").attr("data-total"));
        String next = first.select("a[rel=next]").attr("href");
        assertEquals("/programs?q=" + w + "&page=2", next);
        assertEquals(3, slugs("q", w, "page", "2").size());
        assertEquals(3, slugs("q", w, "page", "999").size(), "past the end is the last page");
        assertEquals(20, slugs("q", w, "page", "-1").size(), "below one is the first page");
    }

    @Test
    void hostileParametersGetANormalPage() {
        String[][] queries = {{"q", "' OR 1=1 --"}, {"q", "<script>alert(1)</script>"}, {"page", "-1"},
                {"page", "abc"}, {"page", "99999999999999"}, {"sector", "zzz", "stage", "'", "region", "\u0000", "format", "<b>",
                "open", "maybe"}, {"q", "%%%"}, {"q", "_"}, {"q", "x".repeat(3000)}, {"q", "a b c d e f g h i j k"}};
        for (String[] query : queries) {
            var request = given();
            for (int i = 0; i + 1 < query.length; i += 2) {
                request.queryParam(query[i], query[i + 1]);
            }
            request.when().get("/programs").then().statusCode(200)
                    .body(containsString("<h1>Programmes d’accompagnement</h1>"))
                    .body(not(containsString("<script>alert(1)")));
        }
        assertEquals(List.of(), slugs("q", "%%%" + word()), "% is matched literally, not as a wildcard");
    }
}
