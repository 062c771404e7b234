package ml.jigi.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ml.jigi.account.Account;
import ml.jigi.code.Region;
import ml.jigi.notification.OutboxMail;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;
import ml.jigi.web.Mailbox;

/** A manager's ranked startups, filters and invitations; the API; who may see what. */
@QuarkusTest
class ManageMatchTest {


    @Test
    @TestSecurity(user = "mm-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mm-manager"))
    void managersSeeStartupsRankedFilterThemAndInviteOne() throws Exception {
        Account me = Fixtures.account("mm-manager");
        Organization org = Fixtures.organization(Fixtures.unique("Org classement"), me);
        Program program = Fixtures.program(org, Fixtures.unique("Programme classement"));
        Account founder = Fixtures.account(Fixtures.unique("mm-founder"));
        QuarkusTransaction.requiringNew().run(() -> Account.update("locale = 'en' where id = ?1", founder.id));
        Startup near = Fixtures.startup(Fixtures.unique("Startup de Gao"), founder);
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(near.id).region = Region.gao);

        Document all = Jsoup.parse(given().when().get("/manage/programs/" + program.id + "/matches").then().statusCode(200)
                .extract().asString());
        List<Integer> order = all.select("[data-startup]").stream().map(e -> (Boolean.parseBoolean(e.attr("data-eligible"))
                ? 1000 : 0) + Integer.parseInt(e.attr("data-score"))).toList();
        assertEquals(order.stream().sorted(java.util.Comparator.reverseOrder()).toList(), order);
        assertTrue(all.select(".help").text().contains("Poids des critères : secteur 25"), all.select(".help").text());

        Document gao = Jsoup.parse(given().when().get("/manage/programs/" + program.id + "/matches?region=gao")
                .asString());
        assertTrue(gao.select("[data-startup]").stream().allMatch(e -> e.text().contains("Gao")));
        assertEquals(1, gao.select("[data-startup=" + near.slug + "]").size(), gao.select("main").text());

        Csrf csrf = Csrf.of("/manage/programs/" + program.id + "/matches?region=gao");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token())
                .formParam("startup", near.slug).formParam("back", "/manage/programs/" + program.id + "/matches?region=gao")
                .when().post("/manage/programs/" + program.id + "/invite").then().statusCode(303)
                .header("Location", containsString("region=gao&invited=" + near.slug));
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("startup", near.slug)
                .when().post("/manage/programs/" + program.id + "/invite").then().statusCode(200);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> ProgramInvitation.count(
                "programId = ?1 and startupId = ?2", program.id, near.id)), "inviting twice keeps one invitation");
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>find("recipient",
                founder.email).singleResult());
        assertEquals("en", mail.locale, "in the founder's language");
        Mailbox.Mail received = ml.jigi.notification.Deliveries.deliver(founder.email, m -> m.subject().startsWith("Invitation to apply: "));
        assertTrue(received.text().contains("/programs/" + program.slug), received.text());
        assertEquals(1, Mailbox.of(founder.email).size(), "one mail, through the real SMTP server");
        given().when().get("/manage/programs/" + program.id + "/matches?region=gao").then()
                .body(containsString("data-invited=\"true\""));

        JsonNode api = new ObjectMapper().readTree(given().when().get("/api/programs/" + program.slug + "/matches?limit=500")
                .then().statusCode(200).extract().asString());
        assertTrue(api.isArray() && api.size() > 0);
        assertTrue(api.get(0).has("startup") && api.get(0).has("total") && api.get(0).has("eligible")
                && api.get(0).get("reasons").get(0).has("text"));
    }

    @Test
    @TestSecurity(user = "mm-weights", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mm-weights"))
    void tunedWeightsAreSaidOnThePage() {
        Account me = Fixtures.account("mm-weights");
        Organization org = Fixtures.organization(Fixtures.unique("Org poids"), me);
        Program program = Fixtures.program(org, Fixtures.unique("Programme poids"));
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(program.id);
            p.weightNeeds = 50;
            p.weightText = 0;
        });
        given().when().get("/manage/programs/" + program.id + "/matches").then()
                .body(containsString("besoins 50, descriptions 0"))
                .body(containsString("Réglés pour ce programme"));
    }

    @Test
    @TestSecurity(user = "mm-intruder", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mm-intruder"))
    void anotherOrganizationsProgramIsNotFound() {
        Fixtures.account("mm-intruder");
        Organization org = Fixtures.organization(Fixtures.unique("Org étrangère"), Fixtures.account(Fixtures.unique("x")));
        Program program = Fixtures.program(org, Fixtures.unique("Programme étranger"));
        given().when().get("/manage/programs/" + program.id + "/matches").then().statusCode(404);
        given().when().get("/api/programs/" + program.slug + "/matches").then().statusCode(404)
                .contentType("application/json");
        Csrf csrf = Csrf.of("/manage/organizations/new");
        given().cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token()).formParam("startup", "x")
                .when().post("/manage/programs/" + program.id + "/invite").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "mm-founder-role", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mm-founder-role"))
    void foundersGet403AndTheirOwnMatchesOnly() throws Exception {
        Account me = Fixtures.account("mm-founder-role");
        Organization org = Fixtures.organization(Fixtures.unique("Org api"), null);
        Program program = Fixtures.program(org, Fixtures.unique("Programme api"));
        given().when().get("/manage/programs/" + program.id + "/matches").then().statusCode(403);
        Startup mine = Fixtures.startup(Fixtures.unique("À moi"), me);
        Startup theirs = Fixtures.startup(Fixtures.unique("À eux"), Fixtures.account(Fixtures.unique("y")));
        JsonNode json = new ObjectMapper().readTree(given().when().get("/api/startups/" + mine.slug + "/matches").then()
                .statusCode(200).extract().asString());
        assertTrue(json.isArray() && json.size() > 0);
        assertTrue(json.get(0).has("program") && json.get(0).has("title"));
        given().when().get("/api/startups/" + theirs.slug + "/matches").then().statusCode(404);
        given().when().get("/api/programs/" + program.slug + "/matches").then().statusCode(404);
        JsonNode meJson = new ObjectMapper().readTree(given().when().get("/api/me").then().statusCode(200).extract().asString());
        assertEquals(mine.slug, meJson.get("startups").get(0).asText());
        assertEquals("founder", meJson.get("roles").get(0).asText());
    }

    @Test
    @TestSecurity(user = "mm-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mm-admin"))
    void adminsMayReadEveryMatchThroughTheApi() {
        Fixtures.account("mm-admin");
        Organization org = Fixtures.organization(Fixtures.unique("Org admin"), null);
        Program program = Fixtures.program(org, Fixtures.unique("Programme admin"));
        Startup startup = Fixtures.startup(Fixtures.unique("Startup admin"), null);
        given().when().get("/api/programs/" + program.slug + "/matches").then().statusCode(200);
        given().when().get("/api/startups/" + startup.slug + "/matches").then().statusCode(200);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        given().port(ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class))
                .when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/startups/{slug}/matches"))
                .body(containsString("/api/programs/{slug}/matches"))
                .body(containsString("/api/me"));
    }

}
