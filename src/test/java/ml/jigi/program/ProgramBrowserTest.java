package ml.jigi.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ml.jigi.account.Account;
import ml.jigi.web.BrowserTest;
import ml.jigi.web.Fixtures;

/** A manager creates a program with questions and a rubric, previews it and submits it. */
@QuarkusTest
class ProgramBrowserTest extends BrowserTest {

    /** ibrahim.maiga's Keycloak id (docker/keycloak/demo/jigi-users-0.json). */
    static final String IBRAHIM = "00000000-0000-4000-8000-000000000003";

    void type(String name, String text) {
        WebElement field = browser.driver.findElement(By.cssSelector("main [name='" + name + "']"));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String name, String value) {
        new Select(browser.driver.findElement(By.name(name))).selectByValue(value);
    }

    @Test
    void managerCreatesAProgramWithQuestionsAndARubric() {
        Account ibrahim = Fixtures.account(IBRAHIM);
        Organization org = Fixtures.organization(Fixtures.unique("ReadWrite Labs test"), ibrahim);
        String title = Fixtures.unique("Accélérateur navigateur");

        browser.login("ibrahim.maiga");
        browser.go("/manage");
        browser.click(By.cssSelector("a[href='/manage/programs/new']"));
        choose("organization", org.id.toString());
        type("title", title);
        type("summary", "Trois mois pour les startups de la transformation agricole");
        type("description", "Mentorat, financement et accès au marché.");
        browser.driver.findElement(By.cssSelector("input[name=sectors][value=agritech]")).click();
        browser.driver.findElement(By.cssSelector("input[name=offers][value=funding]")).click();
        type("questions[0].label", "Décrivez votre produit");
        choose("questions[0].type", "long_text");
        browser.driver.findElement(By.name("questions[0].required")).click();
        type("rubric[0].name", "Équipe");
        type("rubric[0].weight", "2");
        browser.click(By.cssSelector("button[value=save]"));

        assertEquals("Programme enregistré.", browser.text(".notice"));
        assertEquals("draft", browser.driver.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));
        assertEquals("Décrivez votre produit", browser.driver.findElement(By.name("questions[0].label")).getAttribute("value"));
        assertEquals(2, browser.all("fieldset#questions fieldset.row").size(), "a new empty row to add another question");

        type("questions[1].label", "Votre canal de vente");
        choose("questions[1].type", "choice");
        type("questions[1].choices", "Boutique\nEn ligne");
        browser.click(By.cssSelector("button[value=preview]"));
        assertTrue(browser.text(".notice").startsWith("Aperçu"), browser.text(".notice"));
        assertEquals(title, browser.text("h1"));

        browser.go("/manage");
        browser.click(By.linkText(title));
        browser.click(By.cssSelector("form[action$='/submit'] button"));
        assertTrue(browser.text(".notice").startsWith("Programme envoyé à la modération"));

        Program saved = QuarkusTransaction.requiringNew().call(() -> {
            Program p = Program.find("title", title).singleResult();
            p.questions.size();
            p.rubric.size();
            return p;
        });
        assertEquals(ProgramStatus.pending, saved.status);
        assertEquals(2, saved.questions.size());
        assertEquals(QuestionType.choice, saved.questions.get(1).type);
        assertEquals(1, saved.rubric.size());
        assertEquals(2, saved.rubric.get(0).weight);
    }
}
