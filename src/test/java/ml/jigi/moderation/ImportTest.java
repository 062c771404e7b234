package ml.jigi.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import ml.jigi.audit.AuditEntry;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Sector;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramStatus;
import ml.jigi.startup.Startup;
import ml.jigi.web.Csrf;
import ml.jigi.web.Dates;

/** Import by slug: good records in, bad ones listed with field and reason, twice changes nothing, a dry run saves nothing. */
@QuarkusTest
class ImportTest {

    static String file(String tag) {
        return """
                {"organizations": [
                  {"slug": "org-%1$s", "name": "Incubateur %1$s", "kind": "incubator", "website": "https://example.ml",
                   "description": "Un incubateur importé."},
                  {"slug": "org-bad-%1$s", "name": "Sans type", "kind": "spaceship", "description": "Type inconnu."}
                ],
                "programs": [
                  {"slug": "prog-%1$s", "organization": "org-%1$s", "title": "Programme importé %1$s",
                   "summary": "Un programme importé.", "description": "Six mois d’accompagnement.",
                   "sectors": ["agritech"], "stages": ["mvp", "revenue"], "offers": ["mentoring", "funding"],
                   "format": "hybrid", "languages": ["fr", "bm"], "deadline": "2099-12-31", "seats": 12},
                  {"slug": "prog-orphan-%1$s", "organization": "nobody-%1$s", "title": "Orphelin", "summary": "x",
                   "description": "x", "deadline": "2099-12-31"},
                  {"slug": "prog-late-%1$s", "organization": "org-%1$s", "title": "Dates à l’envers", "summary": "x",
                   "description": "x", "opensAt": "2099-06-01", "deadline": "2099-01-01"}
                ],
                "startups": [
                  {"slug": "st-%1$s", "name": "Startup importée %1$s", "tagline": "Importée", "description": "Du karité.",
                   "sectors": ["agritech", "ecommerce"], "stage": "mvp", "region": "sikasso", "teamSize": 4,
                   "womenLed": true, "needs": ["funding"]},
                  {"slug": "st-bad-%1$s", "name": "Équipe négative", "tagline": "x", "description": "x",
                   "sectors": ["agritech"], "stage": "mvp", "region": "bamako", "teamSize": -3},
                  {"name": "Sans slug", "tagline": "x", "description": "x", "sectors": ["agritech"], "stage": "mvp",
                   "region": "bamako", "teamSize": 2}
                ]}
                """.formatted(tag);
    }

    static JsonPath post(String body, boolean dryRun) {
        return given().contentType("application/json").body(body).when().post("/api/import?dryRun=" + dryRun).then()
                .statusCode(200).extract().jsonPath();
    }

    static long count(JsonPath report, String kind, String result) {
        List<Map<String, Object>> outcomes = report.getList("outcomes");
        return outcomes.stream().filter(o -> kind.equals(o.get("kind")) && result.equals(o.get("result"))).count();
    }

    @Test
    @TestSecurity(user = "im-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "im-admin"))
    void goodRecordsAreImportedBadOnesExplainedAndASecondImportChangesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String body = file(tag);

        JsonPath dry = post(body, true);
        assertEquals(1, count(dry, "organization", "created"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Organization.find("slug", "org-" + tag).firstResult()),
                "a dry run saves nothing");

        JsonPath first = post(body, false);
        assertEquals(1, count(first, "organization", "created"));
        assertEquals(1, count(first, "organization", "skipped"));
        assertEquals(1, count(first, "program", "created"));
        assertEquals(2, count(first, "program", "skipped"));
        assertEquals(1, count(first, "startup", "created"));
        assertEquals(2, count(first, "startup", "skipped"));
        List<Map<String, Object>> outcomes = first.getList("outcomes");
        Map<String, Object> team = outcomes.stream().filter(o -> ("st-bad-" + tag).equals(o.get("slug"))).findFirst().orElseThrow();
        assertEquals("teamSize", team.get("field"));
        Map<String, Object> orphan = outcomes.stream().filter(o -> ("prog-orphan-" + tag).equals(o.get("slug"))).findFirst()
                .orElseThrow();
        assertEquals("organization", orphan.get("field"));
        assertEquals("deadline", outcomes.stream().filter(o -> ("prog-late-" + tag).equals(o.get("slug"))).findFirst()
                .orElseThrow().get("field"));
        assertTrue(outcomes.stream().anyMatch(o -> "slug".equals(o.get("field")) && "".equals(o.get("slug"))));

        Program p = QuarkusTransaction.requiringNew().call(() -> {
            Program found = Program.<Program>find("slug", "prog-" + tag).firstResult();
            found.organization.name.length();
            return found;
        });
        assertEquals(ProgramStatus.published, p.status);
        assertEquals(Dates.today(), p.opensAt, "no opensAt: open now");
        assertEquals(12, p.seats);
        Startup s = QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>find("slug", "st-" + tag).<Startup>firstResult());
        assertEquals(ModerationStatus.approved, s.moderationStatus);
        assertTrue(s.womenLed);
        assertTrue(s.sectors.contains(Sector.ecommerce));
        given().when().get("/programs/prog-" + tag).then().statusCode(200);
        given().when().get("/startups/st-" + tag).then().statusCode(200);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'import.create' and objectType = 'program' and objectId = ?1", p.id)));

        JsonPath second = post(body, false);
        assertEquals(0, count(second, "organization", "created") + count(second, "organization", "updated"));
        assertEquals(1, count(second, "program", "unchanged"), second.prettify());
        assertEquals(1, count(second, "startup", "unchanged"), second.prettify());
        Program again = QuarkusTransaction.requiringNew().call(() -> Program.<Program>find("slug", "prog-" + tag).firstResult());
        long version = again.version;
        assertEquals(p.version, version, "nothing written the second time");

        JsonPath changed = post(body.replace("Six mois d’accompagnement.", "Neuf mois d’accompagnement."), false);
        assertEquals(1, count(changed, "program", "updated"));

        // What the file leaves out keeps its value: a startup hidden since stays hidden, and nothing changes.
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>find("slug", "st-" + tag).<Startup>firstResult().visibility
                = ml.jigi.startup.Visibility.hidden);
        JsonPath third = post(body.replace("Six mois d’accompagnement.", "Neuf mois d’accompagnement."), false);
        assertEquals(1, count(third, "startup", "unchanged"), third.prettify());
        assertEquals(ml.jigi.startup.Visibility.hidden, QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>find(
                "slug", "st-" + tag).<Startup>firstResult()).visibility);
    }

    @Test
    @TestSecurity(user = "im-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "im-admin"))
    void theUploadPageReportsAndRefusesWhatItCannotRead() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Csrf csrf = Csrf.of("/admin/import");
        Document report = Jsoup.parse(given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("file", "jigi.json", file(tag).getBytes(StandardCharsets.UTF_8), "application/json")
                .when().post("/admin/import").then().statusCode(200).extract().asString());
        assertEquals("1", report.select("#report [data-kind=startup] [data-result=created]").text());
        assertEquals("2", report.select("#report [data-kind=startup] [data-result=skipped]").text());
        assertEquals(1, report.select("#skipped [data-slug=st-bad-" + tag + "]").size());

        // A file of many bad records keeps the page light: the first 200, and how many more.
        String many = "{\"startups\": [" + String.join(",", java.util.Collections.nCopies(205, "{\"name\": \"x\"}")) + "]}";
        Document long_ = Jsoup.parse(given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("dryRun", "on").multiPart("file", "many.json", many.getBytes(StandardCharsets.UTF_8),
                        "application/json").when().post("/admin/import").then().statusCode(200).extract().asString());
        assertEquals(200, long_.select("#skipped tbody tr").size());
        assertTrue(long_.select("#more-skipped").text().contains("5"), long_.select("#more-skipped").text());

        given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("file", "broken.json", "{\"startups\": [".getBytes(StandardCharsets.UTF_8), "application/json")
                .when().post("/admin/import").then().statusCode(422).body(containsString("file-error"));
        given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token()).multiPart("dryRun", "on")
                .when().post("/admin/import").then().statusCode(422).body(containsString("file-error"));
        given().contentType("application/json").body("{\"startups\": 3}").when().post("/api/import").then().statusCode(400);
        // Only JSON to the API, only forms to pages: anything else, or no type at all, never reaches a route.
        given().contentType("text/plain").body("{}").when().post("/api/import").then().statusCode(415);
        given().redirects().follow(false).when().post("/admin/import").then().statusCode(415);
        given().redirects().follow(false).contentType("text/plain").body("status=disabled").when()
                .post("/admin/users/1/status").then().statusCode(415);
    }

    @Test
    @TestSecurity(user = "im-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "im-manager"))
    void onlyAdministratorsImport() {
        given().when().get("/admin/import").then().statusCode(403);
        given().contentType("application/json").body("{}").when().post("/api/import").then().statusCode(403);
    }

    @Test
    void anonymousCallsAreRefused() {
        String keycloak = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.oidc.auth-server-url", String.class);
        given().redirects().follow(false).when().get("/admin/import").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.startsWith(keycloak));
        // Without a token the API is treated like a page (one login for both): to Keycloak, and nothing imported.
        given().redirects().follow(false).contentType("application/json").body("{}").when().post("/api/import").then()
                .statusCode(302).header("Location", org.hamcrest.Matchers.startsWith(keycloak));
    }
}
