package ml.jigi.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.account.Account;
import ml.jigi.program.OrganizationManager;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramQuestion;
import ml.jigi.program.RubricCriterion;
import ml.jigi.web.Browser;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Dates;

/** Across roles, through Keycloak: apply, save, submit, two reviews, shortlist; more information; withdraw; deadline. */
@QuarkusTest
class ApplicationBrowserTest extends BrowserTest {

    static final String AWA = "00000000-0000-4000-8000-000000000001";
    static final String IBRAHIM = "00000000-0000-4000-8000-000000000003";
    static final String AMINATA = "00000000-0000-4000-8000-000000000004";

    ApplicationFixtures.Setup setup() {
        ApplicationFixtures.Setup s = ApplicationFixtures.setup(AWA, IBRAHIM);
        Account aminata = ml.jigi.web.Fixtures.account(AMINATA);
        QuarkusTransaction.requiringNew().run(() -> {
            if (!OrganizationManager.manages(aminata.id, s.org().id)) {
                OrganizationManager.of(s.org().id, aminata.id, java.time.Instant.now()).persist();
            }
        });
        return s;
    }

    void review(Browser b, long applicationId, int team, int market, String recommendation) {
        b.go("/manage/applications/" + applicationId);
        for (RubricCriterion c : ApplicationFixtures.rubric(ApplicationFixtures.reload(applicationId).program.id)) {
            WebElement field = b.driver.findElement(By.id(c.scoreField()));
            field.clear();
            field.sendKeys(String.valueOf(c.name.equals("Équipe") ? team : market));
        }
        new Select(b.driver.findElement(By.id("recommendation"))).selectByValue(recommendation);
        b.click(By.cssSelector("form[action$='/review'] button[type=submit]"));
        assertEquals("Évaluation enregistrée.", b.text(".notice"));
    }

    @Test
    void applySaveSubmitReviewTwiceShortlistAndTheFounderSeesIt() {
        ApplicationFixtures.Setup s = setup();
        ProgramQuestion first = ApplicationFixtures.questions(s.program().id).get(0);

        browser.login("awa.traore");
        browser.go("/programs/" + s.program().slug);
        browser.click(By.cssSelector("a.button[href$='/apply']"));
        assertTrue(browser.text("h1").startsWith("Postuler à"), browser.text("h1"));
        browser.click(By.cssSelector("form[action$='/apply'] button[type=submit]"));
        assertEquals("draft", browser.driver.findElement(By.cssSelector("[data-application]")).getAttribute("data-status"));
        WebElement answer = browser.driver.findElement(By.id(first.field()));
        assertEquals("Description de " + s.startup().name, answer.getAttribute("value"), "pre-filled from the profile");
        answer.clear();
        answer.sendKeys("Nous pressons des mangues à froid.");
        browser.click(By.cssSelector("#application-form button.quiet"));
        assertEquals("Brouillon enregistré.", browser.text(".notice"));
        assertEquals("Nous pressons des mangues à froid.", browser.driver.findElement(By.id(first.field())).getAttribute("value"));
        browser.click(By.cssSelector("#application-form button[formaction$='/submit']"));
        assertTrue(browser.text(".notice").startsWith("Candidature envoyée."), browser.text(".notice"));
        long id = Long.parseLong(browser.driver.findElement(By.cssSelector("[data-application]")).getAttribute("data-application"));
        assertEquals(ApplicationStatus.submitted, ApplicationFixtures.reload(id).status);

        Browser ibrahim = Browser.open();
        try {
            ibrahim.login("ibrahim.maiga");
            ibrahim.go("/manage/programs/" + s.program().id + "/applications");
            ibrahim.click(By.cssSelector("[data-application='" + id + "'] a"));
            review(ibrahim, id, 5, 8, "yes");
        } finally {
            ibrahim.close();
        }
        Browser aminata = Browser.open();
        try {
            aminata.login("aminata.coulibaly");
            aminata.go("/manage/applications/" + id);
            assertTrue(aminata.text("#reviews").contains("visibles une fois la vôtre enregistrée"), aminata.text("#reviews"));
            review(aminata, id, 4, 9, "maybe");
            assertTrue(aminata.text("#reviews").contains("Ibrahim Maïga"), "the other review shows once mine is in");
            new Select(aminata.driver.findElement(By.id("status"))).selectByValue("shortlisted");
            aminata.driver.findElement(By.id("message")).sendKeys("Bravo, vous êtes présélectionnés.");
            aminata.click(By.cssSelector("#decision button[type=submit]"));
            assertTrue(aminata.text(".notice").startsWith("Nouvel état : Présélectionnée."), aminata.text(".notice"));
        } finally {
            aminata.close();
        }

        browser.go("/my/applications");
        assertEquals("shortlisted", browser.driver.findElement(By.cssSelector("tr[data-application='" + id + "']"))
                .getAttribute("data-status"));
        browser.go("/my/applications/" + id);
        assertTrue(browser.text("#timeline").contains("Bravo, vous êtes présélectionnés."), browser.text("#timeline"));
        assertEquals(2, ApplicationFixtures.reload(id).reviewCount);
    }

    @Test
    void moreInformationThenWithdrawAndAPassedDeadline() {
        ApplicationFixtures.Setup s = setup();
        Application a = ApplicationFixtures.submitted(s);
        ApplicationFixtures.service().changeStatus(a.id, s.manager().id, a.version, ApplicationStatus.more_info,
                "Quel est votre chiffre d’affaires ?", false);

        browser.login("awa.traore");
        browser.go("/my/applications/" + a.id);
        assertEquals("more_info", browser.driver.findElement(By.cssSelector("[data-application]")).getAttribute("data-status"));
        assertTrue(browser.text("#timeline").contains("Quel est votre chiffre d’affaires ?"));
        browser.driver.findElement(By.id("note")).sendKeys("Trois millions de FCFA en 2026.");
        browser.click(By.cssSelector("#application-form button[formaction$='/answer']"));
        assertEquals("under_review", browser.driver.findElement(By.cssSelector("[data-application]")).getAttribute("data-status"));

        browser.click(By.cssSelector("form[action$='/withdraw'] button"));
        assertEquals("withdrawn", browser.driver.findElement(By.cssSelector("[data-application]")).getAttribute("data-status"));
        assertTrue(browser.all("form[action$='/withdraw']").isEmpty(), "nothing left to withdraw");

        // A draft whose program has closed cannot be sent, and says why.
        ApplicationFixtures.Setup late = ApplicationFixtures.setup(AWA, IBRAHIM);
        Application draft = ApplicationFixtures.service().start(late.program().id, late.startup().id, late.founder().id);
        ProgramQuestion q = ApplicationFixtures.questions(late.program().id).get(0);
        ApplicationFixtures.service().save(draft.id, late.founder().id, draft.version,
                Map.of(String.valueOf(q.id), java.util.List.of("Réponse")), Map.of());
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(late.program().id);
            p.opensAt = Dates.today().minusDays(20);
            p.deadline = Dates.today().minusDays(1);
        });
        browser.go("/my/applications/" + draft.id);
        browser.click(By.cssSelector("#application-form button[formaction$='/submit']"));
        assertTrue(browser.text("#blocking").contains("Candidatures closes depuis le"), browser.text("#blocking"));
        assertEquals(ApplicationStatus.draft, ApplicationFixtures.reload(draft.id).status);
    }

    @Test
    void aSessionThatEndedMidFormComesBackWithTheInputAfterLogin() {
        ApplicationFixtures.Setup s = setup();
        Application draft = ApplicationFixtures.service().start(s.program().id, s.startup().id, s.founder().id);
        ProgramQuestion first = ApplicationFixtures.questions(s.program().id).get(0);
        browser.login("awa.traore");

        // The Keycloak session ends in this browser (its cookies are gone), then the app's session does too,
        // while the founder is writing.
        browser.driver.get(Browser.keycloakRealmUrl() + "/.well-known/openid-configuration");
        for (String name : new String[] {"KEYCLOAK_SESSION", "KEYCLOAK_IDENTITY", "AUTH_SESSION_ID"}) {
            browser.driver.manage().deleteCookieNamed(name);
        }
        browser.go("/my/applications/" + draft.id);
        String typed = "Nous séchons les mangues au soleil ; écrit pendant une heure, la session a expiré.";
        WebElement answer = browser.driver.findElement(By.id(first.field()));
        answer.clear(); // pre-filled from the profile
        answer.sendKeys(typed);
        browser.driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .forEach(c -> browser.driver.manage().deleteCookie(c));

        browser.click(By.cssSelector("#application-form button[type=submit]:not([formaction])"));
        browser.loginOnKeycloak("awa.traore", Browser.DEMO_PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/my/applications/" + draft.id), browser.driver.getCurrentUrl());
        assertTrue(browser.text(".notice").contains("Votre session avait pris fin"), browser.text(".notice"));
        assertEquals(typed, browser.driver.findElement(By.id(first.field())).getAttribute("value"));
        assertTrue(!typed.equals(ApplicationFixtures.reload(draft.id).answerMap().get(String.valueOf(first.id)).get(0)),
                "nothing saved before the founder says so");

        browser.click(By.cssSelector("#application-form button[type=submit]:not([formaction])"));
        assertEquals("Brouillon enregistré.", browser.text(".notice"));
        assertEquals(typed, ApplicationFixtures.reload(draft.id).answerMap().get(String.valueOf(first.id)).get(0));
    }
}
