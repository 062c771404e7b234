package ml.jigi.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;
import ml.jigi.account.Account;
import ml.jigi.file.StoredFile;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramQuestion;
import ml.jigi.program.QuestionType;
import ml.jigi.startup.Startup;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/**
 * File answers are facts the server recorded when it stored the upload: a typed "file:N" is refused
 * and reaches nothing; a file is served through its application and question, to its founders and
 * the program's managers only; a replaced file is deleted; an account's quota and hourly rate hold.
 */
@QuarkusTest
class ApplicationFileTest {

    static final String FOUNDER = "af-founder";
    static final String MANAGER = "af-manager";
    static final byte[] PDF = "%PDF-1.4\n% Jigi test deck\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    record Draft(ApplicationFixtures.Setup setup, Application application, ProgramQuestion text, ProgramQuestion file) {
    }

    /** A program asking for a written answer and a file, and the founder's draft. */
    static Draft draft(String founder) {
        ApplicationFixtures.Setup s = ApplicationFixtures.setup(founder, MANAGER);
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(s.program().id);
            p.questions.add(ApplicationFixtures.question(p, "Votre site ou votre démo", QuestionType.short_text, false, 30));
            p.questions.add(ApplicationFixtures.question(p, "Votre plan d'affaires", QuestionType.file, false, 40));
        });
        List<ProgramQuestion> questions = ApplicationFixtures.questions(s.program().id);
        Application a = ApplicationFixtures.service().start(s.program().id, s.startup().id, s.founder().id);
        return new Draft(s, a, questions.get(2), questions.get(3));
    }

    static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    /** A file stored by someone else: another founder's pitch deck. */
    static long someoneElsesDeck() {
        Account other = Fixtures.account(Fixtures.unique("af-other"));
        Startup theirs = Fixtures.startup(Fixtures.unique("Autre startup"), other);
        long deck = Fixtures.storedFile(other.id, "secret-deck.pdf", PDF).id;
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(theirs.id).pitchDeckFileId = deck);
        return deck;
    }

    @Test
    @TestSecurity(user = FOUNDER, roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER))
    void aTypedFileReferenceIsRefusedAndReachesNothing() {
        Draft d = draft(FOUNDER);
        long deck = someoneElsesDeck();
        Csrf csrf = Csrf.of("/my/applications/" + d.application().id);
        String page = given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("version", String.valueOf(d.application().version))
                .multiPart(text("q" + d.text().id, "file:" + deck))
                .multiPart(text("q" + d.file().id, "file:" + deck))
                .when().post("/my/applications/" + d.application().id).then().statusCode(422).extract().asString();
        Document doc = Jsoup.parse(page);
        assertTrue(doc.select("#q" + d.text().id + "-error").text().contains("fichier"), page);
        assertEquals("file:" + deck, doc.select("#q" + d.text().id).attr("value"), "what was typed is shown back");
        Application saved = ApplicationFixtures.reload(d.application().id);
        assertFalse(saved.answerMap().containsKey(String.valueOf(d.text().id)), "the reference was not kept");
        assertTrue(answerFiles(saved.id).isEmpty(), "no file is bound by a typed value");

        for (String path : List.of("/my/applications/" + saved.id + "/answers/" + d.text().id + "/file",
                "/my/applications/" + saved.id + "/answers/" + d.file().id + "/file",
                "/my/applications/" + saved.id + "/files/" + deck)) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    @TestSecurity(user = FOUNDER + "-2", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER + "-2"))
    void anUploadIsBoundToItsQuestionAndServedToWhoMaySeeTheApplication() {
        Draft d = draft(FOUNDER + "-2");
        Csrf csrf = Csrf.of("/my/applications/" + d.application().id);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("version", String.valueOf(d.application().version))
                .multiPart("q" + d.file().id, "plan.pdf", PDF, "application/pdf")
                .when().post("/my/applications/" + d.application().id).then().statusCode(303);
        Map<Long, Long> bound = answerFiles(d.application().id);
        assertNotNull(bound.get(d.file().id), "the file is bound to its question");
        byte[] served = given().when().get("/my/applications/" + d.application().id + "/answers/" + d.file().id + "/file")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().asByteArray();
        assertArrayEquals(PDF, served);
        String page = given().when().get("/my/applications/" + d.application().id).then().statusCode(200).extract().asString();
        assertTrue(Jsoup.parse(page).select("a[href=/my/applications/" + d.application().id + "/answers/" + d.file().id
                + "/file]").size() == 1, "the page links the file by its question");

        // Sent again: the new file replaces the first, which is deleted.
        Application now = ApplicationFixtures.reload(d.application().id);
        long first = bound.get(d.file().id);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("version", String.valueOf(now.version))
                .multiPart("q" + d.file().id, "plan-v2.pdf", PDF, "application/pdf")
                .when().post("/my/applications/" + d.application().id).then().statusCode(303);
        long second = answerFiles(d.application().id).get(d.file().id);
        assertTrue(second != first);
        assertNull(QuarkusTransaction.requiringNew().call(() -> StoredFile.findById(first)), "the replaced file is gone");
        assertEquals(d.setup().founder().id, QuarkusTransaction.requiringNew().call(
                () -> StoredFile.<StoredFile>findById(second).ownerId), "the file counts for the founder who sent it");

        // The founder takes the file back before submitting.
        Application again = ApplicationFixtures.reload(d.application().id);
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("version", String.valueOf(again.version)).multiPart("q" + d.file().id + "-remove", "on")
                .when().post("/my/applications/" + d.application().id).then().statusCode(303);
        assertTrue(answerFiles(d.application().id).isEmpty(), "no longer bound");
        assertNull(QuarkusTransaction.requiringNew().call(() -> StoredFile.findById(second)), "and deleted");
    }

    @Test
    @TestSecurity(user = FOUNDER + "-3", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER + "-3"))
    void thePitchDeckOfTheProfileAnswersTheDeckQuestionAndSurvivesItsReplacement() {
        Account founder = Fixtures.account(FOUNDER + "-3");
        ApplicationFixtures.Setup s = ApplicationFixtures.setup(FOUNDER + "-3", MANAGER);
        long deck = Fixtures.storedFile(founder.id, "deck.pdf", PDF).id;
        QuarkusTransaction.requiringNew().run(() -> {
            Startup.<Startup>findById(s.startup().id).pitchDeckFileId = deck;
            Program p = Program.findById(s.program().id);
            p.questions.add(ApplicationFixtures.question(p, "Votre pitch deck", QuestionType.file, false, 50));
        });
        ProgramQuestion deckQuestion = ApplicationFixtures.questions(s.program().id).get(2);
        Application a = ApplicationFixtures.service().start(s.program().id, s.startup().id, founder.id);
        assertEquals(deck, answerFiles(a.id).get(deckQuestion.id), "taken from the profile by the server");

        // The founder replaces the profile's deck: the application keeps the one it was given.
        Csrf csrf = Csrf.of("/my/startups/" + s.startup().id + "/edit");
        Startup st = QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>findById(s.startup().id));
        given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("version", String.valueOf(st.version)).multiPart(text("name", st.name))
                .multiPart(text("tagline", st.tagline)).multiPart(text("description", st.description))
                .multiPart("sectors", "agritech").multiPart("stage", "mvp").multiPart("region", "bamako")
                .multiPart("teamSize", "4").multiPart("revenueBand", "none").multiPart("fundingBand", "none")
                .multiPart("languages", "fr").multiPart("visibility", "visible")
                .multiPart("pitchDeck", "deck-v2.pdf", PDF, "application/pdf")
                .when().post("/my/startups/" + s.startup().id + "/edit").then().statusCode(303);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> StoredFile.findById(deck)),
                "still the answer of an application: kept");
        given().when().get("/my/applications/" + a.id + "/answers/" + deckQuestion.id + "/file").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = FOUNDER + "-4", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = FOUNDER + "-4"))
    void theQuotaAndTheHourlyRateAreSaidNextToTheFieldAndNothingIsSaved() {
        Draft d = draft(FOUNDER + "-4");
        QuarkusTransaction.requiringNew().run(() -> { // a clean slate
            StoredFile.getEntityManager().createNativeQuery("DELETE af FROM application_file af JOIN stored_file f "
                    + "ON f.id = af.file_id WHERE f.owner_id = ?1").setParameter(1, d.setup().founder().id).executeUpdate();
            StoredFile.delete("ownerId", d.setup().founder().id);
            StoredFile.getEntityManager().createNativeQuery("DELETE FROM file_upload WHERE owner_id = ?1")
                    .setParameter(1, d.setup().founder().id).executeUpdate();
        });
        long filler = Fixtures.storedFile(d.setup().founder().id, "big.pdf", PDF).id;
        QuarkusTransaction.requiringNew().run(() -> StoredFile.<StoredFile>findById(filler).size = 50 * 1024 * 1024); // 50 MB used
        Csrf csrf = Csrf.of("/my/applications/" + d.application().id);
        String page = given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("version", String.valueOf(d.application().version))
                .multiPart(text("q" + d.text().id, "https://kene.ml"))
                .multiPart("q" + d.file().id, "plan.pdf", PDF, "application/pdf")
                .when().post("/my/applications/" + d.application().id).then().statusCode(422).extract().asString();
        assertTrue(Jsoup.parse(page).select("#q" + d.file().id + "-error").text().contains("50 Mo"), page);
        assertTrue(answerFiles(d.application().id).isEmpty(), "the file was not stored");
        assertEquals(List.of("https://kene.ml"), ApplicationFixtures.reload(d.application().id).answerMap()
                .get(String.valueOf(d.text().id)), "the written answer is kept");

        QuarkusTransaction.requiringNew().run(() -> StoredFile.deleteById(filler));
        // Twenty saves of the same answer in the hour: each replaced file is deleted, yet each upload counts.
        for (int i = 0; i < 20; i++) {
            Application a = ApplicationFixtures.reload(d.application().id);
            ApplicationFixtures.service().save(a.id, d.setup().founder().id, a.version, Map.of(),
                    Map.of(String.valueOf(d.file().id), new ml.jigi.web.Upload("plan-" + i + ".pdf", PDF, false)));
        }
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> StoredFile.count("ownerId",
                d.setup().founder().id)), "the replaced files are gone");
        Application now = ApplicationFixtures.reload(d.application().id);
        String again = given().cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.token())
                .multiPart("version", String.valueOf(now.version))
                .multiPart("q" + d.file().id, "plan.pdf", PDF, "application/pdf")
                .when().post("/my/applications/" + d.application().id).then().statusCode(422).extract().asString();
        assertTrue(Jsoup.parse(again).select("#q" + d.file().id + "-error").text().contains("heure"), again);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> StoredFile.<StoredFile>findById(
                answerFiles(d.application().id).get(d.file().id)).filename).equals("plan-19.pdf"), "the last kept file stays");
    }

    @Test
    @TestSecurity(user = MANAGER, roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = MANAGER))
    void theProgramsManagersReadTheFileOthersGet404() {
        Draft d = draft(Fixtures.unique("af-founder"));
        long plan = Fixtures.storedFile(d.setup().founder().id, "plan.pdf", PDF).id;
        QuarkusTransaction.requiringNew().run(() -> Application.getEntityManager().createNativeQuery("INSERT INTO "
                + "application_file (application_id, question_id, file_id, created_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, d.application().id).setParameter(2, d.file().id).setParameter(3, plan)
                .setParameter(4, Instant.now()).executeUpdate());
        String path = "/manage/applications/" + d.application().id + "/answers/" + d.file().id + "/file";
        given().when().get(path).then().statusCode(404); // a draft is not the manager's to see
        Application a = ApplicationFixtures.reload(d.application().id);
        ApplicationFixtures.service().save(a.id, d.setup().founder().id, a.version,
                Map.of(String.valueOf(ApplicationFixtures.questions(d.setup().program().id).get(0).id), List.of("Un produit")), Map.of());
        a = ApplicationFixtures.reload(d.application().id);
        ApplicationFixtures.service().submit(a.id, d.setup().founder().id, a.version, ml.jigi.web.Dates.today());
        assertArrayEquals(PDF, given().when().get(path).then().statusCode(200).extract().asByteArray());
        given().when().get("/manage/applications/" + a.id + "/answers/" + d.text().id + "/file").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "af-stranger", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "af-stranger"))
    void aManagerOfAnotherOrganizationGets404() {
        Draft d = draft(Fixtures.unique("af-founder"));
        Application a = ApplicationFixtures.reload(d.application().id);
        ApplicationFixtures.service().save(a.id, d.setup().founder().id, a.version,
                Map.of(String.valueOf(ApplicationFixtures.questions(d.setup().program().id).get(0).id), List.of("Un produit")), Map.of());
        a = ApplicationFixtures.reload(d.application().id);
        ApplicationFixtures.service().submit(a.id, d.setup().founder().id, a.version, ml.jigi.web.Dates.today());
        given().when().get("/manage/applications/" + a.id + "/answers/" + d.file().id + "/file").then().statusCode(404);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        given().redirects().follow(false).when().get("/my/applications/1/answers/1/file").then().statusCode(302);
        given().redirects().follow(false).when().get("/manage/applications/1/answers/1/file").then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "af-manager-as-founder", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "af-manager-as-founder"))
    void aManagerCannotUseTheFoundersRoute() {
        given().when().get("/my/applications/1/answers/1/file").then().statusCode(403);
    }

    /** The file ids bound to an application's questions, by question id. */
    static Map<Long, Long> answerFiles(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Long> bound = new java.util.HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Application.getEntityManager().createNativeQuery(
                    "SELECT question_id, file_id FROM application_file WHERE application_id = ?1")
                    .setParameter(1, applicationId).getResultList();
            rows.forEach(r -> bound.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
            return bound;
        });
    }
}
