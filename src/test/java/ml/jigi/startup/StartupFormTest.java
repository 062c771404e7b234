package ml.jigi.startup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import ml.jigi.account.Account;
import ml.jigi.account.Consent;
import ml.jigi.code.Band;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Sector;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/** The profile form: what is saved, what is refused and explained, and that nothing is half-saved. */
@QuarkusTest
class StartupFormTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

    /** Browsers send multipart text in UTF-8, without a charset per part. */
    static final io.restassured.config.RestAssuredConfig UTF8 = io.restassured.RestAssured.config().multiPartConfig(
            io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

    static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain")
                .charset(java.nio.charset.StandardCharsets.UTF_8).build();
    }

    static Map<String, List<String>> valid(String name) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("name", List.of(name));
        f.put("tagline", List.of("Du jus de mangue bio pour Bamako"));
        f.put("description", List.of("Nous transformons les mangues des coopératives de femmes."));
        f.put("sectors", List.of("agritech", "ecommerce"));
        f.put("stage", List.of("mvp"));
        f.put("region", List.of("sikasso"));
        f.put("city", List.of("Sikasso"));
        f.put("foundedYear", List.of("2023"));
        f.put("teamSize", List.of("4"));
        f.put("womenLed", List.of("on"));
        f.put("revenueBand", List.of("1m_10m"));
        f.put("fundingBand", List.of("none"));
        f.put("needs", List.of("funding", "market_access"));
        f.put("languages", List.of("fr", "bm"));
        f.put("website", List.of("kene.example.ml"));
        f.put("phone", List.of("+223 70 00 00 00"));
        f.put("visibility", List.of("visible"));
        f.put("consent", List.of("on"));
        return f;
    }

    static RequestSpecification multipart(Csrf csrf, Map<String, List<String>> fields) {
        RequestSpecification request = given().config(UTF8).redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie())
                .multiPart(Csrf.FIELD, csrf.token());
        fields.forEach((name, values) -> values.forEach(value -> request.multiPart(text(name, value))));
        return request;
    }

    static Account me(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findBySubject(subject).orElseThrow());
    }

    @Test
    @TestSecurity(user = "sf-creator", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sf-creator"))
    void createsAPendingProfileWithConsentAndFiles() {
        String name = Fixtures.unique("Kènè Bio");
        Response response = multipart(Csrf.of("/my/startups/new"), valid(name))
                .multiPart("logo", "logo.png", PNG, "image/png")
                .multiPart("pitchDeck", "deck.pdf", PDF, "application/pdf")
                .when().post("/my/startups/new");
        assertEquals(303, response.statusCode(), response.asString());
        Startup saved = QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>find("name", name).singleResult());
        assertEquals(ModerationStatus.pending, saved.moderationStatus);
        assertTrue(saved.slug.startsWith("kene-bio-"), saved.slug);
        assertEquals(java.util.EnumSet.of(Sector.agritech, Sector.ecommerce), saved.sectors);
        assertEquals(Band.m1_10m, saved.revenueBand);
        assertEquals("https://kene.example.ml", saved.website);
        assertEquals(4, saved.teamSize);
        assertTrue(saved.womenLed);
        assertNotNull(saved.logoFileId);
        assertNotNull(saved.pitchDeckFileId);
        Account me = me("sf-creator");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> saved.isOwnedBy(me.id)));
        Consent consent = QuarkusTransaction.requiringNew()
                .call(() -> Consent.<Consent>find("accountId", me.id).firstResult());
        assertEquals(Consent.STARTUP_PROFILE_VERSION, consent.textVersion);
        assertEquals(response.header("Location"), "http://localhost:" + io.restassured.RestAssured.port + "/my/startups/"
                + saved.id + "/edit?saved=1");

        given().when().get("/my/startups/" + saved.id + "/logo").then().statusCode(200)
                .contentType("image/png").header("Content-Disposition", containsString("inline"));
        given().when().get("/my/startups/" + saved.id + "/pitch-deck").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("attachment; filename=\"deck.pdf\""));
        // Pending: not public yet.
        given().when().get("/startups/" + saved.slug).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sf-bad", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sf-bad"))
    void badInputIsExplainedNextToTheFieldKeptAndNothingIsSaved() {
        String name = Fixtures.unique("Mauvaise saisie");
        Map<String, List<String>> fields = valid(name);
        fields.put("teamSize", List.of("-3"));
        fields.put("stage", List.of("unicorn"));
        fields.put("sectors", List.of("agritech", "space"));
        fields.put("website", List.of("pas une adresse"));
        fields.remove("consent");
        Response response = multipart(Csrf.of("/my/startups/new"), fields).when().post("/my/startups/new");
        assertEquals(422, response.statusCode());
        ml.jigi.web.PageChecks.checkMarkup("the refused profile form", response.asString());
        Document page = Jsoup.parse(response.asString());
        assertEquals("Le nombre doit être au moins 1.", page.select("#teamSize-error").text());
        assertEquals("-3", page.select("#teamSize").val(), "what was typed is kept");
        assertEquals("Choisissez une valeur dans la liste.", page.select("#stage-error").text());
        assertEquals("Choisissez une valeur dans la liste.", page.select("#sectors-error").text());
        assertEquals("Saisissez une adresse web, par exemple https://exemple.ml.", page.select("#website-error").text());
        assertEquals("Ce champ est obligatoire.", page.select("#consent-error").text());
        assertEquals(name, page.select("#name").val());
        assertEquals("Nous transformons les mangues des coopératives de femmes.", page.select("#description").text());
        assertTrue(page.select("input[name=sectors][value=agritech]").hasAttr("checked"), "ticked boxes stay ticked");
        assertTrue(page.select("input[name=womenLed]").hasAttr("checked"));
        assertEquals("true", page.select("#teamSize").attr("aria-invalid"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Startup.count("name", name)));
    }

    @Test
    @TestSecurity(user = "sf-file", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sf-file"))
    void aFileIsJudgedByItsContentNotItsName() {
        String name = Fixtures.unique("Faux logo");
        Response response = multipart(Csrf.of("/my/startups/new"), valid(name))
                .multiPart("logo", "logo.png", PDF, "image/png")
                .multiPart("pitchDeck", "deck.pdf", PNG, "application/pdf")
                .when().post("/my/startups/new");
        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertTrue(page.select("#logo-error").text().startsWith("Ce fichier n’est pas accepté : seuls les formats PNG, JPEG, WebP"),
                page.select("#logo-error").text());
        assertTrue(page.select("#pitchDeck-error").text().contains("PDF"));
        assertTrue(page.select(".notice").text().contains("choisissez à nouveau votre fichier"));
        assertEquals(name, page.select("#name").val(), "the rest of the form is kept");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Startup.count("name", name)));
    }

    @Test
    @TestSecurity(user = "sf-big", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sf-big"))
    void aLogoOverOneMegabyteIsRefused() {
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        Response response = multipart(Csrf.of("/my/startups/new"), valid(Fixtures.unique("Gros logo")))
                .multiPart("logo", "big.png", big, "image/png").when().post("/my/startups/new");
        assertEquals(422, response.statusCode());
        assertEquals("Ce fichier est trop lourd : 1 Mo au plus.", Jsoup.parse(response.asString()).select("#logo-error").text());
    }

    @Test
    @TestSecurity(user = "sf-editor", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sf-editor"))
    void anEditSendsAnApprovedProfileBackToModeration() {
        Account me = Fixtures.account("sf-editor");
        Startup startup = Fixtures.startup(Fixtures.unique("Approuvée"), me);
        given().when().get("/startups/" + startup.slug).then().statusCode(200);

        Map<String, List<String>> fields = valid(startup.name);
        fields.put("version", List.of(String.valueOf(startup.version)));
        fields.put("tagline", List.of("Nouvelle accroche"));
        fields.remove("consent");
        multipart(Csrf.of("/my/startups/" + startup.id + "/edit"), fields)
                .when().post("/my/startups/" + startup.id + "/edit").then().statusCode(303);
        Startup saved = QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>findById(startup.id));
        assertEquals("Nouvelle accroche", saved.tagline);
        assertEquals(ModerationStatus.pending, saved.moderationStatus);
        given().when().get("/startups/" + startup.slug).then().statusCode(404);
        given().when().get("/my/startups/" + startup.id + "/edit?saved=1").then().statusCode(200)
                .body(containsString("Profil enregistré. Il sera visible publiquement une fois validé par l’AGETIC."));
    }

    @Test
    @TestSecurity(user = "sf-stale", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sf-stale"))
    void aStaleFormIsAConflictAndKeepsTheInput() {
        Account me = Fixtures.account("sf-stale");
        Startup startup = Fixtures.startup(Fixtures.unique("Concurrente"), me);
        Csrf csrf = Csrf.of("/my/startups/" + startup.id + "/edit");
        Map<String, List<String>> first = valid(startup.name);
        first.put("version", List.of(String.valueOf(startup.version)));
        first.put("tagline", List.of("Première version"));
        multipart(csrf, first).when().post("/my/startups/" + startup.id + "/edit").then().statusCode(303);

        Map<String, List<String>> second = valid(startup.name);
        second.put("version", List.of(String.valueOf(startup.version)));
        second.put("tagline", List.of("Seconde version"));
        Response conflict = multipart(csrf, second).when().post("/my/startups/" + startup.id + "/edit");
        assertEquals(409, conflict.statusCode());
        Document page = Jsoup.parse(conflict.asString());
        assertTrue(page.select(".notice").text().startsWith("Quelqu’un a modifié cette fiche"));
        assertEquals("Seconde version", page.select("#tagline").val());
        assertEquals("Première version", QuarkusTransaction.requiringNew()
                .call(() -> Startup.<Startup>findById(startup.id).tagline), "the first save is not overwritten");
    }

    @Test
    @TestSecurity(user = "sf-csrf", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sf-csrf"))
    void aFormWithoutItsTokenIsRefused() {
        String name = Fixtures.unique("Sans jeton");
        RequestSpecification request = given().config(UTF8).redirects().follow(false);
        valid(name).forEach((field, values) -> values.forEach(value -> request.multiPart(text(field, value))));
        request.when().post("/my/startups/new").then().statusCode(400).body(containsString("<h1>Requête invalide</h1>"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Startup.count("name", name)));
    }

    @Test
    @TestSecurity(user = "sf-hide", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sf-hide"))
    void onlyApprovedVisibleProfilesArePublic() {
        Account me = Fixtures.account("sf-hide");
        Startup shown = Fixtures.startup(Fixtures.unique("Montrée"), me);
        Startup hidden = Fixtures.startup(Fixtures.unique("Cachée"), me);
        QuarkusTransaction.requiringNew().run(() -> Startup.update("visibility = ?1 where id = ?2", Visibility.hidden, hidden.id));
        given().when().get("/startups/" + shown.slug).then().statusCode(200)
                .body(containsString("<h1>" + shown.name + "</h1>"));
        given().when().get("/startups/" + hidden.slug).then().statusCode(404);
        List<String> listed = new ArrayList<>();
        for (int page = 1; page <= 20; page++) {
            Document doc = Jsoup.parse(given().when().get("/startups?page=" + page).asString());
            doc.select("[data-startup]").forEach(e -> listed.add(e.attr("data-startup")));
            if (doc.select("a[rel=next]").isEmpty()) {
                break;
            }
        }
        assertTrue(listed.contains(shown.slug));
        assertTrue(!listed.contains(hidden.slug));
    }

    @Test
    @TestSecurity(user = "sf-approve", roles = "founder")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sf-approve"))
    void approvalByTheModerationServicePublishesTheProfile() {
        String name = Fixtures.unique("À valider");
        multipart(Csrf.of("/my/startups/new"), valid(name)).when().post("/my/startups/new").then().statusCode(303);
        Startup saved = QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>find("name", name).singleResult());
        given().when().get("/startups/" + saved.slug).then().statusCode(404);
        io.quarkus.arc.Arc.container().instance(ml.jigi.moderation.ModerationService.class).get().decide(
                ml.jigi.moderation.ModerationService.Kind.startup, saved.id, saved.version,
                ml.jigi.moderation.ModerationService.Decision.approve, null, Fixtures.account("sf-agetic").id);
        given().when().get("/startups/" + saved.slug).then().statusCode(200)
                .body(containsString("Du jus de mangue bio pour Bamako"))
                .body(not(containsString("+223 70 00 00 00")));
        given().when().get("/me").then().body(containsString("data-startup=\"" + saved.slug + "\" data-moderation=\"approved\""));
    }
}
