package ml.jigi.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import ml.jigi.account.Account;
import ml.jigi.code.Need;
import ml.jigi.code.Sector;
import ml.jigi.moderation.ModerationService;
import ml.jigi.web.Csrf;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;

/** A manager's program: questions and rubric, edits that keep question ids, moderation, conflicts. */
@QuarkusTest
class ManageProgramTest {

    static RequestSpecification form(Csrf csrf) {
        return given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token());
    }

    /** A valid program form; tests change what they need before posting it. */
    static Map<String, List<String>> fields(long orgId, String title) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("organization", List.of(String.valueOf(orgId)));
        f.put("title", List.of(title));
        f.put("summary", List.of("Un programme pour tester"));
        f.put("description", List.of("Description complète"));
        f.put("sectors", List.of("agritech", "fintech"));
        f.put("stages", List.of("mvp"));
        f.put("minTeamSize", List.of("2"));
        f.put("offers", List.of("funding", "mentoring"));
        f.put("fundingAmount", List.of("5 000 000"));
        f.put("equityPercent", List.of("7,5"));
        f.put("format", List.of("in_person"));
        f.put("city", List.of("Bamako"));
        f.put("languages", List.of("fr"));
        f.put("opensAt", List.of(Dates.today().toString()));
        f.put("deadline", List.of(Dates.today().plusDays(20).toString()));
        f.put("seats", List.of("10"));
        f.put("questions[0].label", List.of("Décrivez votre produit"));
        f.put("questions[0].type", List.of("long_text"));
        f.put("questions[0].required", List.of("on"));
        f.put("questions[0].position", List.of("10"));
        f.put("questions[1].label", List.of("Votre canal de vente"));
        f.put("questions[1].type", List.of("choice"));
        f.put("questions[1].choices", List.of("Boutique\nEn ligne\nMarché"));
        f.put("questions[1].position", List.of("20"));
        f.put("questions[2].label", List.of(""));
        f.put("questions[2].type", List.of(""));
        f.put("rubric[0].name", List.of("Équipe"));
        f.put("rubric[0].weight", List.of("2"));
        f.put("rubric[0].maxScore", List.of("5"));
        f.put("rubric[1].name", List.of("Marché"));
        f.put("rubric[1].weight", List.of("1"));
        f.put("rubric[1].maxScore", List.of("10"));
        return f;
    }

    static RequestSpecification post(Csrf csrf, Map<String, List<String>> fields) {
        RequestSpecification request = form(csrf);
        fields.forEach((name, values) -> values.forEach(value -> request.formParam(name, value)));
        return request;
    }

    static long create(Map<String, List<String>> fields) {
        String location = post(Csrf.of("/manage/programs/new"), fields).when().post("/manage/programs/new").then()
                .statusCode(303).extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/manage/programs/(\\d+)/edit.*", "$1"));
    }

    static void publish(long programId, long accountId) {
        Arc.container().instance(ProgramService.class).get().submit(programId, accountId);
        approve(programId);
    }

    /** AGETIC approves the program, as an administrator does on /admin/moderation. */
    static void approve(long programId) {
        Arc.container().instance(ModerationService.class).get().decide(ModerationService.Kind.program, programId,
                reload(programId).version, ModerationService.Decision.approve, null, Fixtures.account("mp-agetic").id);
    }

    static Program reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Program p = Program.findById(id);
            p.questions.size();
            p.rubric.size();
            p.organization.name.length();
            return p;
        });
    }

    @Test
    @TestSecurity(user = "mp-creator", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-creator"))
    void createsADraftWithQuestionsAndRubricThenSubmitsItForModeration() {
        Account me = Fixtures.account("mp-creator");
        Organization org = Fixtures.organization(Fixtures.unique("Org création"), me);
        String title = Fixtures.unique("Accélérateur test");
        long id = create(fields(org.id, title));
        Program p = reload(id);
        assertEquals(ProgramStatus.draft, p.status);
        assertEquals(java.util.EnumSet.of(Sector.agritech, Sector.fintech), p.sectors);
        assertEquals(java.util.EnumSet.of(Need.funding, Need.mentoring), p.offers);
        assertEquals(5_000_000L, p.fundingAmount);
        assertEquals("7.5", p.equityPercent.stripTrailingZeros().toPlainString());
        assertEquals(2, p.questions.size(), "the empty row adds nothing");
        assertEquals(List.of("Boutique", "En ligne", "Marché"), p.questions.get(1).choiceList());
        assertTrue(p.questions.get(0).required);
        assertEquals(2, p.rubric.size());
        assertEquals(2, p.rubric.get(0).weight);

        given().when().get("/manage/programs/" + id + "/preview").then().statusCode(200)
                .body(containsString("Aperçu : la page telle que le public la verra"));
        given().when().get("/programs/" + p.slug).then().statusCode(404);

        form(Csrf.of("/manage/programs/" + id + "/edit")).when().post("/manage/programs/" + id + "/submit")
                .then().statusCode(303);
        assertEquals(ProgramStatus.pending, reload(id).status);
        given().when().get("/manage/programs/" + id + "/edit?submitted=1").then()
                .body(containsString("Programme envoyé à la modération"));
        form(Csrf.of("/manage/programs/" + id + "/edit")).when().post("/manage/programs/" + id + "/submit")
                .then().statusCode(409).body(containsString("<h1>Conflit</h1>"));

        approve(id);
        given().when().get("/programs/" + p.slug).then().statusCode(200)
                .body(containsString("Équipe d’au moins 2 personnes"))
                .body(containsString("5\u202f000\u202f000 FCFA"));
    }

    @Test
    @TestSecurity(user = "mp-editor", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-editor"))
    void editingKeepsQuestionIdsRemovesTickedRowsAndAPublishedProgramStaysVisible() {
        Account me = Fixtures.account("mp-editor");
        Organization org = Fixtures.organization(Fixtures.unique("Org édition"), me);
        String title = Fixtures.unique("Programme édité");
        long id = create(fields(org.id, title));
        publish(id, me.id);
        Program before = reload(id);
        long firstQuestion = before.questions.get(0).id;

        Document edit = Jsoup.parse(given().when().get("/manage/programs/" + id + "/edit").asString());
        assertEquals(String.valueOf(firstQuestion), edit.select("input[name='questions[0].id']").val());
        assertEquals("Décrivez votre produit", edit.select("input[name='questions[0].label']").val());
        assertEquals(3, edit.select("fieldset#questions fieldset.row").size(), "two questions and an empty row");

        // Questions and dates are not what AGETIC approved: the program stays published.
        Map<String, List<String>> edit2 = fields(org.id, title);
        edit2.put("version", List.of(String.valueOf(before.version)));
        edit2.put("deadline", List.of(Dates.today().plusDays(40).toString()));
        edit2.put("questions[0].id", List.of(String.valueOf(firstQuestion)));
        edit2.put("questions[0].label", List.of("Décrivez votre produit (modifié)"));
        edit2.put("questions[1].id", List.of(String.valueOf(before.questions.get(1).id)));
        edit2.put("questions[1].remove", List.of("on"));
        post(Csrf.of("/manage/programs/" + id + "/edit"), edit2).when().post("/manage/programs/" + id + "/edit")
                .then().statusCode(303).header("Location", containsString("saved=1"));
        Program after = reload(id);
        assertEquals(1, after.questions.size());
        assertEquals(firstQuestion, after.questions.get(0).id, "an edited question keeps its id");
        assertEquals("Décrivez votre produit (modifié)", after.questions.get(0).label);
        assertEquals(Dates.today().plusDays(40), after.deadline);
        assertEquals(ProgramStatus.published, after.status);
        given().when().get("/programs/" + after.slug).then().statusCode(200).body(containsString(title));
    }

    @Test
    @TestSecurity(user = "mp-material", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-material"))
    void aPublishedProgramWhosePublicContentChangesGoesBackToReview() {
        Account me = Fixtures.account("mp-material");
        Organization org = Fixtures.organization(Fixtures.unique("Org matérielle"), me);
        String title = Fixtures.unique("Programme revu");
        long id = create(fields(org.id, title));
        publish(id, me.id);
        Program before = reload(id);

        Map<String, List<String>> edit = fields(org.id, title + " (nouvelle promesse)");
        edit.put("version", List.of(String.valueOf(before.version)));
        edit.put("questions[0].id", List.of(String.valueOf(before.questions.get(0).id)));
        edit.put("questions[1].id", List.of(String.valueOf(before.questions.get(1).id)));
        post(Csrf.of("/manage/programs/" + id + "/edit"), edit).when().post("/manage/programs/" + id + "/edit")
                .then().statusCode(303).header("Location", containsString("/manage/programs/" + id + "/edit?review=1"));
        Program after = reload(id);
        assertEquals(ProgramStatus.pending, after.status, "back to AGETIC's review");
        assertEquals(title + " (nouvelle promesse)", after.title);
        given().when().get("/programs/" + after.slug).then().statusCode(404);
        given().when().get("/manage/programs/" + id + "/edit?review=1").then().statusCode(200)
                .body(containsString("retourne à la modération"));

        approve(id);
        given().when().get("/programs/" + after.slug).then().statusCode(200).body(containsString("nouvelle promesse"));
    }

    @Test
    @TestSecurity(user = "mp-invalid", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-invalid"))
    void badValuesAreExplainedAndNothingIsSaved() {
        Account me = Fixtures.account("mp-invalid");
        Organization org = Fixtures.organization(Fixtures.unique("Org erreurs"), me);
        String title = Fixtures.unique("Programme invalide");
        Map<String, List<String>> bad = fields(org.id, title);
        bad.put("deadline", List.of(Dates.today().minusDays(5).toString()));
        bad.put("minTeamSize", List.of("-3"));
        bad.put("equityPercent", List.of("150"));
        bad.put("questions[1].choices", List.of("Un seul"));
        bad.put("rubric[0].weight", List.of("abc"));
        bad.put("format", List.of("sur-la-lune"));
        String body = post(Csrf.of("/manage/programs/new"), bad).when().post("/manage/programs/new").then()
                .statusCode(422).extract().asString();
        ml.jigi.web.PageChecks.checkMarkup("the refused program form", body);
        Document page = Jsoup.parse(body);
        assertEquals("Cette date doit venir après la précédente.", page.select("[id='deadline-error']").text());
        assertEquals("Le nombre doit être au moins 1.", page.select("[id='minTeamSize-error']").text());
        assertTrue(page.select("[id='equityPercent-error']").text().startsWith("Saisissez un nombre entre 0 et 100"));
        assertEquals("Ce champ est obligatoire.", page.select("[id='questions[1].choices-error']").text());
        assertEquals("Saisissez un nombre entier, sans lettres (par exemple 5).", page.select("[id='rubric[0].weight-error']").text());
        assertEquals("Choisissez une valeur dans la liste.", page.select("[id='format-error']").text());
        assertEquals("-3", page.select("[id='minTeamSize']").val());
        assertEquals("Votre canal de vente", page.select("[id='questions[1].label']").val());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Program.count("title", title)));
    }

    @Test
    @TestSecurity(user = "mp-stale", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-stale"))
    void twoManagersEditingAtOnceGetAConflictNotASilentOverwrite() {
        Account me = Fixtures.account("mp-stale");
        Organization org = Fixtures.organization(Fixtures.unique("Org conflit"), me);
        Program p = Fixtures.program(org, Fixtures.unique("Programme disputé"));
        Csrf csrf = Csrf.of("/manage/programs/" + p.id + "/edit");
        Map<String, List<String>> first = fields(org.id, "Première");
        first.put("version", List.of(String.valueOf(p.version)));
        post(csrf, first).when().post("/manage/programs/" + p.id + "/edit").then().statusCode(303);
        Map<String, List<String>> second = fields(org.id, "Seconde");
        second.put("version", List.of(String.valueOf(p.version)));
        String body = post(csrf, second).when().post("/manage/programs/" + p.id + "/edit").then().statusCode(409)
                .extract().asString();
        assertEquals("Seconde", Jsoup.parse(body).select("#title").val());
        assertEquals("Première", reload(p.id).title);
    }

    @Test
    @TestSecurity(user = "mp-org", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "mp-org"))
    void aManagerWithoutOrganizationCreatesOneFirst() {
        given().redirects().follow(false).when().get("/manage/programs/new").then().statusCode(303)
                .header("Location", containsString("/manage/organizations/new"));
        String name = Fixtures.unique("Incubateur de Kayes");
        Csrf csrf = Csrf.of("/manage/organizations/new");
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("name", name).multiPart("kind", "incubator").multiPart("country", "Mali")
                .multiPart("description", "Un incubateur à Kayes").multiPart("website", "kayes.example.ml")
                .when().post("/manage/organizations/new").then().statusCode(303);
        Organization org = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>find("name", name).singleResult());
        assertEquals(ml.jigi.code.ModerationStatus.pending, org.moderationStatus);
        given().when().get("/manage").then().body(containsString("data-organization=\"" + org.slug + "\""));
        given().when().get("/organizations/" + org.slug).then().statusCode(404);
    }
}
